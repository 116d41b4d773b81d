import { main as choiceErase } from '../../../cloudfunctions/family/choiceErase';
import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as earlyStudyRequest } from '../../../cloudfunctions/family/earlyStudyRequest';
import { main as outboxDeliver } from '../../../cloudfunctions/timers/outboxDeliver';
import { main as retentionSweep } from '../../../cloudfunctions/timers/retentionSweep';
import { main as targetDashboard } from '../../../cloudfunctions/bureau/targetDashboard';
import { collections } from '../../../config/database';
import type { ChoiceFormInput } from '../../../shared/choice-form';
import { leadIdFor } from '../../../cloudfunctions/domains/forms/ids';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * PIPL, minors' data: after the year's work ends the personal data of students no school enrolled
 * is erased, keeping every count; a family may erase its own form before then. (Enrolled leads are
 * set directly in the store: the enrollment functions are written elsewhere.)
 */
const IN_WINDOW = '2027-05-10T10:00:00+08:00';
const backend = freshBackendPerTest(IN_WINDOW);
const AFTER_WORK = '2027-12-01T03:00:00+08:00';
const LAST_EVENING = '2027-11-30T23:30:00+08:00';
const family = openidOf('student');
const otherFamily = openidOf('guardian');
const bureau = openidOf('bureauAdmin');
const XZ = 'school-xz-vocational';
const xz = { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' };
const xinfu = { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001' };

const NAME = '赵小删';
const PHONE = '13811112222';
const GUARDIAN = '赵大删';
const GUARDIAN_PHONE = '13933334444';

function formOf(
  name: string,
  sequence: number,
  phone: string,
  guardianName: string,
  guardianPhone: string,
  choices: ChoiceFormInput['choices'] = [xz, xinfu],
): ChoiceFormInput {
  const base = aForm();
  return aForm({
    choices,
    student: { ...base.student, name, phone, idNumber: idNumber('20110315', sequence) },
    guardian: { name: guardianName, relation: 'mother', phone: guardianPhone },
  });
}
const erasable = (over: Partial<ChoiceFormInput> = {}) => ({ ...formOf(NAME, 401, PHONE, GUARDIAN, GUARDIAN_PHONE), ...over });
const enrolledForm = () => formOf('钱报到', 403, '13855556666', '钱家长', '13977778888', [xz]);

const store = () => backend.emulator.store;
const doc = (collection: string, id: string) => store().getById(collection, id)?.doc as Record<string, unknown> | undefined;
const all = () => Object.fromEntries(Object.keys(collections).map((name) => [name, store().find(name, {})]));
const text = () => JSON.stringify(all());
const sweep = (input: object = {}) => expectOk(retentionSweep, input, '');
const clock = (at: string) => {
  process.env.LOCAL_EMULATOR_NOW = at;
};
const dashboard = () => expectOk(targetDashboard, { year: 2027 }, bureau);

/** A school records 报到 for the lead at `schoolId` (as the enrollment functions will). */
function enroll(formId: string, schoolId: string, status: 'enrolled' | 'left' = 'enrolled') {
  const id = leadIdFor(formId, schoolId);
  const lead = doc('leads', id);
  if (!lead) throw new Error(`no lead ${id}`);
  store().write([
    {
      collection: 'leads',
      id,
      doc: {
        ...lead,
        status,
        enrollment: { at: new Date('2027-08-28T09:00:00+08:00'), staffName: '张老师' },
        history: [
          ...(lead.history as unknown[]),
          { status, at: new Date('2027-08-28T09:00:00+08:00'), actorStaffId: 'staff-recruiter-zhou', note: '家长电话 13855556666 已核对' },
        ],
      },
    },
    { collection: 'choiceForms', id: formId, doc: { ...doc('choiceForms', formId), placement: 'enrolled' } },
  ]);
}

/** One family's traces everywhere: a revision, an early-study request, delivered messages, an audit detail, a flag, a dispute. */
async function aFamilyWithTraces() {
  const { formId } = await expectOk(choiceSubmit, erasable(), family);
  await expectOk(choiceRevise, { ...erasable({ choices: [xz, xinfu] }), formId, requestId: 'retention-revision' }, family);
  await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  const enrolled = await expectOk(choiceSubmit, enrolledForm(), otherFamily);
  await expectOk(outboxDeliver, {}, '');
  const leadId = leadIdFor(formId, XZ);
  const at = new Date(IN_WINDOW);
  store().write([
    {
      collection: 'auditLog',
      id: 'audit-retention-1',
      doc: { staffId: 'staff-recruiter-zhou', actorName: '周老师', action: 'lead.view', subjectId: leadId, at, after: { studentName: NAME, phone: PHONE } },
    },
    {
      collection: 'anomalyFlags',
      id: 'flag-retention-1',
      doc: {
        year: 2027,
        rule: 'one-identity-many-students',
        subject: '同一微信为 2 名学生提交了志愿表',
        evidence: [
          { formId, studentName: NAME, juniorSchoolName: '忻州市第二中学初中部', submittedAt: at, detail: '由同一微信提交（abcdef…）' },
          { formId: enrolled.formId, studentName: '钱报到', juniorSchoolName: '忻州市第二中学初中部', submittedAt: at, detail: '由同一微信提交（abcdef…）' },
        ],
        districts: ['忻府区'],
        status: 'open',
        firstSeenAt: at,
        lastSeenAt: at,
      },
    },
    {
      collection: 'disputes',
      id: 'dispute-retention-1',
      doc: {
        year: 2027,
        studentKey: 'k',
        idMasked: '110105********4011',
        formId,
        raiserOpenid: 'openid-raiser',
        phone: '13700009999',
        note: `${NAME}是我的孩子`,
        status: 'rejected',
        createdAt: at,
      },
    },
  ]);
  enroll(enrolled.formId, XZ);
  return { formId, enrolledId: enrolled.formId };
}

test('after workEnds the sweep erases a non-enrolled family’s form, revisions, leads’ names and every trace, and keeps every count', async () => {
  const { formId, enrolledId } = await aFamilyWithTraces();
  expect(text()).toContain(NAME);
  clock(AFTER_WORK);
  const enrolledBefore = { form: doc('choiceForms', enrolledId), leads: store().find('leads', { formId: enrolledId }) };
  const formBefore = doc('choiceForms', formId) as Record<string, unknown> & { student: Record<string, unknown> };
  const leadsBefore = store().find('leads', { formId: formId });
  const countsBefore = await dashboard();

  const result = await sweep();
  expect(result).toMatchObject({ years: [2027], done: true, kept: 1 });
  expect(result.erased).toBeGreaterThanOrEqual(1);

  // nothing anywhere names the family any more
  const everything = text();
  for (const personal of [NAME, PHONE, GUARDIAN, GUARDIAN_PHONE, family, '13700009999', formBefore.student.idCipher as string, formBefore.studentKey as string])
    expect(everything).not.toContain(personal);
  // the form keeps what the reports count
  const form = doc('choiceForms', formId) as Record<string, unknown> & { student: Record<string, unknown> };
  expect(form).toMatchObject({
    student: { name: '已删除', idCipher: '', idMasked: '', phone: '', juniorSchoolId: 'junior-xz-2', group: 'current-graduate', gender: 'male' },
    erasedAt: expect.any(Date),
  });
  expect(form.guardian).toBeUndefined();
  for (const kept of ['year', 'status', 'placement', 'viaPoster', 'choices', 'createdAt', 'leadSchools', 'revision'])
    expect(form[kept]).toEqual(formBefore[kept]);
  expect(new Date(form.student.birthDate as string).getTime()).toBe(new Date('2011-01-01T00:00:00+08:00').getTime());
  // its earlier revision likewise
  const [revision] = store().find('choiceFormRevisions', { formId });
  expect(revision).toMatchObject({ student: { name: '已删除', phone: '' }, erasedAt: expect.any(Date) });
  expect(revision?.guardian).toBeUndefined();
  // the leads keep status, school, year, majors and timestamps; only the student goes
  const leads = store().find('leads', { formId });
  expect(leads.map((l) => l.studentName)).toEqual(leadsBefore.map(() => '已删除'));
  expect(leads.map(({ status, schoolId, year, majors, createdAt, updatedAt }) => ({ status, schoolId, year, majors, createdAt, updatedAt }))).toEqual(
    leadsBefore.map(({ status, schoolId, year, majors, createdAt, updatedAt }) => ({ status, schoolId, year, majors, createdAt, updatedAt })),
  );
  expect(store().find('earlyStudies', { formId })[0]).toMatchObject({ studentName: '已删除', schoolId: XZ });
  expect(doc('auditLog', 'audit-retention-1')).toMatchObject({ action: 'lead.view', subjectId: leadIdFor(formId, XZ) });
  expect(doc('auditLog', 'audit-retention-1')?.after).toBeUndefined();
  expect(doc('disputes', 'dispute-retention-1')).toMatchObject({ phone: '', note: '已删除', status: 'rejected' });
  expect((doc('anomalyFlags', 'flag-retention-1')?.evidence as Array<{ studentName: string }>).map((e) => e.studentName)).toEqual(['已删除', '钱报到']);
  // the enrolled student is the school's: untouched
  expect(doc('choiceForms', enrolledId)).toEqual(enrolledBefore.form);
  expect(store().find('leads', { formId: enrolledId })).toEqual(enrolledBefore.leads);
  expect(everything).toContain('钱报到');
  // the bureau's figures are the same
  expect(await dashboard()).toEqual(countsBefore);
});

test('the sweep does nothing until the workEnds day is over (Shanghai calendar)', async () => {
  await aFamilyWithTraces();
  clock(LAST_EVENING);
  const before = all();
  expect(await sweep()).toEqual({ years: [], erased: 0, kept: 0, done: true });
  expect(all()).toEqual(before);
});

test('a second run changes nothing; a left student stays the school’s', async () => {
  const { formId } = await aFamilyWithTraces();
  const left = await expectOk(choiceSubmit, formOf('孙离校', 405, '13822223333', '孙家长', '13922223333', [xz]), 'openid-left-family');
  enroll(left.formId, XZ, 'left');
  clock(AFTER_WORK);
  const first = await sweep();
  expect(first.kept).toBe(2);
  const after = all();
  expect(await sweep()).toEqual({ years: [2027], erased: 0, kept: 0, done: true });
  expect(all()).toEqual(after);
  // with its saved position lost, a run reads the year again and still changes nothing but the position
  store().write([{ collection: 'retentionSweeps', id: 'retention-2027', doc: { year: 2027, after: '', updatedAt: new Date(AFTER_WORK) } }]);
  expect(await sweep()).toEqual({ years: [2027], erased: 0, kept: 2, done: true });
  expect({ ...all(), retentionSweeps: [] }).toEqual({ ...after, retentionSweeps: [] });
  expect(doc('choiceForms', formId)?.erasedAt).toBeDefined();
  expect(doc('choiceForms', left.formId)?.erasedAt).toBeUndefined();
  expect(text()).toContain('孙离校');
});

test('a run cut short by its budget erases whole forms only, and the next run continues where it stopped', async () => {
  await aFamilyWithTraces();
  for (let n = 0; n < 3; n += 1)
    await expectOk(choiceSubmit, formOf(`学生${n}`, 501 + 2 * n, `1380000100${n}`, `家长${n}`, `1390000100${n}`, [xinfu]), `openid-page-${n}`);
  clock(AFTER_WORK);
  const erasableForms = store()
    .find('choiceForms', {})
    .filter((f) => f.placement !== 'enrolled').length;
  const runs: Array<{ erased: number; done: boolean }> = [];
  for (let n = 0; n < 20 && !runs.at(-1)?.done; n += 1) runs.push(await sweep({ pageSize: 1, budgetMs: 0 }));
  expect(runs[0]).toMatchObject({ done: false });
  expect(runs.every((r) => r.erased <= 1)).toBe(true);
  expect(runs.at(-1)?.done).toBe(true);
  expect(runs.reduce((sum, r) => sum + r.erased, 0)).toBe(erasableForms);
  // every form is either wholly erased or the school's
  for (const form of store().find('choiceForms', {})) {
    if (form.placement === 'enrolled') expect(form.erasedAt).toBeUndefined();
    else expect(form).toMatchObject({ erasedAt: expect.any(Date), student: { name: '已删除' } });
  }
});

test('two sweeps at once erase each form once and leave the same state as one', async () => {
  const { formId } = await aFamilyWithTraces();
  for (let n = 0; n < 4; n += 1)
    await expectOk(choiceSubmit, formOf(`同时${n}`, 601 + 2 * n, `1380000200${n}`, `家长${n}`, `1390000200${n}`, [xinfu, xz]), `openid-twice-${n}`);
  clock(AFTER_WORK);
  const countsBefore = await dashboard();
  const erasableForms = store()
    .find('choiceForms', {})
    .filter((f) => f.placement !== 'enrolled').length;
  const [a, b] = await Promise.all([sweep({ pageSize: 2 }), sweep({ pageSize: 3 })]);
  expect(a.erased + b.erased).toBe(erasableForms);
  expect(await dashboard()).toEqual(countsBefore);
  expect(text()).not.toContain(NAME);
  expect(text()).not.toMatch(/同时\d/);
  for (const lead of store().find('leads', {})) if (lead.status !== 'enrolled') expect(lead.studentName).toBe('已删除');
  expect(doc('choiceForms', formId)).toMatchObject({ student: { name: '已删除' } });
  expect(await sweep()).toMatchObject({ erased: 0, done: true });
}, 60_000);

test('choiceErase: the family withdraws and erases its own form; the student may submit again', async () => {
  const { formId } = await expectOk(choiceSubmit, erasable(), family);
  await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  await expectOk(outboxDeliver, {}, '');
  const answer = await expectOk(choiceErase, { formId, confirm: true }, family);
  expect(answer).toMatchObject({ formId, status: 'withdrawn', erasedAt: expect.any(String) });
  const form = doc('choiceForms', formId);
  expect(form).toMatchObject({ status: 'withdrawn', placement: 'none', student: { name: '已删除', idCipher: '', phone: '' }, erasedAt: expect.any(Date) });
  expect(form?.activeKey).toBeUndefined();
  // withdrawn exactly as choiceWithdraw does: every lead withdrawn with its history step, the early study cancelled
  const leads = store().find('leads', { formId });
  expect(leads.map((l) => [l.status, l.studentName])).toEqual([
    ['withdrawn', '已删除'],
    ['withdrawn', '已删除'],
  ]);
  expect(leads.map((l) => (l.history as Array<{ status: string; note?: string }>).at(-1))).toEqual([
    expect.objectContaining({ status: 'withdrawn', note: '学生撤回了志愿表' }),
    expect.objectContaining({ status: 'withdrawn', note: '学生撤回了志愿表' }),
  ]);
  expect(store().find('earlyStudies', { formId })[0]).toMatchObject({ status: 'cancelled', studentName: '已删除' });
  const everything = text();
  for (const personal of [NAME, PHONE, GUARDIAN, GUARDIAN_PHONE]) expect(everything).not.toContain(personal);
  // gone from 我的志愿; asking again finds nothing
  expect((await expectOk(choiceMine, {}, family)).forms).toEqual([]);
  expect(await invoke(choiceErase, { formId, confirm: true }, family)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: '这份志愿表不存在或已经删除。' },
  });
  // the claim is free: the same student submits again
  const again = await expectOk(choiceSubmit, erasable(), family);
  expect(again.formId).not.toBe(formId);
  expect(
    store()
      .find('choiceForms', { activeKey: { $exists: true } })
      .map((f) => f._id),
  ).toEqual([again.formId]);
});

