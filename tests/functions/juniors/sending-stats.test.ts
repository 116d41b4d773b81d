import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as sendingStatsGet } from '../../../cloudfunctions/school/sendingStatsGet';
import { main as sendingStatsList } from '../../../cloudfunctions/staff/sendingStatsList';
import { main as sendingStatsRemind } from '../../../cloudfunctions/timers/sendingStatsRemind';
import { main as sendingStatsSubmit } from '../../../cloudfunctions/school/sendingStatsSubmit';
import type { Lead } from '../../../shared/records/lead';
import { admit } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R13: vocational schools send their statistics back to each junior high by early October. */
const backend = freshBackendPerTest('2027-09-20T10:00:00+08:00');
const admin = openidOf('schoolAdmin'); // 忻州市职业技术学校
const XZ = 'school-xz-vocational';

async function formsFrom(juniors: string[]) {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:00:00+08:00';
  const ids: string[] = [];
  for (const [i, juniorSchoolId] of juniors.entries()) {
    const form = aForm({ student: { ...aForm().student, name: `学生${i}`, idNumber: idNumber('20110315', 101 + 2 * i), juniorSchoolId } });
    ids.push((await expectOk(choiceSubmit, form, `family-${i}`)).formId);
  }
  process.env.LOCAL_EMULATOR_NOW = '2027-09-20T10:00:00+08:00';
  return ids;
}

const leadAt = (formId: string | undefined) => (backend.emulator.store.find('leads', { formId, schoolId: XZ }) as unknown as Lead[])[0]?._id;
/** The school's admin admits the lead in the admission window (R25). */
const admitLead = async (id: string | undefined) =>
  expect((await admit(backend.emulator, backend.emulator.store.getById('leads', id ?? '')?.doc as unknown as Lead)).ok).toBe(true);
/** As a timer runs it: no caller. */
const remind = () => expectOk(sendingStatsRemind, {}, '');

test('R13: a school submits its figures per junior high; the copy is frozen; each junior high reads its own line, the bureau who has submitted', async () => {
  const [a, , c] = await formsFrom(['junior-xz-2', 'junior-xz-2', 'junior-xz-6']);
  await admitLead(leadAt(a));
  await expectOk(leadProgress, { id: leadAt(a), status: 'enrolled' }, admin);
  await admitLead(leadAt(c));
  const live = await expectOk(sendingStatsGet, {}, admin);
  expect(live).toMatchObject({ due: '2027-10-10', submitted: null, maySubmit: true });
  expect(live.live).toEqual([
    { juniorSchoolId: 'junior-xz-2', juniorSchoolName: '忻州市第二中学初中部', chose: 2, admitted: 1, enrolled: 1 },
    { juniorSchoolId: 'junior-xz-6', juniorSchoolName: '忻州市第六中学', chose: 1, admitted: 1, enrolled: 0 },
  ]);
  const submitted = await expectOk(sendingStatsSubmit, {}, admin);
  expect(submitted).toMatchObject({ submittedByName: '赵主任', late: false, rows: live.live });
  // a later enrollment changes the live figures, not the submitted copy
  await expectOk(leadProgress, { id: leadAt(c), status: 'enrolled' }, admin);
  const after = await expectOk(sendingStatsGet, {}, admin);
  expect(after.live.find((r) => r.juniorSchoolId === 'junior-xz-6')?.enrolled).toBe(1);
  expect(after.submitted?.rows).toEqual(live.live);
  expect(after.maySubmit).toBe(false);
  // 二中 reads its own line only
  expect(await expectOk(sendingStatsList, {}, openidOf('juniorStaff'))).toMatchObject({
    fromSchools: [{ schoolName: '忻州市职业技术学校', chose: 2, admitted: 1, enrolled: 1 }],
    schools: [],
  });
  // the bureau: who has submitted, who has not
  const bureau = await expectOk(sendingStatsList, {}, openidOf('bureauAdmin'));
  expect(bureau.schools.find((s) => s.schoolId === XZ)).toMatchObject({ submittedAt: expect.any(String), late: false, juniors: 2 });
  expect(bureau.schools.find((s) => s.schoolId === 'school-xinfu-vocational')).toMatchObject({ submittedAt: null });
});

