// The choice form's step 3, 填报志愿: the choices in order, each a school's brochure and one of its majors.
import { Text, View } from '@tarojs/components';
import { Chips } from '../../../components/chips';
import { Button } from '../../../components/ui';
import type { ChoiceDraft } from '../../../services/forms/choice-draft';
import type { StepProps } from './step-props';

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
