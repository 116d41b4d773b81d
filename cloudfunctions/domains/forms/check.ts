import { choiceFormProblems, type ChoiceFormInput } from '../../../shared/choice-form';
import { birthDateOf, maskIdNumber } from '../../../shared/id-number';
import { isOpenJunior, type JuniorSchool } from '../../../shared/records/content';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Season } from '../../../shared/records/season';
import type { Staff } from '../../../shared/records/staff';
import type { FieldErrors } from '../../../shared/result';
import { verifyChoices } from '../brochures/brochures';
import { juniorFailures } from '../juniors/failures';
import { juniorSchoolById } from '../juniors/junior-schools';
import { records } from '../../_kit/platform/collections';
import { failures } from '../../_kit/platform/failures';
import { encrypt } from '../../_kit/platform/personal-data';
import { formFailures } from './failures';

/**
 * R2, R5, R9: every choice is checked by the brochure verification; problems are reported per
 * choice. Answers the choices as stored, and each chosen school's recruiters.
 */
async function verifiedChoices(season: Season, form: ChoiceFormInput): Promise<{ choices: ChoiceFormRecord['choices']; recruiters: Map<string, Staff[]> }> {
  const problems: FieldErrors = {};
  const { verified, recruiters } = await verifyChoices(season, form.choices);
  const choices = form.choices.map((c, i) => {
    const { verdict, brochure } = verified[i] ?? { verdict: { allowed: false }, brochure: null };
    if (!verdict.allowed || !brochure) {
      problems[`choices.${i}`] = verdict.reason ?? '该志愿不能填报';
      return null;
    }
    const major = brochure.majors.find((m) => m.majorId === c.majorId);
    return { ...c, rank: i + 1, schoolId: brochure.schoolId, schoolName: brochure.schoolName, majorName: major?.name ?? '', brochureVersion: brochure.version };
  });
  if (Object.keys(problems).length) throw failures.invalid(problems);
  return { choices: choices.filter((c): c is NonNullable<typeof c> => c !== null), recruiters };
}

/**
 * R27: the student's junior high, open in the registry — or the one the form already names (a
 * revision keeps a junior high closed since). The instance's list is a minute old at most: a junior
 * high closed in another instance within that minute is still taken, as from a page opened before.
 */
async function juniorSchool(id: string, kept: string | undefined): Promise<JuniorSchool> {
  const listed = await juniorSchoolById(id);
  // closed in the kept list: read again, it may have opened since
  const junior = listed && !isOpenJunior(listed) && listed._id !== kept ? await records.juniorSchools.get(id) : listed;
  if (!junior) throw formFailures.juniorSchoolUnknown();
  if (!isOpenJunior(junior) && junior._id !== kept) throw juniorFailures.juniorClosed('student.juniorSchoolId');
  return junior;
}

/** The content of a form as submitted or revised, checked in full (R6, R7, R18, and each choice). */
export type FormContent = Pick<ChoiceFormRecord, 'filledBy' | 'student' | 'guardian' | 'choices' | 'declarations' | 'consent'>;

export interface CheckedForm {
  content: FormContent;
  /** each chosen school's recruiters, to assign a lead that opens */
  recruiters: Map<string, Staff[]>;
}

/** `keptJuniorId`: a revised form's junior high as stored, which may stay though closed since. */
export async function checkForm(form: ChoiceFormInput, at: Date, season: Season, keptJuniorId?: string): Promise<CheckedForm> {
  const problems = choiceFormProblems(form, at, season);
  if (Object.keys(problems).length) throw failures.invalid(problems);
  const [{ choices, recruiters }, junior] = await Promise.all([verifiedChoices(season, form), juniorSchool(form.student.juniorSchoolId, keptJuniorId)]);
  const content: FormContent = {
    filledBy: form.filledBy,
    student: {
      name: form.student.name,
      gender: form.student.gender,
      idCipher: encrypt(form.student.idNumber),
      idMasked: maskIdNumber(form.student.idNumber),
      birthDate: birthDateOf(form.student.idNumber) ?? at,
      phone: form.student.phone,
      juniorSchoolId: junior._id,
      juniorSchoolName: junior.name,
      group: form.student.group,
      graduationYear: form.student.graduationYear,
      ...(form.student.schedule ? { schedule: form.student.schedule } : {}),
    },
    ...(form.guardian ? { guardian: form.guardian } : {}),
    choices,
    declarations: { selfFilled: at, voluntary: at, noGeneralHighSchool: at },
    consent: { personalData: at, guardianConsent: form.consent.guardianConsent ? at : null },
  };
  return { content, recruiters };
}
