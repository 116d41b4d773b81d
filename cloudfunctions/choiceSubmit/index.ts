import { createHash } from 'node:crypto';
import { season } from '../../config/season';
import { choiceSubmitInput, choiceSubmitOutput } from '../../shared/api/choices';
import { choiceFormProblems, type ChoiceFormInput } from '../../shared/choice-form';
import { birthDateOf, maskIdNumber } from '../../shared/id-number';
import type { ChoiceFormRecord } from '../../shared/records/choice-form';
import { juniorSchoolSchema } from '../../shared/records/content';
import type { Staff } from '../../shared/records/staff';
import type { FieldErrors } from '../../shared/result';
import { db } from '../_kit/app';
import { verify } from '../_kit/brochures';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure } from '../_kit/failure';
import { clip, enqueue, wechatTime } from '../_kit/outbox';
import { encrypt, keyedHash } from '../_kit/personal-data';
import { assignRecruiter, recruitersOf } from '../_kit/recruiters';
import { everyone } from '../_kit/roles';
import { inTransaction } from '../_kit/transaction';
import { assertWindowOpen, formById, receiptOf } from '../_kit/forms';

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

/**
 * R6, R7, R9, R18: the student's own form, checked choice by choice, recorded with its leads and
 * the recruiters' notifications in one transaction. One active form per student per year holds by
 * a unique index; a retried request (same requestId) answers the same receipt and writes nothing.
 */
export const main = defineFunction({
  name: 'choiceSubmit',
  input: choiceSubmitInput,
  output: choiceSubmitOutput,
  roles: ['family'],
  async handler(form, caller) {
    const at = now();
    const formId = `form-${createHash('sha256').update(`${caller.openid}:${form.requestId}`).digest('hex').slice(0, 32)}`;
    const earlier = await formById(formId);
    if (earlier) return receiptOf(earlier);
    assertWindowOpen(at);
    const problems = choiceFormProblems(form, at);
    if (Object.keys(problems).length) throw new Failure('INVALID_INPUT', problems);
    const choices = await verifiedChoices(form);
    const { data: juniors } = await db.collection('juniorSchools').where({ _id: form.student.juniorSchoolId }).limit(1).get();
    if (!juniors[0]) throw new Failure('INVALID_INPUT', { 'student.juniorSchoolId': '请从列表中选择毕业的初中学校' });
    const junior = juniorSchoolSchema.parse(juniors[0]);
    const studentKey = keyedHash(form.student.idNumber);
    const record: Omit<ChoiceFormRecord, '_id'> = {
      openid: caller.openid,
      year: season.year,
      revision: 1,
      status: 'active',
      activeKey: `${studentKey}:${season.year}`,
      studentKey,
      requestId: form.requestId,
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
      createdAt: at,
      updatedAt: at,
    };
    const schoolIds = [...new Set(choices.map((c) => c.schoolId))];
    const recruiters = new Map<string, Staff[]>(await Promise.all(schoolIds.map(async (id) => [id, await recruitersOf(id)] as [string, Staff[]])));
    try {
      await inTransaction(async (tx) => {
        // R7: the student's one active form, claimed first so that concurrent submits meet here.
        const active = await tx.collection('activeForms').doc(record.activeKey ?? '').get();
        if (active.data?.formId) throw new Failure(active.data.formId === formId ? 'CONFLICT' : 'ALREADY_SUBMITTED');
        await tx.collection('activeForms').doc(record.activeKey ?? '').set({ formId, at });
        await tx.collection('choiceForms').add({ _id: formId, ...record });
        for (const [n, schoolId] of schoolIds.entries()) {
          const leadId = `lead-${formId.slice('form-'.length)}-${n + 1}`;
          const recruiter = await assignRecruiter(tx, schoolId, junior._id, recruiters.get(schoolId) ?? []);
          const mine = choices.filter((c) => c.schoolId === schoolId);
          await tx.collection('leads').add({
            _id: leadId,
            formId,
            year: season.year,
            schoolId,
            recruiterStaffId: recruiter?._id ?? null,
            status: 'new',
            studentName: record.student.name,
            juniorSchoolId: junior._id,
            majors: mine.map((c) => ({ rank: c.rank, majorName: c.majorName })),
            history: [{ status: 'new', at, actorStaffId: null }],
            createdAt: at,
            updatedAt: at,
          });
          if (recruiter) {
            const data = { thing1: clip(record.student.name), thing2: clip(mine.map((c) => c.majorName).join('、')), thing3: clip(junior.name), time4: wechatTime(at) };
            await enqueue(tx, { kind: 'lead-assigned', recipientOpenid: recruiter.openid, schoolId, data, page: `/staff/pages/lead/index?id=${leadId}` }, at);
          }
        }
      });
    } catch (error) {
      // The same request committed meanwhile (a double tap): answer its receipt.
      const same = await formById(formId);
      if (same) return receiptOf(same);
      // The unique index on activeKey stands behind the claim above (R7).
      if (String((error as { message?: string }).message ?? '').includes('E11000')) throw new Failure('ALREADY_SUBMITTED');
      throw error;
    }
    return receiptOf({ _id: formId, ...record });
  },
});
