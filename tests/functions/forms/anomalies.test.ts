import { main as anomalyList } from '../../../cloudfunctions/bureau/anomalyList';
import { main as anomalyReview } from '../../../cloudfunctions/bureau/anomalyReview';
import { main as anomalyScan } from '../../../cloudfunctions/timers/anomalyScan';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R6: the scan flags patterns for the bureau — with data that triggers each rule, and data that does not. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const scan = () => expectOk(anomalyScan, {}, '');
const flags = async (status: 'open' | 'reviewed' = 'open') => (await expectOk(anomalyList, { status }, bureau)).items;

async function submit(openid: string, sequence: number, at: string, over: { juniorSchoolId?: string; phone?: string; guardianPhone?: string } = {}) {
  process.env.LOCAL_EMULATOR_NOW = at;
  const base = aForm();
  const form = aForm({
    student: {
      ...base.student,
      name: `学生${sequence}`,
      idNumber: idNumber('20110315', sequence),
      juniorSchoolId: over.juniorSchoolId ?? 'junior-xz-2',
      phone: over.phone ?? `1380000${String(sequence).padStart(4, '0')}`,
    },
    guardian: { name: '家长', relation: 'mother', phone: over.guardianPhone ?? `1390000${String(sequence).padStart(4, '0')}` },
  });
  return (await expectOk(choiceSubmit, form, openid)).formId;
}

test('R6: one WeChat identity filing for two students is flagged with both forms; one identity filing for one student is not', async () => {
  const a = await submit('openid-teacher', 101, '2027-04-15T10:00:00+08:00');
  const b = await submit('openid-teacher', 103, '2027-04-15T10:05:00+08:00');
  await submit('openid-family-1', 105, '2027-04-15T10:06:00+08:00');
  expect(await scan()).toEqual({ found: 1, opened: 1 });
  expect(await flags()).toEqual([
    expect.objectContaining({
      rule: 'one-identity-many-students',
      ruleLabel: '同一微信为多名学生提交志愿',
      subject: '同一微信为 2 名学生提交了志愿表',
      evidence: [expect.objectContaining({ formId: a }), expect.objectContaining({ formId: b })],
    }),
  ]);
});

test('R6: five forms for one junior high within ten minutes from two identities are flagged; five from five families, or the same two spread over hours, are not', async () => {
  const bursts = async () => (await flags()).filter((f) => f.rule === 'burst-at-junior');
  for (let i = 0; i < 5; i++) await submit(`openid-family-${i}`, 101 + 2 * i, `2027-04-15T10:0${i}:00+08:00`);
  for (let i = 0; i < 5; i++) await submit(`openid-slow-${i % 2}`, 201 + 2 * i, `2027-04-15T1${i}:30:00+08:00`, { juniorSchoolId: 'junior-xz-6' });
  await scan();
  expect(await bursts()).toEqual([]);
  for (let i = 0; i < 5; i++) await submit(`openid-burst-${i % 2}`, 301 + 2 * i, `2027-04-16T09:0${2 * i}:00+08:00`, { juniorSchoolId: 'junior-xf-hp' });
  await scan();
  const [burst, ...more] = await bursts();
  expect(more).toEqual([]);
  expect(burst).toMatchObject({ subject: '忻府区和平街学校：10 分钟内 5 份志愿表，只来自 2 个微信' });
  expect(burst?.evidence).toHaveLength(5);
});

test('R6: a form carrying a school’s own phone, or a staff member’s recorded phone, is flagged; other phones are not', async () => {
  backend.emulator.store.write([
    { collection: 'staff', id: 'staff-recruiter-wang', doc: { ...backend.emulator.store.getById('staff', 'staff-recruiter-wang')?.doc, phone: '13512345678' } },
  ]);
  // a school that gives a mobile number as its phone
  const school = '13698765432';
  backend.emulator.store.write([
    {
      collection: 'schools',
      id: 'school-xinfu-vocational',
      doc: { ...backend.emulator.store.getById('schools', 'school-xinfu-vocational')?.doc, phone: school },
    },
  ]);
  const a = await submit('openid-a', 101, '2027-04-15T10:00:00+08:00', { guardianPhone: school });
  const b = await submit('openid-b', 103, '2027-04-15T11:00:00+08:00', { phone: '13512345678' });
  await submit('openid-c', 105, '2027-04-15T12:00:00+08:00');
  await scan();
  const found = (await flags()).filter((f) => f.rule === 'phone-of-staff-or-school');
  expect(found.map((f) => f.evidence[0]?.formId).sort()).toEqual([a, b].sort());
  expect(found.map((f) => f.subject).join(' ')).toMatch(/忻府区职业中学.*王老师|王老师.*忻府区职业中学/);
});

test('R6: the scan is idempotent — a rescan, or two at once, keeps one flag; a reviewed flag opens again only when a new form joins it', async () => {
  await submit('openid-teacher', 101, '2027-04-15T10:00:00+08:00');
  await submit('openid-teacher', 103, '2027-04-15T10:05:00+08:00');
  await Promise.all([scan(), scan()]);
  await scan();
  expect(backend.emulator.store.count('anomalyFlags', {})).toBe(1);
  const [flag] = await flags();
  await expectOk(anomalyReview, { id: flag?.id, note: '系双胞胎，由母亲代为提交，已电话核实。' }, bureau);
  expect(await scan()).toMatchObject({ opened: 0 });
  expect(await flags()).toEqual([]);
  expect((await flags('reviewed'))[0]).toMatchObject({ review: { staffName: '吴主任', note: '系双胞胎，由母亲代为提交，已电话核实。' } });
  await submit('openid-teacher', 105, '2027-04-15T10:09:00+08:00');
  expect(await scan()).toMatchObject({ opened: 1 });
  expect((await flags())[0]?.evidence).toHaveLength(3);
});

test('R6: only the bureau reads and reviews flags; only a timer runs the scan', async () => {
  for (const persona of ['student', 'schoolAdmin', 'recruiter', 'juniorStaff'])
    expect(await invoke(anomalyList, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(anomalyScan, {}, bureau)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(anomalyReview, { id: 'flag-none', note: '核查。' }, bureau)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

test('R6: a district reviewer sees and reviews only the flags whose forms come from its junior highs', async () => {
  await submit('openid-yp', 101, '2027-04-15T10:00:00+08:00', { juniorSchoolId: 'junior-yp-1' });
  await submit('openid-yp', 103, '2027-04-15T10:05:00+08:00', { juniorSchoolId: 'junior-yp-1' });
  await scan();
  const [flag] = await flags();
  expect(flag).toBeDefined();
  const xinfuReviewer = 'seed-openid-reviewer-xinfu';
  expect((await expectOk(anomalyList, {}, xinfuReviewer)).items).toEqual([]);
  expect(await invoke(anomalyReview, { id: flag?.id, note: '已核实无问题。' }, xinfuReviewer)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect((await expectOk(anomalyList, {}, openidOf('reviewer'))).items).toHaveLength(1);
});