test('R13: before admission opens there is nothing to report back: the school cannot freeze an empty copy, and its page says from when it can', async () => {
  await formsFrom(['junior-xz-2']);
  for (const at of ['2027-04-15T10:00:00+08:00', '2027-05-31T23:59:59+08:00']) {
    process.env.LOCAL_EMULATOR_NOW = at;
    expect(await invoke(sendingStatsSubmit, {}, admin)).toMatchObject({
      ok: false,
      error: { code: 'WINDOW_CLOSED', message: expect.stringContaining('2027-06-01') },
    });
    expect(await expectOk(sendingStatsGet, {}, admin)).toMatchObject({ opensOn: '2027-06-01', maySubmit: false, submitted: null });
  }
  expect(backend.emulator.store.count('sendingReports', {})).toBe(0);
  process.env.LOCAL_EMULATOR_NOW = '2027-06-01T00:00:00+08:00';
  expect(await expectOk(sendingStatsGet, {}, admin)).toMatchObject({ maySubmit: true });
  expect(await invoke(sendingStatsSubmit, {}, admin)).toMatchObject({ ok: true });
});

test('R13: a school submits once; a second submission, two at once, or one by a recruiter changes nothing; after the due date it is marked late', async () => {
  await formsFrom(['junior-xz-2']);
  backend.emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-admin-qian',
      insert: true,
      doc: { _id: 'staff-admin-qian', openid: 'openid-admin-qian', name: '钱主任', role: 'schoolAdmin', schoolId: XZ, status: 'active' },
    },
  ]);
  expect(await invoke(sendingStatsSubmit, {}, openidOf('recruiter'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  process.env.LOCAL_EMULATOR_NOW = '2027-10-11T00:00:01+08:00';
  const results = await Promise.all([invoke(sendingStatsSubmit, {}, admin), invoke(sendingStatsSubmit, {}, 'openid-admin-qian')]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经提交') } });
  expect(results.find((r) => r.ok)).toMatchObject({ ok: true, data: { late: true } });
  expect(backend.emulator.store.count('sendingReports', {})).toBe(1);
});

test('R13: from three days before the due date, each admin of a school that has not submitted is reminded once through the outbox', async () => {
  const reminders = () => backend.emulator.store.find('outbox', { kind: 'sending-stats-due' });
  process.env.LOCAL_EMULATOR_NOW = '2027-10-06T23:59:59+08:00';
  expect(await remind()).toEqual({ reminded: 0 });
  process.env.LOCAL_EMULATOR_NOW = '2027-10-07T00:00:00+08:00';
  const [first, second] = await Promise.all([remind(), remind()]);
  // 职业技术学校's admin and 职业中学's, once each however many runs at once
  expect(first.reminded + second.reminded).toBe(2);
  expect(reminders()).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ recipientOpenid: admin, schoolId: XZ, data: expect.objectContaining({ date2: '2027年10月10日' }) }),
      expect.objectContaining({ recipientOpenid: 'seed-openid-admin-xinfu', schoolId: 'school-xinfu-vocational' }),
    ]),
  );
  expect(await remind()).toEqual({ reminded: 0 });
  expect(reminders()).toHaveLength(2);
  process.env.LOCAL_EMULATOR_NOW = '2027-10-11T00:00:00+08:00';
  backend.emulator.store.write(reminders().map((r) => ({ collection: 'outbox', id: r._id as string, doc: null })));
  expect(await remind()).toEqual({ reminded: 0 });
});

test('R13: a school that has submitted is not reminded; nobody but a timer may run the reminder', async () => {
  await expectOk(sendingStatsSubmit, {}, admin);
  process.env.LOCAL_EMULATOR_NOW = '2027-10-08T09:00:00+08:00';
  // 职业中学 has not: only its admin is reminded
  expect(await remind()).toEqual({ reminded: 1 });
  expect(backend.emulator.store.find('outbox', { kind: 'sending-stats-due' }).map((m) => m.schoolId)).toEqual(['school-xinfu-vocational']);
  await expectOk(sendingStatsSubmit, {}, 'seed-openid-admin-xinfu');
  process.env.LOCAL_EMULATOR_NOW = '2027-10-09T09:00:00+08:00';
  expect(await remind()).toEqual({ reminded: 0 });
  expect(await invoke(sendingStatsRemind, {}, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R13, R23: junior-high staff read only their own line; schools and families cannot read the list', async () => {
  await formsFrom(['junior-xz-2', 'junior-xz-6']);
  await expectOk(sendingStatsSubmit, {}, admin);
  const list = await expectOk(sendingStatsList, {}, openidOf('juniorStaff'));
  expect(list.fromSchools).toHaveLength(1);
  expect(JSON.stringify(list)).not.toContain('第六中学');
  for (const persona of ['student', 'recruiter', 'schoolAdmin'])
    expect(await invoke(sendingStatsList, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
