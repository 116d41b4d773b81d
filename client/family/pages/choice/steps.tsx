import { Text, View } from '@tarojs/components';
import type { ChoiceOptions } from '../../../../shared/api/choices';
import { learnerGroupLabels, scheduleLabels, type LearnerGroup } from '../../../../shared/choice-form';
import type { FieldErrors } from '../../../../shared/result';
import { Check, Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { JuniorSchoolPicker } from '../../../components/junior-school-picker';
import { Button } from '../../../components/ui';
import { asksIdNumber, type ChoiceDraft } from '../../../services/forms/choice-draft';

export interface StepProps {
  draft: ChoiceDraft;
  options: ChoiceOptions;
  errors: FieldErrors;
  change: (update: (d: ChoiceDraft) => ChoiceDraft) => void;
}

const entries = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

export function StudentStep({ draft, options, errors, change }: StepProps) {
  const s = draft.student;
  const set = (patch: Partial<ChoiceDraft['student']>) => change((d) => ({ ...d, student: { ...d.student, ...patch } }));
  return (
    <View>
      <Field label="学生姓名" name="student.name" value={s.name} onChange={(name) => set({ name })} error={errors['student.name']} />
      <Text className="field-label">性别</Text>
      <Chips
        options={[
          { value: 'male', label: '男' },
          { value: 'female', label: '女' },
        ]}
        value={s.gender}
        onChange={(gender) => set({ gender })}
      />
      {errors['student.gender'] && <Text className="field-error">{errors['student.gender']}</Text>}
      {asksIdNumber(draft) ? (
        <View>
          <Field label="身份证号码" name="student.idNumber" value={s.idNumber} onChange={(idNumber) => set({ idNumber })} error={errors['student.idNumber']} />
          {draft.idMasked && (
            // A revision asks only when the server's answers did not come: without the number the
            // phone cannot check the age rules; the server checks it is the same student.
            <Text className="muted">
              已提交的身份证号：{draft.idMasked}
              。这次没能取回已登记的学生信息，为核对年龄和是否同一名学生，请再填写一次完整号码（只用于核对，提交后不留在手机上）。
            </Text>
          )}
        </View>
      ) : (
        // Plain text, not a disabled input: there is nothing to fill in, and a screen reader reads it as it is.
        <Text className="id-on-file">身份证号{draft.idMasked ? `：${draft.idMasked}` : ''}（已登记，修改志愿无需再填）</Text>
      )}
      <Field label="学生手机号" name="student.phone" type="number" value={s.phone} onChange={(phone) => set({ phone })} error={errors['student.phone']} />
      <JuniorSchoolPicker
        label="毕业（就读）的初中学校"
        schools={options.juniorSchools}
        value={s.juniorSchoolId}
        onChange={(juniorSchoolId) => set({ juniorSchoolId })}
        error={errors['student.juniorSchoolId']}
      />
      <Text className="field-label">考生类别</Text>
      <Chips options={entries(learnerGroupLabels)} value={s.group} onChange={(group) => set({ group: group ?? ('current-graduate' as LearnerGroup) })} />
      <Field
        label="毕业年份"
        name="student.graduationYear"
        type="number"
        value={s.graduationYear}
        onChange={(graduationYear) => set({ graduationYear })}
        error={errors['student.graduationYear']}
      />
      {s.group !== 'current-graduate' && (
        <View>
          <Text className="field-label">学习形式</Text>
          <Chips options={entries(scheduleLabels)} value={s.schedule} onChange={(schedule) => set({ schedule })} />
          {errors['student.schedule'] && <Text className="field-error">{errors['student.schedule']}</Text>}
        </View>
      )}
    </View>
  );
}

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

export function ChoicesStep({ draft, options, errors, change }: StepProps) {
  const setChoice = (i: number, patch: ChoiceDraft['choices'][number]) => change((d) => ({ ...d, choices: d.choices.map((c, j) => (j === i ? patch : c)) }));
  return (
    <View>
      <Text className="muted">只列出已经教育局审查备案的学校和专业。志愿按顺序排列，第一志愿最优先。</Text>
      <View className="how-admitted">
        {options.howAdmitted.map((line) => (
          <Text key={line} className="muted how-admitted-line">
            {line}
          </Text>
        ))}
      </View>
      {draft.choices.map((choice, i) => {
        const brochure = options.brochures.find((b) => b.id === choice.brochureId);
        return (
          <View key={i} className="choice">
            <Text className="section-title">第 {i + 1} 志愿</Text>
            <Chips
              options={options.brochures.map((b) => ({ value: b.id, label: b.schoolName }))}
              value={choice.brochureId}
              onChange={(brochureId) => setChoice(i, { brochureId })}
            />
            {brochure && (
              <Chips
                options={brochure.majors.map((m) => ({ value: m.majorId, label: m.name }))}
                value={choice.majorId}
                onChange={(majorId) => setChoice(i, { ...choice, majorId })}
              />
            )}
            {(errors[`choices.${i}`] ?? errors[`choices.${i}.majorId`]) && <Text className="field-error">{errors[`choices.${i}`] ?? '请选择专业'}</Text>}
          </View>
        );
      })}
      {errors.choices && <Text className="field-error">{errors.choices}</Text>}
      {draft.choices.length < options.maxChoices && (
        <Button size="small" onClick={() => change((d) => ({ ...d, choices: [...d.choices, {}] }))}>
          再加一个志愿
        </Button>
      )}
    </View>
  );
}

export function DeclarationsStep({ draft, errors, change }: StepProps) {
  const declare = (patch: Partial<ChoiceDraft['declarations']>) => change((d) => ({ ...d, declarations: { ...d.declarations, ...patch } }));
  const consent = (patch: Partial<ChoiceDraft['consent']>) => change((d) => ({ ...d, consent: { ...d.consent, ...patch } }));
  return (
    <View>
      <Check
        checked={draft.declarations.selfFilled}
        onChange={(selfFilled) => declare({ selfFilled })}
        label="本表由学生本人或家长亲自填写，没有老师或他人代填。"
        error={errors['declarations.selfFilled']}
      />
      <Check
        checked={draft.declarations.voluntary}
        onChange={(voluntary) => declare({ voluntary })}
        label="填报完全出于自愿。"
        error={errors['declarations.voluntary']}
      />
      <Check
        checked={draft.declarations.noGeneralHighSchool}
        onChange={(noGeneralHighSchool) => declare({ noGeneralHighSchool })}
        label="我已知晓“普职不兼报”：报了中职，就不再报考普通高中。"
        error={errors['declarations.noGeneralHighSchool']}
      />
      <Check
        checked={draft.consent.personalData}
        onChange={(personalData) => consent({ personalData })}
        label="同意学校和教育部门为办理招生处理上述个人信息（身份证号加密保存，只显示部分号码）。"
        error={errors['consent.personalData']}
      />
      <Check
        checked={draft.consent.guardianConsent}
        onChange={(guardianConsent) => consent({ guardianConsent })}
        label="我是监护人，同意处理孩子的个人信息（学生未满 14 周岁时必须勾选）。"
        error={errors['consent.guardianConsent']}
      />
    </View>
  );
}
