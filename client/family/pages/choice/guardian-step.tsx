// The choice form's step 2, 监护人: who fills the form in, and the guardian's name, relation and phone.
import { Text, View } from '@tarojs/components';
import { Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import type { ChoiceDraft } from '../../../services/forms/choice-draft';
import type { StepProps } from './step-props';

export function GuardianStep({ draft, errors, change }: StepProps) {
  const g = draft.guardian;
  const set = (patch: Partial<ChoiceDraft['guardian']>) => change((d) => ({ ...d, guardian: { ...d.guardian, ...patch } }));
  return (
    <View>
      <Text className="field-label">谁在填写这份志愿表</Text>
      <Chips
        options={[
          { value: 'student', label: '学生本人' },
          { value: 'guardian', label: '家长/监护人' },
        ]}
        value={draft.filledBy}
        onChange={(filledBy) => change((d) => ({ ...d, filledBy: filledBy ?? 'student' }))}
      />
      <Text className="muted">未满 18 周岁的学生请填写监护人信息。</Text>
      {errors.guardian && <Text className="field-error">{errors.guardian}</Text>}
      <Field label="监护人姓名" name="guardian.name" value={g.name} onChange={(name) => set({ name })} error={errors['guardian.name']} />
      <Text className="field-label">与学生的关系</Text>
      <Chips
        options={[
          { value: 'father', label: '父亲' },
          { value: 'mother', label: '母亲' },
          { value: 'grandparent', label: '祖父母/外祖父母' },
          { value: 'other', label: '其他' },
        ]}
        value={g.relation}
        onChange={(relation) => set({ relation })}
      />
      <Field label="监护人手机号" name="guardian.phone" type="number" value={g.phone} onChange={(phone) => set({ phone })} error={errors['guardian.phone']} />
    </View>
  );
}
