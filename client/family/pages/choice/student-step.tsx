// The choice form's step 1, 学生信息: the student's name, gender, ID number, phone, junior high, group and schedule.
import { Text, View } from '@tarojs/components';
import { learnerGroupLabels, scheduleLabels, type LearnerGroup } from '../../../../shared/choice-form';
import { Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { JuniorSchoolPicker } from '../../../components/junior-school-picker';
import { asksIdNumber, type ChoiceDraft } from '../../../services/forms/choice-draft';
import type { StepProps } from './step-props';

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
