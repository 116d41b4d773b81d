// The choice form's step 4, 声明与同意: the family's declarations and consent to the handling of personal data.
import { View } from '@tarojs/components';
import { Check } from '../../../components/chips';
import type { ChoiceDraft } from '../../../services/forms/choice-draft';
import type { StepProps } from './step-props';

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
