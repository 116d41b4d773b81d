import { main as reportHandle } from '../../../cloudfunctions/bureau/reportHandle';
import { main as reportMine } from '../../../cloudfunctions/family/reportMine';
import { main as reportQueue } from '../../../cloudfunctions/bureau/reportQueue';
import { main as reports } from '../../../cloudfunctions/family/reports';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/** R19: violation reports the bureau reads and handles, the reporter follows, and no school sees. */
const backend = freshBackendPerTest();
const parent = openidOf('guardian');
const bureau = openidOf('bureauAdmin');
const cityReviewer = openidOf('reviewer');
const xinfuReviewer = 'seed-openid-reviewer-xinfu';

const aReport = (over: object = {}) => ({
  category: 'intermediary',
  description: '有人自称学校老师，收取 2000 元“报名费”保证录取。',
  schoolId: 'school-xz-vocational',
  happenedOn: '2027-04-12',
  contactPhone: '13900001111',
  anonymousToSchool: true,
  ...over,
});

test('R19: a parent reports an intermediary; the bureau assigns, investigates and resolves it; the parent reads the reply; each step keeps who and when', async () => {
  const { reportId } = await expectOk(reports, aReport(), parent);
  expect(await expectOk(reportMine, {}, parent)).toEqual({
    items: [
      expect.objectContaining({
        id: reportId,
        categoryLabel: '中介招生或有偿介绍生源',
        concerning: '忻州市职业技术学校',
        status: 'received',
        statusLabel: '已收到，等待处理',
        reply: null,
      }),
    ],
  });
  const queue = await expectOk(reportQueue, { status: 'received' }, bureau);
  expect(queue.items).toEqual([
    expect.objectContaining({
      id: reportId,
      reporter: { openid: parent, contactPhone: '13900001111', anonymousToSchool: true },
      actions: ['start', 'dismiss'],
    }),
  ]);
  expect(queue.assignees.map((a) => a.name)).toEqual(expect.arrayContaining(['吴主任', '刘科长']));
  await expectOk(reportHandle, { id: reportId, action: 'assign', assigneeStaffId: 'staff-reviewer-city' }, bureau);
  await expectOk(reportHandle, { id: reportId, action: 'start' }, cityReviewer);
  await expectOk(
    reportHandle,
    { id: reportId, action: 'resolve', findings: '经查属实，已责令该校清退费用并通报批评。', reply: '您反映的情况经查属实，已责令退还费用，感谢您的监督。' },
    cityReviewer,
  );
  expect((await expectOk(reportMine, {}, parent)).items[0]).toMatchObject({
    status: 'resolved',
    statusLabel: '已处理',
    reply: '您反映的情况经查属实，已责令退还费用，感谢您的监督。',
  });
  const handled = (await expectOk(reportQueue, {}, bureau)).items[0];
  expect(handled).toMatchObject({ assigneeName: '刘科长', findings: '经查属实，已责令该校清退费用并通报批评。', actions: [] });
  expect(handled?.history.map((h) => [h.actorName, h.event, h.status])).toEqual([
    ['举报人', 'received', 'received'],
    ['吴主任', 'assigned', 'received'],
    ['刘科长', 'step', 'investigating'],
    ['刘科长', 'step', 'resolved'],
  ]);
  // the reporter's own view never carries the findings or anyone's identity
  expect(JSON.stringify(await expectOk(reportMine, {}, parent))).not.toMatch(/清退|刘科长|13900001111/);
});

