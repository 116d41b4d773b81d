import { main as permitVerify } from '../../../cloudfunctions/public/permitVerify';
import { main as visitApply } from '../../../cloudfunctions/school/visitApply';
import { main as visitCancel } from '../../../cloudfunctions/staff/visitCancel';
import { main as visitDecide } from '../../../cloudfunctions/bureau/visitDecide';
import { main as visitList } from '../../../cloudfunctions/staff/visitList';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { PERMIT_CODE_LENGTH, shownPermitCode } from '../../../shared/records/visit';
import { groupedCode, isCodeOfLength } from '../../../shared/readable-code';

/** R10: a school visits a junior high only with the bureau's written permit, in its window, at most two hours, never overlapping. */
const backend = freshBackendPerTest('2027-04-18T10:00:00+08:00');
const cityAdmin = openidOf('schoolAdmin'); // 忻州市职业技术学校, a city school
const xinfuAdmin = 'openid-admin-xinfu'; // 忻府区职业中学, a district school of 忻府区
const xinfuReviewer = 'seed-openid-reviewer-xinfu';
const bureau = openidOf('bureauAdmin');

beforeEach(() => {
  backend.emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-admin-xinfu',
      insert: true,
      doc: { _id: 'staff-admin-xinfu', openid: xinfuAdmin, name: '孟主任', role: 'schoolAdmin', schoolId: 'school-xinfu-vocational', status: 'active' },
    },
    {
      collection: 'staff',
      id: 'staff-reviewer-yp',
      insert: true,
      doc: {
        _id: 'staff-reviewer-yp',
        openid: 'openid-reviewer-yp',
        name: '原平审核员',
        role: 'reviewer',
        level: 'district',
        district: '原平市',
        status: 'active',
      },
    },
  ]);
});

const application = (over: object = {}) => ({
  juniorSchoolId: 'junior-xz-2',
  day: '2027-04-28',
  start: '14:00',
  minutes: 120,
  visitors: '招生办王老师、李老师',
  ...over,
});

async function approved(openid: string, over: object = {}, permitNumber = `忻府教招准〔2027〕${Math.floor(Math.random() * 1e6)}号`) {
  const visit = await expectOk(visitApply, application(over), openid);
  return expectOk(visitDecide, { id: visit.id, decision: 'approve', permitNumber }, xinfuReviewer);
}

test('R10: each school applies inside its own window — the district’s own schools one week, other schools the next — and the refusal names the window', async () => {
  expect(await invoke(visitApply, application({ day: '2027-04-22' }), cityAdmin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { day: expect.stringContaining('2027-04-27 至 2027-04-30') } },
  });
  expect((await invoke(visitApply, application({ day: '2027-04-28' }), cityAdmin)).ok).toBe(true);
  expect((await invoke(visitApply, application({ day: '2027-04-22' }), xinfuAdmin)).ok).toBe(true);
  expect(await invoke(visitApply, application({ day: '2027-04-28' }), xinfuAdmin)).toMatchObject({
    ok: false,
    error: { fields: { day: expect.stringContaining('2027-04-20 至 2027-04-26') } },
  });
  // at a junior high of another district, a district school is one of the "other" schools
  expect((await invoke(visitApply, application({ juniorSchoolId: 'junior-yp-1', day: '2027-04-28' }), xinfuAdmin)).ok).toBe(true);
});

test('R10: a school admin’s list carries what its application is checked against, so the form names the window before a refusal (issue 25); others get none', async () => {
  const { applying } = await expectOk(visitList, {}, xinfuAdmin);
  expect(applying).toEqual({
    school: { kind: 'district', district: '忻府区' },
    campusVisits: { districtSchools: { start: '2027-04-20', end: '2027-04-26' }, otherSchools: { start: '2027-04-27', end: '2027-04-30' } },
  });
  expect((await expectOk(visitList, {}, cityAdmin)).applying?.school.kind).toBe('city');
  expect((await expectOk(visitList, { page: 2 }, xinfuAdmin)).applying).toBeNull();
  expect((await expectOk(visitList, {}, xinfuReviewer)).applying).toBeNull();
  expect((await expectOk(visitList, {}, openidOf('juniorStaff'))).applying).toBeNull();
});

test('R10: two hours at most; exactly two hours is allowed', async () => {
  expect(await invoke(visitApply, application({ minutes: 121 }), cityAdmin)).toMatchObject({
    ok: false,
    error: { fields: { minutes: '每次进校宣传不超过 2 小时' } },
  });
  expect(await expectOk(visitApply, application({ minutes: 120 }), cityAdmin)).toMatchObject({ start: '14:00', end: '16:00', status: 'applied' });
});

