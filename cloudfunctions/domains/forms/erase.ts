import { subscribeMessages, type KeywordType, type MessageKind } from '../../../config/subscribe-messages';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead, LeadEvent } from '../../../shared/records/lead';
import { inShanghai, ZONE, dayjs } from '../../../shared/time';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import type { Tx } from '../../_kit/platform/transaction';
import { keywordValue } from '../messages/subscribe-message';
import { leadIdFor } from './ids';

/**
 * PIPL, minors' data: what erasing a choice form's personal data means — the one module both the
 * family's `choiceErase` and the timer's `retentionSweep` call.
 *
 * Removed: the student's name, ID number (cipher and mask), phone, exact birth date (the year is
 * kept), the guardian, the filer's OPENID and the student's keyed ID hash (each replaced by a
 * placeholder unique to the form, so no two erased forms look like one family or one student), the
 * claim; the same on every earlier revision; the leads' student name and key and the notes staff
 * typed into their history; early-study requests' name, OPENID and decline reasons; disputes' phone,
 * note and masked ID; anomaly flags' evidence naming the form; the details of audit entries about
 * the form or its leads; the student's name in outbox messages and in-app messages about them.
 *
 * Kept (every report counts these): the form's year, status, placement, junior high, learner group,
 * graduation year, gender, the choices' school and major ids and names, viaPoster, createdAt; the
 * leads' status, school, year, junior high, group, majors, admission, timestamps and history steps.
 *
 * A form any of whose leads a school enrolled (报到) — or that left after enrolling — is the school's
 * student: it is never erased.
 */
export const ERASED = '已删除';
const ERASED_MESSAGE = { title: '学生信息已删除', body: '这条消息涉及的学生个人信息已按规定删除。' };

/** The placeholder for an erased identity: unique to the form, naming nobody. */
export const erasedIdentity = (formId: string) => `erased:${formId}`;

/** A lead whose school keeps the student's record. */
export const keptBySchool = (lead: Pick<Lead, 'status'>) => lead.status === 'enrolled' || lead.status === 'left';

export const leadIdsOf = (form: Pick<ChoiceFormRecord, '_id' | 'leadSchools'>) => form.leadSchools.map((schoolId) => leadIdFor(form._id, schoolId));

/** The first day of the birth year, Shanghai time: an age band, not a birthday. */
function birthYearOnly(birthDate: Date): Date {
  return dayjs.tz(`${inShanghai(birthDate).year()}-01-01`, ZONE).toDate();
}

type FormLike = Pick<ChoiceFormRecord, 'student' | 'guardian'>;

/** The patch that anonymises a form, or one of its revisions (`formId` is the form's). */
export function anonymisedFormPatch(formId: string, form: FormLike, at: Date) {
  return {
    openid: erasedIdentity(formId),
    studentKey: erasedIdentity(formId),
    activeKey: _.remove(),
    'student.name': ERASED,
    'student.idCipher': '',
    'student.idMasked': '',
    'student.phone': '',
    'student.birthDate': birthYearOnly(form.student.birthDate),
    ...(form.guardian ? { guardian: _.remove() } : {}),
    erasedAt: at,
  };
}

/** Staff-typed notes may name the family; the notes the system wrote (actor null) are fixed texts. */
function withoutStaffNote(event: LeadEvent): LeadEvent {
  if (event.actorStaffId === null || event.note === undefined) return event;
  const { note: _dropped, ...rest } = event;
  return rest;
}

export function anonymisedLeadPatch(lead: Lead) {
  return { studentName: ERASED, studentKey: erasedIdentity(lead.formId), history: lead.history.map(withoutStaffNote) };
}

/**
 * Inside a transaction, before anything naming the student is erased: marks the erasure as begun
 * (`erasing`), unless already erased or a school keeps the student. From then on no 报到 or
 * admission lands on the form (leadProgress and admissionAdmit refuse it), so the student cannot
 * become one a school keeps while their traces are being erased.
 */
export async function claimErasure(tx: Tx, form: ChoiceFormRecord, leads: Lead[], at: Date): Promise<'claimed' | 'already' | 'kept'> {
  if (form.erasedAt) return 'already';
  if (leads.some(keptBySchool)) return 'kept';
  if (!form.erasing) await tx.choiceForms.update(form._id, { erasing: at });
  return 'claimed';
}

/**
 * Inside a transaction: anonymises the form and `leads` (as they stand in this transaction), unless
 * already erased or a school keeps the student. `extra` is written to the form in the same update
 * (choiceErase's withdrawal).
 */
export async function anonymiseInTx(
  tx: Tx,
  form: ChoiceFormRecord,
  leads: Lead[],
  at: Date,
  extra: Record<string, unknown> = {},
): Promise<'erased' | 'already' | 'kept'> {
  if (form.erasedAt) return 'already';
  if (leads.some(keptBySchool)) return 'kept';
  await tx.choiceForms.update(form._id, { ...extra, ...anonymisedFormPatch(form._id, form, at) });
  for (const lead of leads) await tx.leads.update(lead._id, anonymisedLeadPatch(lead));
  return 'erased';
}

type StudentKeyword = { key: string; type: KeywordType };
const studentKeywordOf = (kind: MessageKind): StudentKeyword | undefined =>
  (subscribeMessages[kind].keywords as Record<string, StudentKeyword | undefined>).student;
const isMessageKind = (kind: string): kind is MessageKind => kind in subscribeMessages;

/**
 * Everything outside the form and its leads that names the students of `forms` (as they stood
 * before erasure: their names and OPENIDs find the messages). Every write sets a fixed value, so
 * running it again, or twice at once, changes nothing more. Open disputes are left for the bureau
 * to decide unless `openDisputes` (after the year's work ended).
 */