test('R19: the steps follow the table — nothing skips investigating, nothing moves a settled report, and of two clerks at once one wins', async () => {
  const { reportId } = await expectOk(reports, aReport(), parent);
  const resolve = { id: reportId, action: 'resolve', findings: '查无实据。', reply: '经调查未发现问题。' };
  expect(await invoke(reportHandle, resolve, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '这份举报当前为“已收到，等待处理”，不能这样处理。' },
  });
  await expectOk(reportHandle, { id: reportId, action: 'start' }, bureau);
  expect(await invoke(reportHandle, { id: reportId, action: 'start' }, bureau)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const dismiss = { id: reportId, action: 'dismiss', reason: '反映的情况不属于招生违规。', reply: '您反映的情况不属于招生工作范围。' };
  const results = await Promise.all([invoke(reportHandle, resolve, bureau), invoke(reportHandle, dismiss, cityReviewer)]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const stored = backend.emulator.store.getById('reports', reportId)?.doc as { status: string; history: unknown[] };
  expect(['resolved', 'dismissed']).toContain(stored.status);
  expect(stored.history).toHaveLength(3);
  for (const action of [resolve, dismiss, { id: reportId, action: 'assign', assigneeStaffId: 'staff-bureau-admin' }])
    expect(await invoke(reportHandle, action, bureau)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('R19: a burst of 100 reports from one identity is refused after five, with a message (the refused ones count too); others are unaffected; the next day it may report again', async () => {
  const results = await Promise.all(
    Array.from({ length: 100 }, (_v, i) => invoke(reports, aReport({ description: `第 ${i} 次：有人在校门口发放未备案的招生传单。` }), parent)),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(5);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('过于频繁') } });
  expect(backend.emulator.store.count('reports', {})).toBe(5);
  expect((await invoke(reports, aReport(), openidOf('student'))).ok).toBe(true);
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T11:10:00+08:00';
  expect((await invoke(reports, aReport(), parent)).ok).toBe(false);
  process.env.LOCAL_EMULATOR_NOW = '2027-04-16T09:00:00+08:00';
  expect((await invoke(reports, aReport(), parent)).ok).toBe(true);
});

test('R19: at most five an hour and twenty a day per identity, on Shanghai’s clock', async () => {
  let accepted = 0;
  for (const hour of ['08', '09', '10', '11', '12']) {
    process.env.LOCAL_EMULATOR_NOW = `2027-04-15T${hour}:10:00+08:00`;
    for (let i = 0; i < 5; i++) if ((await invoke(reports, aReport(), parent)).ok) accepted += 1;
  }
  // five in each of the first hours, until twenty in the day
  expect(accepted).toBe(20);
  // a new day begins at midnight in Shanghai (16:00 UTC)
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T23:59:00+08:00';
  expect((await invoke(reports, aReport(), parent)).ok).toBe(false);
  process.env.LOCAL_EMULATOR_NOW = '2027-04-16T00:00:30+08:00';
  expect((await invoke(reports, aReport(), parent)).ok).toBe(true);
});

test('R19: reporters’ identities are the bureau’s only — schools and junior highs cannot read the queue, and each reporter reads only their own', async () => {
  await expectOk(reports, aReport(), parent);
  for (const persona of ['schoolAdmin', 'recruiter', 'juniorStaff', 'student']) {
    expect(await invoke(reportQueue, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await expectOk(reportMine, {}, openidOf(persona))).items).toEqual([]);
  }
});

test('R19: a district reviewer handles the reports about their district’s schools and junior highs only', async () => {
  const xinfu = await expectOk(reports, aReport({ schoolId: 'school-xinfu-vocational' }), parent);
  const yuanping = await expectOk(reports, aReport({ schoolId: undefined, juniorSchoolId: 'junior-yp-1' }), openidOf('student'));
  const seen = (await expectOk(reportQueue, {}, xinfuReviewer)).items.map((i) => i.id);
  expect(seen).toEqual([xinfu.reportId]);
  expect(await invoke(reportHandle, { id: yuanping.reportId, action: 'start' }, xinfuReviewer)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect((await expectOk(reportQueue, {}, bureau)).total).toBe(2);
});

test.each([
  ['a school not in the registry', { schoolId: 'school-made-up' }, 'schoolId'],
  ['a day that does not exist', { happenedOn: '2027-02-30' }, 'happenedOn'],
  ['a control character', { description: '有人收费\u0000保证录取，请调查处理。' }, 'description'],
  ['5,000 characters', { description: '违'.repeat(5000) }, 'description'],
  ['an unknown category', { category: 'gossip' }, 'category'],
])('hostile input to reports — %s — is refused with a field error and nothing is kept', async (_name, over, field) => {
  expect(await invoke(reports, aReport(over), parent)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } } });
  expect(backend.emulator.store.count('reports', {})).toBe(0);
});

test('R19: a report may only be assigned to active bureau staff', async () => {
  const { reportId } = await expectOk(reports, aReport(), parent);
  expect(await invoke(reportHandle, { id: reportId, action: 'assign', assigneeStaffId: 'staff-admin-zhao' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { assigneeStaffId: expect.any(String) } },
  });
});

test('R19: the receipt is short enough to read out — JB, the day received, four characters — and is found later: in 我的举报, on the bureau’s card, and by the bureau however it is typed', async () => {
  const first = await expectOk(reports, aReport(), parent);
  const second = await expectOk(reports, aReport({ description: '另一位自称招生老师的人上门收取“定位费” 500 元。' }), parent);
  const day = new Date(first.receivedAt).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(2).replace(/-/g, '');
  for (const r of [first, second]) {
    expect(r.receipt).toMatch(new RegExp(`^JB${day}-[A-HJ-NP-Z2-9]{4}$`));
    expect(r.reportId).toBe(`report-${r.receipt}`);
  }
  expect(first.receipt).not.toBe(second.receipt);
  expect((await expectOk(reportMine, {}, parent)).items.map((i) => i.receipt).sort()).toEqual([first.receipt, second.receipt].sort());
  // read out over the phone and typed in lower case, without the dash, with spaces
  const typed = ` ${first.receipt.toLowerCase().replace('-', ' ')} `;
  const found = await expectOk(reportQueue, { receipt: typed }, bureau);
  expect(found).toMatchObject({ total: 1, items: [{ id: first.reportId, receipt: first.receipt }] });
  expect(await expectOk(reportQueue, { receipt: `JB${day}-2222` === first.receipt ? `JB${day}-3333` : `JB${day}-2222` }, bureau)).toMatchObject({
    total: 0,
    items: [],
  });
  expect((await expectOk(reportQueue, {}, bureau)).items.map((i) => i.receipt).sort()).toEqual([first.receipt, second.receipt].sort());
});
