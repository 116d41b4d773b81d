import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CityView } from '../../../../shared/api/city';
import { citySaveInput } from '../../../../shared/api/city';
import { Field } from '../../../components/field';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { checkInput } from '../../../services/forms/check-input';
import { callFunction } from '../../../services/calls/cloud';
import { tellFailure } from '../../../services/calls/feedback';
import { useFieldErrors } from '../../../services/forms/field-errors';
import { useFunction } from '../../../services/calls/use-function';

interface DistrictRow {
  name: string;
  bureauName: string;
  /** what still names it, as read (empty for a new row): one in use cannot be renamed or removed */
  usedBy: string;
}
interface Draft {
  version: number;
  settings: { name: string; bureauName: string; signature: string; districts: DistrictRow[] };
}

const toInput = (d: Draft) => ({
  version: d.version,
  settings: { ...d.settings, districts: d.settings.districts.map(({ name, bureauName }) => ({ name, bureauName })) },
});
const checkDraft = (d: Draft) => checkInput(citySaveInput, toInput(d)).problems;

function draftOf(view: CityView): Draft {
  return {
    version: view.version,
    settings: {
      name: view.name,
      bureauName: view.bureauName,
      signature: view.signature,
      districts: view.districts.length
        ? view.districts.map((d) => ({ name: d.name, bureauName: d.bureauName, usedBy: d.usedBy }))
        : [{ name: '', bureauName: '', usedBy: '' }],
    },
  };
}

/** A district's bureau follows its name while the clerk has not written another (某某区 → 某某区教育局). */
function renamed(row: DistrictRow, name: string): DistrictRow {
  const followed = row.bureauName === '' || row.bureauName === `${row.name}教育局`;
  return { ...row, name, bureauName: followed && name ? `${name}教育局` : row.bureauName };
}

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
  const setRow = (i: number, row: DistrictRow) => draft && set({ districts: draft.settings.districts.map((r, j) => (j === i ? row : r)) });

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
              <View className="card">
                <View className="section-title">区县</View>
                <Text className="muted">每个区县的区县属学校由它的教育局审核。已有学校、初中、工作人员或送培目标的区县不能改名或删除。</Text>
                {draft.settings.districts.map((row, i) => (
                  <View key={i} className="city-district">
                    <Field
                      label={`第 ${i + 1} 个区县`}
                      name={`district-${i}-name`}
                      value={row.name}
                      onChange={(name) => setRow(i, renamed(row, name))}
                      error={e(`districts.${i}.name`)}
                      placeholder="例如 某某区"
                    />
                    <Field
                      label={`第 ${i + 1} 个区县的教育局`}
                      name={`district-${i}-bureau`}
                      value={row.bureauName}
                      onChange={(bureauName) => setRow(i, { ...row, bureauName })}
                      error={e(`districts.${i}.bureauName`)}
                      placeholder="例如 某某区教育局"
                    />
                    {row.usedBy && <Text className="muted">在用：{row.usedBy}</Text>}
                    {v.editable && (
                      <Button size="small" onClick={() => set({ districts: draft.settings.districts.filter((_r, j) => j !== i) })}>
                        {`删除第 ${i + 1} 个区县`}
                      </Button>
                    )}
                  </View>
                ))}
                {e('districts') && <Text className="field-error">{e('districts')}</Text>}
                {v.editable && (
                  <Button size="small" onClick={() => set({ districts: [...draft.settings.districts, { name: '', bureauName: '', usedBy: '' }] })}>
                    添加区县
                  </Button>
                )}
              </View>
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
