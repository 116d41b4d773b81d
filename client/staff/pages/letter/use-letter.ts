// The letter page's state and calls: the year shown, the letter as typed and its errors, the draft's revision being previewed, and saving, previewing and publishing.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { LetterEditorView } from '../../../../shared/api/letter';
import { sameLetterText } from '../../../../shared/letter';
import { callFunction } from '../../../services/calls/cloud';
import { ask } from '../../../services/platform/confirm';
import { tellFailure } from '../../../services/calls/feedback';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { checkLetterForm, checkLetterToPublish, formOfLetter, letterOfForm, problemsUnderBoxes, type LetterForm } from '../../../services/forms/letter-form';
import { useFunction } from '../../../services/calls/use-function';

export function useLetter() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const view = useFunction('letterGet', year === undefined ? {} : { year });
  const [form, setForm] = useState<LetterForm | null>(null);
  /** the draft's revision being previewed (saved just before), or null while editing */
  const [previewing, setPreviewing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [justPublished, setJustPublished] = useState(false);
  const fieldErrors = useFieldErrors(form, (f) => (f ? checkLetterToPublish(f) : {}));

  useEffect(() => {
    if (!view.data) return;
    setForm(formOfLetter(view.data.letter));
    fieldErrors.clear();
  }, [view.data]);

  /** Saves what is typed when it differs from the saved draft; the draft's revision to publish, or null when refused. */
  async function saved(v: LetterEditorView, f: LetterForm): Promise<number | null> {
    if (v.startsFrom.kind === 'draft' && sameLetterText(letterOfForm(f), v.letter)) return v.version;
    setBusy(true);
    const result = await callFunction('letterSave', { year: v.year, version: v.version, letter: letterOfForm(f) });
    setBusy(false);
    if (!result.ok) {
      fieldErrors.serverSaid(problemsUnderBoxes(result.error.fields ?? {}));
      tellFailure('未能保存', result.error);
      return null;
    }
    return result.data.version;
  }

  async function saveDraft(v: LetterEditorView, f: LetterForm) {
    fieldErrors.reveal(checkLetterForm(f));
    if (Object.keys(checkLetterForm(f)).length) return void Taro.showToast({ title: '请按提示修改', icon: 'none' });
    if ((await saved(v, f)) === null) return;
    await Taro.showToast({ title: '草稿已保存', icon: 'success' });
    view.reload();
  }

  async function preview(v: LetterEditorView, f: LetterForm) {
    const problems = checkLetterToPublish(f);
    fieldErrors.reveal(problems);
    if (Object.keys(problems).length) return void Taro.showToast({ title: '请按提示修改', icon: 'none' });
    const revision = await saved(v, f);
    if (revision === null) return;
    view.reload();
    setPreviewing(revision);
  }

  async function publish(v: LetterEditorView) {
    const next = (v.published[0]?.version ?? 0) + 1;
    const question = {
      title: `发布第 ${next} 版`,
      content: `发布后，全市家长打开“致家长的一封信”看到的就是刚才预览的内容（第 ${next} 版）；之前的版本仍然保留，读过的家长可以查看。确定发布吗？`,
      confirmText: '发布',
    };
    if (!(await ask(question))) return;
    setBusy(true);
    const result = await callFunction('letterPublish', { year: v.year, version: v.version });
    setBusy(false);
    if (!result.ok) return tellFailure('未能发布', result.error);
    await Taro.showToast({ title: `已发布第 ${result.data.published} 版`, icon: 'success' });
    setPreviewing(null);
    setJustPublished(true);
    view.reload();
  }

  return {
    setYear,
    view,
    form,
    setForm,
    previewing,
    setPreviewing,
    busy,
    justPublished,
    setJustPublished,
    errors: fieldErrors.errors,
    saveDraft,
    preview,
    publish,
  };
}
