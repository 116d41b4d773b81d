// The season's settings past its dates, as the bureau admin edits them: choices, admission, filing, monthly reports, targets, and 保存设置.
import { View } from '@tarojs/components';
import type { FieldErrors } from '../../../../shared/result-core';
import { Check } from '../../../components/chips';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import type { SettingsForm } from '../../../services/forms/season-form';
import { AdmissionFields } from './admission-fields';

type Target = SettingsForm['targets'][number];

export function SettingsEditor({
  form,
  errors,
  patch,
  busy,
  onSave,
}: {
  form: SettingsForm;
  errors: FieldErrors;
  patch: (p: Partial<SettingsForm>) => void;
  busy: boolean;
  onSave: () => void;
}) {
  const setTarget = (i: number, p: Partial<Target>) => patch({ targets: form.targets.map((x, j) => (j === i ? { ...x, ...p } : x)) });
  return (
    <View>
      <Field
        label="可填报志愿数"
        type="number"
        value={form.maxChoices}
        onChange={(maxChoices) => patch({ maxChoices })}
        error={errors['settings.maxChoices']}
        name="maxChoices"
      />
      <Check checked={form.tuitionExempt} label="全日制学生免学费（简章中不得收取学费）" onChange={(tuitionExempt) => patch({ tuitionExempt })} />
      <AdmissionFields form={form} errors={errors} patch={patch} />
      <Field
        label="备案编号格式（规则）"
        value={form.filingPattern}
        onChange={(filingPattern) => patch({ filingPattern })}
        error={errors['settings.filingNumber.pattern']}
        name="filingPattern"
      />
      <Field
        label="备案编号示例"
        value={form.filingExample}
        onChange={(filingExample) => patch({ filingExample })}
        error={errors['settings.filingNumber.example']}
        name="filingExample"
      />
      <Field
        label="备案标识（简章上显示）"
        value={form.filingMark}
        onChange={(filingMark) => patch({ filingMark })}
        error={errors['settings.filingMark']}
        name="filingMark"
      />
      <View className="section-title">月报</View>
      <Field
        label="报送月份（用逗号分隔）"
        value={form.months}
        onChange={(months) => patch({ months })}
        error={errors['settings.monthlyReports.months'] ?? errors['settings.monthlyReports.months.0']}
        name="months"
      />
      <Field
        label="每月报送截止日"
        type="number"
        value={form.dueDay}
        onChange={(dueDay) => patch({ dueDay })}
        error={errors['settings.monthlyReports.dueDay']}
        name="dueDay"
      />
      <Field
        label="每月提醒日"
        type="number"
        value={form.reminderDay}
        onChange={(reminderDay) => patch({ reminderDay })}
        error={errors['settings.monthlyReports.reminderDay']}
        name="reminderDay"
      />
      <View className="section-title">招生目标</View>
      {form.targets.map((t, i) => (
        <View key={i} className="season-target">
          <Field
            label="区县"
            value={t.district}
            onChange={(district) => setTarget(i, { district })}
            error={errors[`settings.targets.${i}.district`]}
            name={`target-${i}-district`}
          />
          <Field
            label="区属学校指标"
            type="number"
            value={t.ownSchoolsQuota}
            onChange={(ownSchoolsQuota) => setTarget(i, { ownSchoolsQuota })}
            error={errors[`settings.targets.${i}.ownSchoolsQuota`]}
            name={`target-${i}-quota`}
          />
          <Field
            label="总目标"
            type="number"
            value={t.total}
            onChange={(total) => setTarget(i, { total })}
            error={errors[`settings.targets.${i}.total`]}
            name={`target-${i}-total`}
          />
        </View>
      ))}
      <Button size="small" onClick={() => patch({ targets: [...form.targets, { district: '', ownSchoolsQuota: '0', total: '0' }] })}>
        添加区县目标
      </Button>
      <View className="season-actions">
        <Button type="primary" block loading={busy} onClick={onSave}>
          保存设置
        </Button>
      </View>
    </View>
  );
}
