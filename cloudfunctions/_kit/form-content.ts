import { season } from '../../config/season';
import { choiceFormProblems, type ChoiceFormInput } from '../../shared/choice-form';
import { birthDateOf, maskIdNumber } from '../../shared/id-number';
import type { ChoiceFormRecord } from '../../shared/records/choice-form';
import { juniorSchoolSchema, type JuniorSchool } from '../../shared/records/content';
import type { Staff } from '../../shared/records/staff';
import type { FieldErrors } from '../../shared/result';
import { byId } from './by-id';
import { verify } from './brochures';
import { Failure } from './failure';
import { clip, enqueue, wechatTime } from './outbox';
import { encrypt } from './personal-data';
import { assignRecruiter, recruitersOf } from './recruiters';
import type { Tx } from './transaction';

/** R2, R5, R9: every choice is checked by the brochure verification; problems are reported per choice. */
async function verifiedChoices(form: ChoiceFormInput): Promise<ChoiceFormRecord['choices']> {
  const problems: FieldErrors = {};
  const choices = await Promise.all(
    form.choices.map(async (c, i) => {
      const { verdict, brochure } = await verify(c.brochureId, 'choose', c.majorId);
      if (!verdict.allowed || !brochure) {
        problems[`choices.${i}`] = verdict.reason ?? '该志愿不能填报';
        return null;
      }
      const major = brochure.majors.find((m) => m.majorId === c.majorId);
      return { ...c, rank: i + 1, schoolId: brochure.schoolId, schoolName: brochure.schoolName, majorName: major?.name ?? '', brochureVersion: brochure.version };
    }),
  );
  if (Object.keys(problems).length) throw new Failure('INVALID_INPUT', problems);
  return choices.filter((c): c is NonNullable<typeof c> => c !== null);
}

async function juniorSchool(id: string): Promise<JuniorSchool> {
  const junior = await byId('juniorSchools', id, juniorSchoolSchema);
  if (!junior) throw new Failure('INVALID_INPUT', { 'student.juniorSchoolId': '请从列表中选择毕业的初中学校' });
  return junior;
}

/** What a submitted or revised form stores, checked in full (R6, R7, R18, and each choice). */
export interface CheckedForm {
  content: Pick<ChoiceFormRecord, 'filledBy' | 'student' | 'guardian' | 'choices' | 'declarations' | 'consent'>;
  junior: JuniorSchool;
  schoolIds: string[];
  recruiters: Map<string, Staff[]>;
}

export async function checkForm(form: ChoiceFormInput, at: Date): Promise<CheckedForm> {
  const problems = choiceFormProblems(form, at);
  if (Object.keys(problems).length) throw new Failure('INVALID_INPUT', problems);
  const [choices, junior] = await Promise.all([verifiedChoices(form), juniorSchool(form.student.juniorSchoolId)]);
  const schoolIds = [...new Set(choices.map((c) => c.schoolId))];
  const recruiters = new Map(await Promise.all(schoolIds.map(async (id) => [id, await recruitersOf(id)] as const)));
  const content: CheckedForm['content'] = {
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
  return { content, junior, schoolIds, recruiters };
}

/** The majors a school's lead lists: the form's choices of that school, in rank order. */
export function majorsAt(checked: CheckedForm, schoolId: string) {
  return checked.content.choices.filter((c) => c.schoolId === schoolId).map((c) => ({ rank: c.rank, majorName: c.majorName }));
}

/** Tells a lead's recruiter, through the outbox, about a new or changed form. */
export async function notifyRecruiter(tx: Tx, recruiter: Staff, checked: CheckedForm, schoolId: string, leadId: string, at: Date, what = checked.junior.name): Promise<void> {
  const majors = majorsAt(checked, schoolId).map((m) => m.majorName).join('、');
  const data = { thing1: clip(checked.content.student.name), thing2: clip(majors), thing3: clip(what), time4: wechatTime(at) };
  await enqueue(tx, { kind: 'lead-assigned', recipientOpenid: recruiter.openid, schoolId, data, page: `/staff/pages/lead/index?id=${leadId}` }, at);
}

/** Opens a school's lead for a form: assigned to a recruiter (territory, else in turn) who is told. */
export async function openLead(tx: Tx, checked: CheckedForm, formId: string, schoolId: string, leadId: string, at: Date): Promise<void> {
  const recruiter = await assignRecruiter(tx, schoolId, checked.junior._id, checked.recruiters.get(schoolId) ?? []);
  await tx.collection('leads').add({
    _id: leadId,
    formId,
    year: season.year,
    schoolId,
    recruiterStaffId: recruiter?._id ?? null,
    status: 'new',
    studentName: checked.content.student.name,
    juniorSchoolId: checked.junior._id,
    majors: majorsAt(checked, schoolId),
    history: [{ status: 'new', at, actorStaffId: null }],
    createdAt: at,
    updatedAt: at,
  });
  if (recruiter) await notifyRecruiter(tx, recruiter, checked, schoolId, leadId, at);
}