export async function eraseTraces(forms: ChoiceFormRecord[], at: Date, options: { openDisputes: boolean }): Promise<void> {
  if (!forms.length) return;
  const formIds = forms.map((f) => f._id);
  const formOf = new Map(forms.map((f) => [f._id, f]));
  const leadIds = forms.flatMap(leadIdsOf);

  for (const revision of await records.choiceFormRevisions.findAll({ formId: _.in(formIds) })) {
    if (!revision.erasedAt) await records.choiceFormRevisions.update(revision._id, anonymisedFormPatch(revision.formId, revision, at));
  }

  const earlyStudies = await records.earlyStudies.findAll({ formId: _.in(formIds) });
  for (const request of earlyStudies) {
    if (request.studentName === ERASED) continue;
    const reasons = { ...(request.junior.reason ? { 'junior.reason': ERASED } : {}), ...(request.school.reason ? { 'school.reason': ERASED } : {}) };
    await records.earlyStudies.update(request._id, { studentName: ERASED, openid: erasedIdentity(request.formId), ...reasons });
  }

  for (const dispute of await records.disputes.findAll({ formId: _.in(formIds) })) {
    if (dispute.phone === '' && dispute.note === ERASED) continue;
    if (dispute.status === 'open' && !options.openDisputes) continue;
    await records.disputes.update(dispute._id, { phone: '', note: ERASED, idMasked: '' });
  }

  const years = [...new Set(forms.map((f) => f.year))];
  for (const flag of await records.anomalyFlags.findAll({ year: _.in(years) })) {
    const names = flag.evidence.filter((e) => formOf.has(e.formId) && e.studentName !== ERASED);
    if (!names.length) continue;
    const evidence = flag.evidence.map((e) => (formOf.has(e.formId) ? { ...e, studentName: ERASED, detail: ERASED } : e));
    // only this rule's subject names a student (shared/anomaly-rules.ts)
    const subject = flag.rule === 'phone-of-staff-or-school' ? '一份志愿表上留的是工作人员或学校的电话（学生信息已删除）' : flag.subject;
    await records.anomalyFlags.update(flag._id, { evidence, subject });
  }

  // R14 lists: the erased students' lines leave every published version (the masked name and junior high still point at them)
  const erasedLeads = new Set(leadIds);
  for (const list of leadIds.length ? await records.admittedLists.findAll({ leadIds: _.in(leadIds) }) : []) {
    const keep = list.leadIds.map((id, i) => (erasedLeads.has(id) ? -1 : i)).filter((i) => i >= 0);
    await records.admittedLists.update(list._id, {
      entries: keep.flatMap((i) => (list.entries[i] ? [list.entries[i]] : [])),
      leadIds: keep.map((i) => list.leadIds[i] ?? ''),
    });
  }

  const subjects = [...formIds, ...leadIds];
  if (subjects.length) await records.auditLog.updateWhere({ subjectId: _.in(subjects) }, { before: _.remove(), after: _.remove() });

  await eraseMessages(forms, leadIds);
}

/**
 * The outbox messages naming the students, and the in-app messages made from them: staff messages
 * about the leads (their page names the lead), the family's own messages (to the form's OPENID, with
 * the student's name), and early-study requests to the two schools (the name and junior high).
 */
async function eraseMessages(forms: ChoiceFormRecord[], leadIds: string[]): Promise<void> {
  const fitted = (kind: MessageKind, value: string) => {
    const keyword = studentKeywordOf(kind);
    return keyword ? keywordValue(keyword.type, value) : undefined;
  };
  const namedIn = (entry: { kind: string; data: Record<string, string> }, name: string) => {
    if (!isMessageKind(entry.kind)) return false;
    const keyword = studentKeywordOf(entry.kind);
    return keyword !== undefined && entry.data[keyword.key] === fitted(entry.kind, name);
  };
  const byPage = leadIds.length ? await records.outbox.findAll({ page: _.in(leadIds.map((id) => `/staff/pages/lead/index?id=${id}`)) }) : [];
  const openids = [...new Set(forms.map((f) => f.openid))];
  const toFamilies = (await records.outbox.findAll({ recipientOpenid: _.in(openids) })).filter((e) =>
    forms.some((f) => f.openid === e.recipientOpenid && namedIn(e, f.student.name)),
  );
  const earliest = new Date(Math.min(...forms.map((f) => f.createdAt.getTime())));
  const requests = (await records.outbox.findAll({ kind: 'early-study-request', createdAt: _.gte(earliest) })).filter((e) =>
    forms.some(
      (f) =>
        namedIn(e, f.student.name) &&
        e.data[subscribeMessages['early-study-request'].keywords.junior.key] ===
          keywordValue(subscribeMessages['early-study-request'].keywords.junior.type, f.student.juniorSchoolName),
    ),
  );
  const seen = new Set<string>();
  for (const entry of [...byPage, ...toFamilies, ...requests]) {
    if (seen.has(entry._id)) continue;
    seen.add(entry._id);
    const keyword = isMessageKind(entry.kind) ? studentKeywordOf(entry.kind) : undefined;
    if (keyword && entry.data[keyword.key] !== undefined && entry.data[keyword.key] !== ERASED)
      await records.outbox.update(entry._id, { [`data.${keyword.key}`]: ERASED });
    const inbox = await records.inbox.get(`inbox-${entry._id}`);
    if (inbox && inbox.title !== ERASED_MESSAGE.title) await records.inbox.update(inbox._id, ERASED_MESSAGE);
  }
}
