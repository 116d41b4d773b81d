import { main as admissionAdmit } from '../../../cloudfunctions/school/admissionAdmit';
import { main as admissionChoose } from '../../../cloudfunctions/family/admissionChoose';
import { main as admissionList } from '../../../cloudfunctions/school/admissionList';
import { main as admissionSettle } from '../../../cloudfunctions/timers/admissionSettle';
import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import { admit, adminOpenidOf, aNotice, atClock, IN_ADMISSION_WINDOW, majorIdOf } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * R25, R24: admission within each major's plan, one admission per student, the family's choice
 * between two, and the lead steps around them. Forms are filed in the choice window; the school
 * admits in the admission window (the server's clock is moved for each call).
 */
const backend = freshBackendPerTest();
const XZ = 'school-xz-vocational';
const XINFU = 'school-xinfu-vocational';
const XZ_ADMIN = openidOf('schoolAdmin');

const store = () => backend.emulator.store;
const leadAt = (formId: string, schoolId: string) => (store().find('leads', { formId, schoolId }) as unknown as Lead[])[0] as Lead;
const lead = (id: string) => store().getById('leads', id)?.doc as unknown as Lead;
const formOf = (formId: string) => store().getById('choiceForms', formId)?.doc as unknown as ChoiceFormRecord;
const held = (schoolId: string, majorId: string) => Number(store().getById('admissionPlaces', admissionPlacesId(schoolId, 2027, majorId))?.doc.held ?? 0);
const inWindow = <T>(work: () => Promise<T>) => atClock(IN_ADMISSION_WINDOW, work);

/** A student's form (a distinct ID number per `n`), filed by its own family. */
async function file(n: number, over: Parameters<typeof aForm>[0] = {}) {
  const form = aForm({ student: { ...aForm().student, name: `学生${n}`, idNumber: idNumber('20110317', 101 + 2 * n) }, ...over });
  const family = `family-admission-${n}`;
  const { formId } = await expectOk(choiceSubmit, form, family);
  return { formId, family, form };
}

/** Sets the approved brochure's planned places for a major (the bureau approved a smaller plan). */
function planPlaces(brochureId: string, majorId: string, places: number) {
  const doc = store().getById('brochures', brochureId)?.doc as { majors: Array<{ majorId: string; places: number }> };
  store().write([{ collection: 'brochures', id: brochureId, doc: { ...doc, majors: doc.majors.map((m) => (m.majorId === majorId ? { ...m, places } : m)) } }]);
}

test('R25: the admission desk lists each planned major with its places, and a major’s applicants first choices first, then by who submitted first', async () => {
  const a = await file(1, {
    choices: [
      { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001' },
      { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' },
    ],
  });
  const b = await file(2);
  const c = await file(3);
  const desk = await inWindow(() => expectOk(admissionList, { majorId: 'major-xz-001' }, XZ_ADMIN));
  expect(desk.window.open).toBe(true);
  expect(desk.majors.find((m) => m.majorId === 'major-xz-001')).toMatchObject({ planned: expect.any(Number), held: 0 });
  // b and c ranked it first (b submitted first); a ranked it second
  expect(desk.candidates.map((x) => x.studentName)).toEqual(['学生2', '学生3', '学生1']);
  expect(desk.candidates.map((x) => x.leadId)).toEqual([leadAt(b.formId, XZ)._id, leadAt(c.formId, XZ)._id, leadAt(a.formId, XZ)._id]);
  expect(desk.candidates[0]).toMatchObject({ juniorSchoolName: '忻州市第二中学初中部', rank: 1, admitted: false });
  expect(desk.candidates[2]?.rank).toBe(2);
});

test('R25: admitting records the major, the notice and who, takes a place, tells the family; admitting again changes nothing', async () => {
  const { formId, family } = await file(1);
  const xz = leadAt(formId, XZ);
  const answer = await inWindow(() => expectOk(admissionAdmit, { majorId: 'major-xz-001', leadIds: [xz._id], notice: aNotice }, XZ_ADMIN));
  expect(answer).toMatchObject({ admitted: 1, already: 0 });
  expect(lead(xz._id)).toMatchObject({
    status: 'admitted',
    admission: { majorId: 'major-xz-001', majorName: expect.any(String), rank: 1, staffName: '赵主任', notice: aNotice },
  });
  expect(lead(xz._id).history.at(-1)).toMatchObject({ status: 'admitted', actorName: '赵主任' });
  expect(held(XZ, 'major-xz-001')).toBe(1);
  expect(formOf(formId).placement).toBe('admitted');
  // R28: told once, naming the school (tests/functions/messages/family-told.test.ts walks every record)
  expect(
    store()
      .find('outbox', { kind: 'school-recorded', recipientOpenid: family })
      .map((m) => Object.values(m.data as Record<string, string>).includes('已录取')),
  ).toEqual([true]);
  const again = await inWindow(() => expectOk(admissionAdmit, { majorId: 'major-xz-001', leadIds: [xz._id], notice: aNotice }, XZ_ADMIN));
  expect(again).toMatchObject({ admitted: 0, already: 1 });
  expect(held(XZ, 'major-xz-001')).toBe(1);
  // the family's receipt shows it
  const mine = await expectOk(choiceMine, {}, family);
  expect(mine.forms[0]?.choices.find((c) => c.schoolId === XZ)?.leadStatus).toBe('admitted');
});

test('R25: two admins admitting different students for the last place at the same moment: one is admitted, the other told the plan is full', async () => {
  planPlaces('brochure-xz-vocational-v2', 'major-xz-001', 1);
  const forms = await Promise.all([file(1), file(2)]);
  const leads = forms.map((f) => leadAt(f.formId, XZ));
  const answers = await inWindow(() =>
    Promise.all(leads.map((l) => invoke(admissionAdmit, { majorId: 'major-xz-001', leadIds: [l._id], notice: aNotice }, XZ_ADMIN))),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  const refused = answers.find((a) => !a.ok);
  expect(refused && !refused.ok && refused.error).toMatchObject({ code: 'PLAN_FULL', message: expect.stringContaining('名额已满') });
  expect(held(XZ, 'major-xz-001')).toBe(1);
  expect(leads.map((l) => lead(l._id).status).sort()).toEqual(['admitted', 'new']);
});

test('R25: a batch larger than the places left is refused whole, saying how many are left', async () => {
  planPlaces('brochure-xz-vocational-v2', 'major-xz-001', 2);
  const forms = await Promise.all([file(1), file(2), file(3)]);
  const ids = forms.map((f) => leadAt(f.formId, XZ)._id);
  const answer = await inWindow(() => invoke(admissionAdmit, { majorId: 'major-xz-001', leadIds: ids, notice: aNotice }, XZ_ADMIN));
  expect(!answer.ok && answer.error).toMatchObject({ code: 'PLAN_FULL', message: expect.stringContaining('只剩 2 个') });
  expect(ids.map((id) => lead(id).status)).toEqual(['new', 'new', 'new']);
  expect(held(XZ, 'major-xz-001')).toBe(0);
});

test('R25: admitted by a second school, the family is asked to choose; taking one releases the other, frees its place and tells that school', async () => {
  const { formId, family } = await file(1);
  const xz = leadAt(formId, XZ);
  const xinfu = leadAt(formId, XINFU);
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  expect((await admit(backend.emulator, xinfu)).ok).toBe(true);
  const pending = formOf(formId).admissionChoice;
  expect(pending?.schoolIds.sort()).toEqual([XINFU, XZ].sort());
  // the season's three days to choose
  expect(new Date(pending?.due ?? 0).toISOString()).toBe('2027-07-13T02:00:00.000Z');
  expect(store().find('outbox', { kind: 'admission-choice', recipientOpenid: family })).toHaveLength(1);

  const chosen = await inWindow(() => expectOk(admissionChoose, { formId, schoolId: XINFU }, family));
  expect(chosen.released).toHaveLength(1);
  expect(lead(xz._id).status).toBe('released');
  expect(lead(xinfu._id).status).toBe('admitted');
  expect(held(XZ, majorIdOf(backend.emulator, xz))).toBe(0);
  expect(held(XINFU, majorIdOf(backend.emulator, xinfu))).toBe(1);
  expect(formOf(formId).admissionChoice).toBeUndefined();
  expect(formOf(formId).placement).toBe('admitted');
  const recruiterOpenid = String(store().getById('staff', xz.recruiterStaffId ?? '')?.doc.openid);
  expect(store().find('outbox', { kind: 'admission-released', recipientOpenid: recruiterOpenid })).toHaveLength(1);
  // nothing left to choose
  const again = await inWindow(() => invoke(admissionChoose, { formId, schoolId: XZ }, family));
  expect(!again.ok && again.error.code).toBe('CONFLICT');
});

test('R25: when the family does not choose in time, the admission they ranked higher stands; before the deadline nothing is settled; a second run settles nothing twice', async () => {
  const { formId } = await file(1);
  const xz = leadAt(formId, XZ);
  const xinfu = leadAt(formId, XINFU);
  // admitted first by the school the family ranked second
  expect((await admit(backend.emulator, xinfu)).ok).toBe(true);
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  const early = await atClock('2027-07-12T10:00:00+08:00', () => invoke(admissionSettle, {}, ''));
  expect(early).toMatchObject({ ok: true, data: { settled: 0 } });
  expect(lead(xinfu._id).status).toBe('admitted');
  const late = await atClock('2027-07-13T10:05:00+08:00', () => Promise.all([invoke(admissionSettle, {}, ''), invoke(admissionSettle, {}, '')]));
  expect(late.every((r) => r.ok)).toBe(true);
  expect(lead(xz._id).status).toBe('admitted');
  expect(lead(xinfu._id).status).toBe('released');
  expect(lead(xinfu._id).history.filter((h) => h.status === 'released')).toHaveLength(1);
  expect(held(XINFU, majorIdOf(backend.emulator, xinfu))).toBe(0);
  expect(formOf(formId).admissionChoice).toBeUndefined();
});

test('R25: a student who enrolled at one school cannot be admitted by another; enrolling releases any other admission', async () => {
  const first = await file(1);
  const xz = leadAt(first.formId, XZ);
  const xinfu = leadAt(first.formId, XINFU);
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  expect((await admit(backend.emulator, xinfu)).ok).toBe(true);
  await inWindow(() => expectOk(leadProgress, { id: xinfu._id, status: 'enrolled' }, adminOpenidOf(backend.emulator, XINFU)));
  expect(lead(xinfu._id)).toMatchObject({ status: 'enrolled', enrollment: { staffName: '钱主任' } });
  expect(lead(xz._id).status).toBe('released');
  expect(formOf(first.formId)).toMatchObject({ placement: 'enrolled' });
  expect(formOf(first.formId).admissionChoice).toBeUndefined();

  const second = await file(2);
  const xinfu2 = leadAt(second.formId, XINFU);
  expect((await admit(backend.emulator, xinfu2)).ok).toBe(true);
  await inWindow(() => expectOk(leadProgress, { id: xinfu2._id, status: 'enrolled' }, adminOpenidOf(backend.emulator, XINFU)));
  const refused = await admit(backend.emulator, leadAt(second.formId, XZ));
  expect(!refused.ok && refused.error).toMatchObject({ code: 'CONFLICT', message: '学生2已在其他学校报到，不能再录取。' });
});

test('R24, R25: admission is only the admission desk’s; 报到 only after admission; 离校 only after 报到, with a reason, giving the place back; an admission lost or withdrawn gives it back too', async () => {
  const { formId, family } = await file(1);
  const xz = leadAt(formId, XZ);
  const major = majorIdOf(backend.emulator, xz);
  const step = (status: string, note?: string) => inWindow(() => invoke(leadProgress, { id: xz._id, status, ...(note ? { note } : {}) }, XZ_ADMIN));
  expect(await step('admitted')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await step('enrolled')).toMatchObject({ ok: false, error: { code: 'STEP_NOT_ALLOWED' } });
  expect(await step('left', '转学')).toMatchObject({ ok: false, error: { code: 'STEP_NOT_ALLOWED' } });
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  expect(await step('enrolled')).toMatchObject({ ok: true });
  expect(await step('left')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { note: '请写明离校的原因' } } });
  expect(held(XZ, major)).toBe(1);
  expect(await step('left', '随家人迁往外省')).toMatchObject({ ok: true });
  expect(lead(xz._id)).toMatchObject({ status: 'left', left: { on: '2027-07-10', reason: '随家人迁往外省', staffName: '赵主任' } });
  expect(held(XZ, major)).toBe(0);
  expect(formOf(formId).placement).toBe('none');
  // the status never moves back
  for (const back of ['enrolled', 'contacted', 'lost']) expect((await step(back, '试一试')).ok).toBe(false);

  // another student: admitted, then lost — the place comes back
  const other = await file(2);
  const xz2 = leadAt(other.formId, XZ);
  expect((await admit(backend.emulator, xz2)).ok).toBe(true);
  expect(held(XZ, major)).toBe(1);
  await inWindow(() => expectOk(leadProgress, { id: xz2._id, status: 'lost', note: '学生未按时报到' }, XZ_ADMIN));
  expect(held(XZ, major)).toBe(0);

  // a third: admitted, then the family withdraws the form
  const third = await file(3);
  const xz3 = leadAt(third.formId, XZ);
  expect((await admit(backend.emulator, xz3)).ok).toBe(true);
  await expectOk(choiceWithdraw, { formId: third.formId }, third.family);
  expect(lead(xz3._id).status).toBe('withdrawn');
  expect(held(XZ, major)).toBe(0);
  expect(family).toBeTruthy();
});

test('R25: a family that drops one of two admitting schools leaves nothing to choose; the settling timer clears the stale question', async () => {
  const { formId, family, form } = await file(1);
  expect((await admit(backend.emulator, leadAt(formId, XZ))).ok).toBe(true);
  expect((await admit(backend.emulator, leadAt(formId, XINFU))).ok).toBe(true);
  await expectOk(choiceRevise, { ...form, requestId: 'drop-xinfu', formId, choices: [form.choices[0], form.choices[2]] }, family);
  expect(leadAt(formId, XINFU).status).toBe('withdrawn');
  await atClock('2027-07-14T10:00:00+08:00', () => invoke(admissionSettle, {}, ''));
  expect(formOf(formId).admissionChoice).toBeUndefined();
  expect(leadAt(formId, XZ).status).toBe('admitted');
});

test('R25: a revision that keeps the admitting school but drops the admitted major is refused and changes nothing; reordering is fine; dropping the school releases the place', async () => {
  const { formId, family, form } = await file(1);
  const [xz001, xinfu, xz003] = form.choices;
  expect((await admit(backend.emulator, leadAt(formId, XZ))).ok).toBe(true);
  expect(lead(leadAt(formId, XZ)._id).admission?.majorId).toBe('major-xz-001');
  const before = formOf(formId);
  const dropped = await invoke(choiceRevise, { ...form, requestId: 'drop-major', formId, choices: [xinfu, xz003] }, family);
  expect(dropped).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不能去掉这个专业') } });
  expect(formOf(formId)).toEqual(before);
  expect(leadAt(formId, XZ)).toMatchObject({
    status: 'admitted',
    majors: before.choices.filter((c) => c.schoolId === XZ).map((c) => ({ rank: c.rank, majorName: c.majorName })),
  });
  expect(held(XZ, 'major-xz-001')).toBe(1);
  // the admitted major kept, in another order: the revision goes through and the admission stands
  await expectOk(choiceRevise, { ...form, requestId: 'reorder-majors', formId, choices: [xz003, xinfu, xz001] }, family);
  expect(leadAt(formId, XZ).status).toBe('admitted');
  expect(held(XZ, 'major-xz-001')).toBe(1);
  // the whole school dropped: the lead is withdrawn and the place given back
  await expectOk(choiceRevise, { ...form, requestId: 'drop-school', formId, choices: [xinfu] }, family);
  expect(leadAt(formId, XZ).status).toBe('withdrawn');
  expect(held(XZ, 'major-xz-001')).toBe(0);
});

test('R25, R16: outside the admission window, a tuition line in the notice, a major not in the plan or not chosen are refused with the reason', async () => {
  const { formId } = await file(1);
  const xz = leadAt(formId, XZ);
  const body = { majorId: 'major-xz-001', leadIds: [xz._id], notice: aNotice };
  const april = await invoke(admissionAdmit, body, XZ_ADMIN);
  expect(!april.ok && april.error).toMatchObject({ code: 'WINDOW_CLOSED', message: '现在不在录取时间内。本年度录取时间为 2027-06-01 至 2027-10-31。' });
  const tuition = await inWindow(() => invoke(admissionAdmit, { ...body, notice: { ...aNotice, bring: '报到时缴纳学费 3000 元' } }, XZ_ADMIN));
  expect(!tuition.ok && tuition.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'notice.bring': expect.stringContaining('不能要求缴纳学费') } });
  const unplanned = await inWindow(() => invoke(admissionAdmit, { ...body, majorId: 'major-xf-001' }, XZ_ADMIN));
  expect(!unplanned.ok && unplanned.error).toMatchObject({ code: 'INVALID_INPUT', fields: { majorId: expect.any(String) } });
  const desk = await inWindow(() => expectOk(admissionList, {}, XZ_ADMIN));
  // the desk carries the season's exemption, so the page names a tuition line before the confirmation asks
  expect(desk.tuitionExempt).toBe(true);
  const notChosen = desk.majors.find((m) => m.majorId !== 'major-xz-001' && m.majorId !== 'major-xz-003');
  if (!notChosen) throw new Error('the demo plan has a third major');
  const wrong = await inWindow(() => invoke(admissionAdmit, { ...body, majorId: notChosen.majorId }, XZ_ADMIN));
  expect(!wrong.ok && wrong.error).toMatchObject({ code: 'INVALID_INPUT', fields: { leadIds: expect.stringContaining('没有填报') } });
  expect(lead(xz._id).status).toBe('new');
});

