// The season page's state and calls: the year shown, its settings as typed, a district's narrowing, and saving, narrowing and opening the next year.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { SeasonView } from '../../../../shared/api/season';
import type { Window } from '../../../../shared/records/season';
import type { Result } from '../../../../shared/result';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { tellFailure } from '../../../services/calls/feedback';
import { checkSettings, settingsOf, toForm, type SettingsForm } from '../../../services/forms/season-form';
import { useFunction } from '../../../services/calls/use-function';

/** The windows a district reviewer may narrow within the city's. */
export type Narrowing = Partial<Record<'publicity' | 'choices' | 'admission', Window>>;

export function useSeason() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const view = useFunction('seasonGet', year === undefined ? {} : { year });
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [narrowing, setNarrowing] = useState<Narrowing>({});
  const [busy, setBusy] = useState(false);
  // The settings are checked on the phone with the server's schema and rules (their errors go as each
  // field is right); a district's narrowing only by the server (its errors go when their day changes).
  const fieldErrors = useFieldErrors({ settings: form ? settingsOf(form) : null, narrowing }, () =>
    form && view.data ? checkSettings(form, view.data.year).problems : {},
  );

  useEffect(() => {
    if (!view.data) return;
    setForm(toForm(view.data.settings));
    setNarrowing(view.data.narrowable ? (view.data.districts[view.data.narrowable] ?? {}) : {});
    fieldErrors.clear();
  }, [view.data]);

  const patch = (p: Partial<SettingsForm>) => setForm((f) => (f ? { ...f, ...p } : f));

  async function save(v: SeasonView) {
    if (!form) return;
    const { settings, problems } = checkSettings(form, v.year);
    fieldErrors.reveal(problems);
    if (!settings) {
      void Taro.showToast({ title: '请按提示修改', icon: 'none' });
      return;
    }
    await sent(() => callFunction('seasonSave', { year: v.year, version: v.version, settings }));
  }

  /** Sends a change; its refusal shows under the fields, its success reloads what the server holds. */
  async function sent(send: () => Promise<Result<unknown>>) {
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (!result.ok) {
      fieldErrors.serverSaid(result.error.fields);
      tellFailure('未能保存', result.error);
      return;
    }
    await Taro.showToast({ title: '已保存', icon: 'success' });
    view.reload();
  }

  async function narrow(v: SeasonView) {
    await sent(() => callFunction('seasonNarrow', { year: v.year, version: v.version, narrowing }));
  }

  async function openNext(v: SeasonView) {
    const next = Math.max(...v.years) + 1;
    if (!(await ask({ title: `开启 ${next} 年度`, content: `将复制 ${next - 1} 年的设置，日期顺延一年，开启后请逐项核对。确定开启 ${next} 年度吗？` }))) return;
    const result = await callFunction('seasonOpen', { year: next });
    if (!result.ok) return tellFailure('未能开启', result.error);
    setYear(next);
  }

  return { year, setYear, view, form, patch, narrowing, setNarrowing, busy, errors: fieldErrors.errors, save, narrow, openNext };
}
