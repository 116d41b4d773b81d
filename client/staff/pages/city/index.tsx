import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { useFunction } from '../../../services/calls/use-function';
import { checkDraft, draftOf, toInput, type Draft } from './city-draft';
import { DistrictsCard } from './districts-card';

/**
 * R27: 城市与区县 — the bureau admin sets the city's name, its bureau's, the signature under letters
 * and notices, and the districts (each with the bureau that reviews its district schools). The
 * registries, targets, invitations and the season's targets offer these districts; a district still
 * in use says by what and cannot be renamed or removed (the server refuses it under its row).
 */
export default function CityPage() {
  const view = useFunction('cityGet', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFieldErrors<Draft>(draft ?? { version: 0, settings: { name: '', bureauName: '', signature: '', districts: [] } }, checkDraft);
  const data = view.data;
  useEffect(() => {
    if (data) setDraft(draftOf(data));
  }, [data]);

  const e = (path: string) => form.errors[`settings.${path}`];
  const set = (patch: Partial<Draft['settings']>) => draft && setDraft({ ...draft, settings: { ...draft.settings, ...patch } });

  async function save() {
    if (!draft || !form.validate()) return;
    setBusy(true);
    const result = await callFunction('citySave', toInput(draft));
    setBusy(false);
    if (!result.ok) {
      form.serverSaid(result.error.fields);
      // a problem with a field is shown under it; anything else (changed meanwhile) in a dialog
      const shown = Object.keys(result.error.fields ?? {}).some((f) => f.startsWith('settings.'));
      return shown ? undefined : tellFailure('未能保存', result.error);
    }
    await Taro.showToast({ title: '已保存', icon: 'success' });
    view.reload();
  }

  return (
    <View className="page">
      <LoadState {...view}>
        {(v) =>
          !draft ? null : (
            <View>
              {!v.set && <Text className="muted">还没有设置本市的名称和区县。设置后，学校名录、初中名录、送培目标和邀请区县审核员时都从这些区县中选择。</Text>}
              <View className="card">
                <View className="section-title">本市</View>
                <Field
                  label="城市名称"
                  name="name"
                  value={draft.settings.name}
                  onChange={(name) => set({ name })}
                  error={e('name')}
                  placeholder="例如 某某市"
                />
                <Field
                  label="市教育局名称"
                  name="bureauName"
                  value={draft.settings.bureauName}
                  onChange={(bureauName) => set({ bureauName })}
                  error={e('bureauName')}
                  placeholder="例如 某某市教育局"
                />
                <Field
                  label="落款"
                  name="signature"
                  value={draft.settings.signature}
                  onChange={(signature) => set({ signature })}
                  error={e('signature')}
                  placeholder="致家长的一封信和通知下方的署名"
                />
              </View>
              <DistrictsCard districts={draft.settings.districts} editable={v.editable} e={e} onChange={(districts) => set({ districts })} />
              {v.editable ? (
                <Button type="primary" block loading={busy} onClick={() => void save()}>
                  保存
                </Button>
              ) : (
                <Text className="muted">城市与区县由教育局管理员设置。</Text>
              )}
            </View>
          )
        }
      </LoadState>
    </View>
  );
}