test('R25: hostile input — another school’s lead, a recruiter, a family, 21 students, garbage — is refused and admits nobody', async () => {
  const { formId, family } = await file(1);
  const xz = leadAt(formId, XZ);
  const xinfu = leadAt(formId, XINFU);
  const body = { majorId: 'major-xz-001', leadIds: [xz._id], notice: aNotice };
  const cases: Array<[unknown, string, string]> = [
    [{ ...body, leadIds: [xinfu._id] }, XZ_ADMIN, 'NOT_FOUND'],
    [body, openidOf('recruiter'), 'FORBIDDEN'],
    [body, family, 'FORBIDDEN'],
    [{ ...body, leadIds: Array.from({ length: 21 }, (_v, i) => `lead-${i}`) }, XZ_ADMIN, 'INVALID_INPUT'],
    [{ ...body, leadIds: [] }, XZ_ADMIN, 'INVALID_INPUT'],
    [{ ...body, notice: { ...aNotice, reportOn: '2027-02-30' } }, XZ_ADMIN, 'INVALID_INPUT'],
    [{ ...body, majorId: { $ne: '' } }, XZ_ADMIN, 'INVALID_INPUT'],
    [{ ...body, leadIds: ['x'.repeat(65)] }, XZ_ADMIN, 'INVALID_INPUT'],
  ];
  for (const [event, openid, code] of cases) {
    const answer = await inWindow(() => invoke(admissionAdmit, event, openid));
    expect({ event: JSON.stringify(event).slice(0, 60), code: !answer.ok && answer.error.code }).toEqual({ event: JSON.stringify(event).slice(0, 60), code });
  }
  expect(lead(xz._id).status).toBe('new');
  expect(held(XZ, 'major-xz-001')).toBe(0);
  // a family choosing on someone else's form learns nothing
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  const stranger = await inWindow(() => invoke(admissionChoose, { formId, schoolId: XZ }, 'someone-else'));
  expect(!stranger.ok && stranger.error.code).toBe('NOT_FOUND');
});

