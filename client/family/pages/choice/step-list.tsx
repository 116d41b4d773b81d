import { Text, View } from '@tarojs/components';
import { ChoicesStep } from './choices-step';
import { DeclarationsStep } from './declarations-step';
import { GuardianStep } from './guardian-step';
import type { StepProps } from './step-props';
import { StudentStep } from './student-step';

/** The choice form's four steps, each with the fields it holds (an error is shown on its step). */
export const steps: Array<{ title: string; fields: RegExp; Body: (p: StepProps) => JSX.Element }> = [
  { title: '学生信息', fields: /^student\./, Body: StudentStep },
  { title: '监护人', fields: /^(guardian|filledBy)/, Body: GuardianStep },
  { title: '填报志愿', fields: /^choices/, Body: ChoicesStep },
  { title: '声明与同意', fields: /^(declarations|consent)/, Body: DeclarationsStep },
];

/** The first step that holds one of these fields. */
export function stepOf(fields: string[]): number {
  return Math.max(
    0,
    steps.findIndex((s) => fields.some((k) => s.fields.test(k))),
  );
}

/** Where the family is among the four steps. */
export function Stepper({ step }: { step: number }) {
  return (
    <View className="stepper">
      {steps.map((s, i) => (
        <Text key={s.title} className={`stepper-item ${i === step ? 'stepper-on' : ''}`}>
          {i + 1}. {s.title}
        </Text>
      ))}
    </View>
  );
}
