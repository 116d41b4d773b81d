// The junior high being added or changed (R27): its name, district (chosen only by the bureau admin) and code, with 保存, 关闭这所初中 and 取消.
import { Text, View } from '@tarojs/components';
import { juniorSaveInput } from '../../../../shared/api/junior-registry';
import type { FieldErrors } from '../../../../shared/result-core';
import { DistrictPicker } from '../../../components/district-picker';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import { checkInput } from '../../../services/forms/check-input';

export interface Draft {
  id?: string;
  version: number;
  name: string;
  district: string;
  code: string;
}

export const checkDraft = (draft: Draft) => checkInput(juniorSaveInput, draft).problems;

interface Props {
  draft: Draft;
  errors: FieldErrors;
  /** a district reviewer's district, the only one they add to; null for the bureau admin, who picks one */
  ownDistrict: string | null;
  districts: string[];
  busy: boolean;
  /** whether the draft is a junior high already in the list, which may be closed */
  existing: boolean;
  onChange: (patch: Partial<Draft>) => void;
  onSave: () => void;
  onClose: () => void;
  onCancel: () => void;
}

export function JuniorForm({ draft, errors, ownDistrict, districts, busy, existing, onChange: set, onSave, onClose, onCancel }: Props) {
  return (
    <View className="card">
      <View className="section-title">{draft.id ? '修改初中' : '添加初中'}</View>
      <Field label="初中名称" value={draft.name} onChange={(name) => set({ name })} error={errors.name} name="name" />
      {ownDistrict ? (
        <Text className="muted">区县：{ownDistrict}</Text>
      ) : (
        <View>
          <DistrictPicker value={draft.district} onChange={(district) => set({ district })} error={errors.district} districts={districts} />
        </View>
      )}
      <Field label="学校代码" value={draft.code} onChange={(code) => set({ code })} error={errors.code} name="code" placeholder="如学校标识码，数字和字母" />
      <Button type="primary" block loading={busy} onClick={onSave}>
        保存
      </Button>
      {existing && (
        <Button size="small" loading={busy} onClick={onClose}>
          关闭这所初中
        </Button>
      )}
      <Button size="small" onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
