// The season's 录取方式 as the bureau admin sets it: by each school or unified, and for unified the priorities and how later rounds go.
import { Text, View } from '@tarojs/components';
import type { FieldErrors } from '../../../../shared/result-core';
import { admissionModeLabels, laterRoundsLabels, prioritiesInWords } from '../../../../shared/admission-mode';
import { Check, Chips } from '../../../components/chips';
import { Field } from '../../../components/field';
import { priorityMenu, togglePriority, type SettingsForm } from '../../../services/forms/season-form';

export function AdmissionFields({ form, errors, patch }: { form: SettingsForm; errors: FieldErrors; patch: (p: Partial<SettingsForm>) => void }) {
  return (
    <>
      <View className="section-title">录取方式</View>
      <Chips
        options={(['school', 'unified'] as const).map((m) => ({ value: m, label: admissionModeLabels[m] }))}
        value={form.admissionMode}
        onChange={(admissionMode) => admissionMode && patch({ admissionMode })}
      />
      {errors['settings.admissionMode'] && <Text className="field-error">{errors['settings.admissionMode']}</Text>}
      {form.admissionMode === 'unified' && (
        <View>
          <Text className="muted">优先顺序（按勾选的先后）：{prioritiesInWords(form.priorities)}</Text>
          {priorityMenu.map((p) => (
            <Check
              key={p.criterion.kind}
              checked={form.priorities.some((c) => c.kind === p.criterion.kind)}
              label={p.label}
              onChange={() => patch({ priorities: togglePriority(form.priorities, p.criterion) })}
            />
          ))}
          {errors['settings.priorities'] && <Text className="field-error">{errors['settings.priorities']}</Text>}
          <Text className="muted">第一轮由教育局确认。家庭放弃、逾期未答复或学校未予录取空出的名额，在之后的轮次里递补给候补的学生：</Text>
          <Chips
            options={(['bureau', 'automatic'] as const).map((m) => ({ value: m, label: laterRoundsLabels[m] }))}
            value={form.laterRounds}
            onChange={(laterRounds) => laterRounds && patch({ laterRounds })}
          />
          {errors['settings.laterRounds'] && <Text className="field-error">{errors['settings.laterRounds']}</Text>}
          {form.laterRounds === 'automatic' && (
            <View>
              <Text className="muted">所有家庭答复（或逾期视为放弃）之后，如有空出的名额和候补的学生，系统会自动进行下一轮；录取时间结束后不再进行。</Text>
              <Field
                label="最多进行几轮（含第一轮）"
                type="number"
                value={form.maxRounds}
                onChange={(maxRounds) => patch({ maxRounds })}
                error={errors['settings.maxRounds']}
                name="maxRounds"
              />
              <Text className="muted">达到轮数后统一录取结束，还没有被录取的学生由还有名额的学校补录。</Text>
            </View>
          )}
        </View>
      )}
    </>
  );
}