test('choiceErase: a double tap erases once', async () => {
  const { formId } = await expectOk(choiceSubmit, erasable(), family);
  const answers = await Promise.all([invoke(choiceErase, { formId, confirm: true }, family), invoke(choiceErase, { formId, confirm: true }, family)]);
  expect(answers.some((a) => a.ok)).toBe(true);
  for (const a of answers) if (!a.ok) expect(a.error.code).toBe('NOT_FOUND');
  expect(
    store()
      .find('leads', { formId })
      .map((l) => (l.history as unknown[]).length),
  ).toEqual([2, 2]);
  expect(doc('choiceForms', formId)).toMatchObject({ status: 'withdrawn', student: { name: '已删除' } });
});

test('choiceErase is refused when a school enrolled the student (or the student left it): nothing changes', async () => {
  const { formId } = await expectOk(choiceSubmit, erasable(), family);
  enroll(formId, XZ);
  const before = all();
  expect(await invoke(choiceErase, { formId, confirm: true }, family)).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: '忻州市职业技术学校已为该学生办理报到，学校需要保留学生的信息，这份志愿表不能删除。如有疑问请联系学校。' },
  });
  expect(all()).toEqual(before);
  const left = await expectOk(choiceSubmit, formOf('孙离校', 405, '13822223333', '孙家长', '13922223333', [xz]), otherFamily);
  enroll(left.formId, XZ, 'left');
  expect(await invoke(choiceErase, { formId: left.formId, confirm: true }, otherFamily)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('choiceErase: only the caller’s own form, only by a family, only before workEnds; hostile input refused', async () => {
  const { formId } = await expectOk(choiceSubmit, erasable(), family);
  const before = all();
  // another family, naming the form by id
  expect(await invoke(choiceErase, { formId, confirm: true }, otherFamily)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  // the identity comes from the call, never from the body
  expect(await invoke(choiceErase, { formId, confirm: true, openid: family }, otherFamily)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  for (const persona of ['recruiter', 'schoolAdmin', 'bureauAdmin', 'juniorStaff'])
    expect(await invoke(choiceErase, { formId, confirm: true }, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(choiceErase, { formId, confirm: true }, '')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  for (const hostile of [
    { formId },
    { formId, confirm: 'true' },
    { formId: { $ne: '' }, confirm: true },
    { formId: 'x'.repeat(65), confirm: true },
    { confirm: true },
    null,
    [],
  ]) {
    expect(await invoke(choiceErase, hostile, family)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  }
  // the sweep is for timers only
  expect(await invoke(retentionSweep, {}, family)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(retentionSweep, { pageSize: 1000 }, '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(all()).toEqual(before);
  // after the year's work has ended the sweep does it; the family is told so
  clock(AFTER_WORK);
  expect(await invoke(choiceErase, { formId, confirm: true }, family)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('系统自动删除') },
  });
});