test('R24: 离校 is recorded with the day the student left — given or today — never after today nor before 报到, and only for 离校', async () => {
  const { formId } = await file(1);
  const xz = leadAt(formId, XZ);
  expect((await admit(backend.emulator, xz)).ok).toBe(true);
  await atClock('2027-09-01T09:00:00+08:00', () => expectOk(leadProgress, { id: xz._id, status: 'enrolled' }, XZ_ADMIN));
  const leave = (on: string) => atClock('2027-09-20T10:00:00+08:00', () => invoke(leadProgress, { id: xz._id, status: 'left', note: '转学', on }, XZ_ADMIN));
  expect(await leave('2027-09-21')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { on: '离校日期不能晚于今天' } } });
  expect(await leave('2027-08-31')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { on: '离校日期不能早于报到日期（2027-09-01）' } } });
  expect(await leave('2027-02-30')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(lead(xz._id).status).toBe('enrolled');
  expect(
    await atClock('2027-09-20T10:00:00+08:00', () => invoke(leadProgress, { id: xz._id, status: 'lost', note: '未就读', on: '2027-09-10' }, XZ_ADMIN)),
  ).toMatchObject({ ok: false, error: { fields: { on: '只有记录离校时才填写日期' } } });
  expect(await leave('2027-09-15')).toMatchObject({ ok: true });
  expect(lead(xz._id).left).toMatchObject({ on: '2027-09-15', reason: '转学' });
});
