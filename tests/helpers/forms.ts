import { randomUUID } from 'node:crypto';
import type { ChoiceFormInput } from '../../shared/choice-form';
import type { BrochureFacts } from '../../shared/records/brochure';
import { checkCharacter } from '../../shared/id-number';

/** A valid ID number for a birth date (YYYYMMDD) and a sequence; odd sequences are men. */
export function idNumber(birth: string, sequence = 123): string {
  const first17 = `110105${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** A complete form of a 16-year-old graduate of 忻州市第二中学 choosing two schools. */
export function aForm(over: Partial<ChoiceFormInput> = {}): ChoiceFormInput {
  return {
    requestId: randomUUID(),
    filledBy: 'student',
    student: {
      name: '李明',
      gender: 'male',
      idNumber: idNumber('20110315', 123),
      phone: '13800001234',
      juniorSchoolId: 'junior-xz-2',
      group: 'current-graduate',
      graduationYear: 2027,
    },
    guardian: { name: '李建国', relation: 'father', phone: '13900005678' },
    choices: [
      { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' },
      { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001' },
      { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-003' },
    ],
    declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true },
    consent: { personalData: true, guardianConsent: true },
    ...over,
  };
}

/** A complete brochure of 忻州市职业技术学校 as its admin would submit it: free of tuition, one filed major. */
export function brochureFacts(over: Partial<BrochureFacts> = {}): BrochureFacts {
  return {
    title: '忻州市职业技术学校2027年招生简章（修订）',
    campusAddress: '忻州市忻府区和平街 88 号',
    majors: [{ majorId: 'major-xz-001', places: 120 }],
    internship: '第三学年顶岗实习 6 个月',
    subsidyPolicy: '免学费；国家助学金每生每年 2300 元',
    fees: [{ item: '学费', standard: '免学费', amountYuan: 0, isTuition: true }],
    contactPhone: '0350-3031234',
    ...over,
  };
}