test('R10: a visit overlapping an approved one at the same junior high is refused when applied for and when approved; touching ends do not overlap', async () => {
  await approved(cityAdmin, { start: '14:00', minutes: 120 });
  expect(await invoke(visitApply, application({ start: '15:00', minutes: 60 }), openidOf('schoolAdmin'))).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('14:00–16:00 已批准忻州市职业技术学校') },
  });
  expect((await invoke(visitApply, application({ start: '16:00', minutes: 60 }), cityAdmin)).ok).toBe(true);
  // two applications made before either was approved: the second approval is refused
  const a = await expectOk(visitApply, application({ day: '2027-04-29', start: '09:00', minutes: 90 }), cityAdmin);
  const b = await expectOk(visitApply, application({ day: '2027-04-29', start: '10:00', minutes: 60 }), cityAdmin);
  await expectOk(visitDecide, { id: a.id, decision: 'approve', permitNumber: '忻府教招准〔2027〕101号' }, xinfuReviewer);
  expect(await invoke(visitDecide, { id: b.id, decision: 'approve', permitNumber: '忻府教招准〔2027〕102号' }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

test('R10: two overlapping approvals at the same moment — one permit is issued, the other refused', async () => {
  const a = await expectOk(visitApply, application({ day: '2027-04-30', start: '09:00' }), cityAdmin);
  const b = await expectOk(visitApply, application({ day: '2027-04-30', start: '10:00' }), cityAdmin);
  const results = await Promise.all([
    invoke(visitDecide, { id: a.id, decision: 'approve', permitNumber: '忻府教招准〔2027〕201号' }, xinfuReviewer),
    invoke(visitDecide, { id: b.id, decision: 'approve', permitNumber: '忻府教招准〔2027〕202号' }, bureau),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(backend.emulator.store.find('visits', { status: 'approved' })).toHaveLength(1);
  expect(backend.emulator.store.getById('visitDays', 'junior-xz-2:2027-04-30')?.doc.approved).toHaveLength(1);
});

test('R10: the permit page says whether a permit is real and for today; another day’s, a revoked one and a made-up code are not valid', async () => {
  const visit = await approved(cityAdmin, { day: '2027-04-28' }, '忻府教招准〔2027〕008号');
  const code = visit.permitCode ?? '';
  const verify = () => expectOk(permitVerify, { code }, 'anyone-at-the-gate');
  expect(await verify()).toMatchObject({
    found: true,
    validToday: false,
    verdict: expect.stringContaining('不是今天'),
    permit: { permitNumber: '忻府教招准〔2027〕008号', issuedBy: '忻府区教育局', schoolName: '忻州市职业技术学校', juniorSchoolName: '忻州市第二中学初中部' },
  });
  process.env.LOCAL_EMULATOR_NOW = '2027-04-28T13:50:00+08:00';
  expect(await verify()).toMatchObject({ found: true, validToday: true, verdict: '准入证有效：今天 14:00–16:00。' });
  await expectOk(visitCancel, { id: visit.id, reason: '发现宣传内容与备案简章不符。' }, xinfuReviewer);
  expect(await verify()).toMatchObject({ found: true, validToday: false, verdict: expect.stringContaining('已撤销') });
  expect(await expectOk(permitVerify, { code: 'made-up-code' }, 'anyone-at-the-gate')).toMatchObject({ found: false, validToday: false, permit: null });
});

test('R10: a permit’s 核验码 is twelve characters without look-alikes, found however a clerk types it; an older permit’s code still verifies as it was issued', async () => {
  const visit = await approved(cityAdmin, { day: '2027-04-28' }, '忻府教招准〔2027〕009号');
  const code = visit.permitCode ?? '';
  expect(isCodeOfLength(code, PERMIT_CODE_LENGTH)).toBe(true);
  const verify = (typed: string) => expectOk(permitVerify, { code: typed }, 'anyone-at-the-gate');
  for (const typed of [code, code.toLowerCase(), groupedCode(code), ` ${groupedCode(code).toLowerCase()} `])
    expect(await verify(typed)).toMatchObject({ found: true, permit: { permitNumber: '忻府教招准〔2027〕009号' } });
  expect(await verify(code.slice(0, -1))).toMatchObject({ found: false });
  const stored = backend.emulator.store.getById('visits', visit.id)?.doc;
  backend.emulator.store.write([{ collection: 'visits', id: visit.id, doc: { ...stored, permitCode: 'yBxCzrv6ht1lojXT' } }]);
  expect(await verify('yBxCzrv6ht1lojXT')).toMatchObject({ found: true });
  expect(await verify('YBXCZRV6HT1LOJXT')).toMatchObject({ found: false });
  // an older code whose letters, case and dashes aside, read as a readable one: still found as it was issued
  backend.emulator.store.write([{ collection: 'visits', id: visit.id, doc: { ...stored, permitCode: 'ab-cd_ef-gh_jkmn' } }]);
  expect(await verify('ab-cd_ef-gh_jkmn')).toMatchObject({ found: true });
  expect(shownPermitCode('ab-cd_ef-gh_jkmn')).toBe('ab-cd_ef-gh_jkmn');
  expect(shownPermitCode(code)).toBe(groupedCode(code));
});

test('R10: changes are history; a cancelled visit frees its time for another school; settled visits do not move', async () => {
  const visit = await approved(cityAdmin, { day: '2027-04-28' });
  const cancelled = await expectOk(visitCancel, { id: visit.id, reason: '考试安排调整。' }, cityAdmin);
  expect(cancelled.history.map((h) => [h.status, h.actorName])).toEqual([
    ['applied', '赵主任'],
    ['approved', '陈老师'],
    ['cancelled', '赵主任'],
  ]);
  expect((await invoke(visitApply, application({ day: '2027-04-28' }), cityAdmin)).ok).toBe(true);
  expect(await invoke(visitCancel, { id: visit.id, reason: '再次取消。' }, cityAdmin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(await invoke(visitDecide, { id: visit.id, decision: 'approve', permitNumber: '忻府教招准〔2027〕999号' }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

test('R10: the junior high sees its schedule of approved visits, not applications; another district’s reviewer cannot decide; another school cannot cancel', async () => {
  const visit = await approved(cityAdmin, { day: '2027-04-28' });
  const pending = await expectOk(visitApply, application({ day: '2027-04-29' }), cityAdmin);
  const schedule = await expectOk(visitList, {}, openidOf('juniorStaff'));
  expect(schedule.items.map((v) => v.id)).toEqual([visit.id]);
  expect(schedule.items[0]?.permitCode).toBeNull();
  expect(await invoke(visitDecide, { id: pending.id, decision: 'decline', reason: '当日学校有考试。' }, 'openid-reviewer-yp')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await invoke(visitCancel, { id: visit.id, reason: '不是我们的。' }, xinfuAdmin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  const declined = await expectOk(visitDecide, { id: pending.id, decision: 'decline', reason: '当日学校有考试。' }, xinfuReviewer);
  expect(declined).toMatchObject({ status: 'declined', reason: '当日学校有考试。' });
  for (const persona of ['student', 'recruiter', 'juniorStaff'])
    expect(await invoke(visitApply, application(), openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R10: the school’s own recruiters — the people who go — see its visits with the permit to show at the gate; the junior high checks it by scanning and is not given the code; no other school sees either', async () => {
  const visit = await approved(cityAdmin, { day: '2027-04-28' });
  const code = backend.emulator.store.getById('visits', visit.id)?.doc.permitCode;
  expect(code).toEqual(expect.any(String));
  const seen = async (openid: string) => (await expectOk(visitList, {}, openid)).items.find((v) => v.id === visit.id)?.permitCode;
  expect(await seen(openidOf('recruiter'))).toBe(code);
  expect(await seen(cityAdmin)).toBe(code);
  expect(await seen(bureau)).toBe(code);
  expect(await seen(openidOf('juniorStaff'))).toBeNull();
  expect(await seen(xinfuAdmin)).toBeUndefined();
});

test.each([
  ['a time that is not one', { start: '25:00' }, 'start'],
  ['a visit that ends after 19:00', { start: '18:30', minutes: 60 }, 'start'],
  ['a zero-minute visit', { minutes: 0 }, 'minutes'],
  ['a day that does not exist', { day: '2027-04-31' }, 'day'],
  ['a junior high not in the registry', { juniorSchoolId: 'junior-made-up' }, 'juniorSchoolId'],
])('hostile input to visitApply — %s — is refused with a field error and nothing is kept', async (_name, over, field) => {
  expect(await invoke(visitApply, application(over), cityAdmin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } },
  });
  expect(backend.emulator.store.count('visits', {})).toBe(0);
});

test('R10: a day gone by can be neither applied for nor approved', async () => {
  const visit = await expectOk(visitApply, application({ day: '2027-04-28' }), cityAdmin);
  process.env.LOCAL_EMULATOR_NOW = '2027-04-29T10:00:00+08:00';
  expect(await invoke(visitApply, application({ day: '2027-04-28', start: '09:00' }), cityAdmin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { day: expect.stringContaining('已经过去') } },
  });
  expect(await invoke(visitDecide, { id: visit.id, decision: 'approve', permitNumber: '忻府教招准〔2027〕301号' }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('已经过去') },
  });
  expect((await invoke(visitApply, application({ day: '2027-04-29', start: '14:00' }), cityAdmin)).ok).toBe(true);
});
