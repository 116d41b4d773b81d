import { main as brochureDetail } from '../../../cloudfunctions/public/brochureDetail';
import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as leadDetail } from '../../../cloudfunctions/school/leadDetail';
import { main as inboxList } from '../../../cloudfunctions/public/inboxList';
import { main as leadList } from '../../../cloudfunctions/school/leadList';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as leadReassign } from '../../../cloudfunctions/school/leadReassign';
import { main as outboxDead } from '../../../cloudfunctions/school/outboxDead';
import { main as outboxDeliver } from '../../../cloudfunctions/timers/outboxDeliver';
import { main as reviewDecide } from '../../../cloudfunctions/bureau/reviewDecide';
import { main as staffHome } from '../../../cloudfunctions/staff/staffHome';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** After submission: recruiters follow their leads, families see it, notifications get delivered. */
const backend = freshBackendPerTest();
const student = openidOf('student');
const wang = openidOf('recruiter'); // 忻州市职业技术学校, territory 忻州市第二中学
const admin = openidOf('schoolAdmin');
const zhou = 'seed-openid-recruiter-zhou'; // 忻府区职业中学

async function submitted() {
  const receipt = await expectOk(choiceSubmit, aForm(), student);
  const [lead] = (await expectOk(leadList, {}, wang)).items;
  if (!lead) throw new Error('no lead');
  return { receipt, leadId: lead.id };
}

test('a recruiter sees the new lead, reads the family’s contact, and marks it contacted; the family sees it', async () => {
  const { leadId } = await submitted();
  const detail = await expectOk(leadDetail, { id: leadId }, wang);
  expect(detail).toMatchObject({
    status: 'new',
    student: { name: '李明', phone: '13800001234', juniorSchoolName: '忻州市第二中学初中部' },
    guardian: { name: '李建国', relation: '父亲' },
  });
  expect(detail.choices.filter((c) => c.mine).map((c) => c.majorName)).toEqual(['计算机应用', '护理']);
  expect(await invoke(leadProgress, { id: leadId, status: 'contacted', note: '已电话联系家长' }, wang)).toEqual({
    ok: true,
    data: { id: leadId, status: 'contacted' },
  });
  const mine = await expectOk(choiceMine, {}, student);
  expect(mine.forms[0]?.choices.map((c) => c.leadStatus)).toEqual(['contacted', 'new', 'contacted']);
  expect(mine.forms[0]?.timeline.map((t) => t.text)).toEqual(['志愿表已提交', '忻州市职业技术学校：学校已联系']);
  // the family is told, through the outbox, in the same transaction as the step
  expect(backend.emulator.store.find('outbox', { kind: 'status-changed' })).toEqual([
    expect.objectContaining({
      recipientOpenid: student,
      status: 'pending',
      data: expect.objectContaining({ thing2: '忻州市职业技术学校', phrase3: '学校已联系' }),
    }),
  ]);
  await expectOk(outboxDeliver, {}, '');
  expect(backend.emulator.wx.list().filter((c) => (c.requestData as { touser: string }).touser === student)).toEqual([
    expect.objectContaining({ requestData: expect.objectContaining({ templateId: 'local-template-choice-status', page: '/family/pages/forms/index' }) }),
  ]);
  const history = (await expectOk(leadDetail, { id: leadId }, wang)).history;
  expect(history[1]).toMatchObject({ status: 'contacted', actorName: '王老师', note: '已电话联系家长', at: '2027-04-15T02:00:00.000Z' });
});

test('every view of a lead’s personal data by staff is audited', async () => {
  const { leadId } = await submitted();
  expect((await expectOk(leadDetail, { id: leadId }, wang)).recruiters).toEqual([]);
  // the school admin may hand the lead on, so sees the school's recruiters
  expect((await expectOk(leadDetail, { id: leadId }, admin)).recruiters).toEqual([
    { id: 'staff-recruiter-li', name: '李老师' },
    { id: 'staff-recruiter-wang', name: '王老师' },
  ]);
  expect(backend.emulator.store.find('auditLog', {}).map((a) => [a.staffId, a.action, a.subjectId])).toEqual([
    ['staff-recruiter-wang', 'lead.view', leadId],
    ['staff-admin-zhao', 'lead.view', leadId],
  ]);
});

test('a recruiter of school A reads and changes nothing of school B; families read no leads at all', async () => {
  const { leadId } = await submitted();
  expect((await expectOk(leadList, {}, zhou)).items.map((l) => l.id)).not.toContain(leadId);
  expect(await invoke(leadDetail, { id: leadId }, zhou)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(leadProgress, { id: leadId, status: 'contacted' }, zhou)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  for (const who of [student, openidOf('guardian'), openidOf('reviewer')]) {
    expect(await invoke(leadList, {}, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(leadDetail, { id: leadId }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(backend.emulator.store.find('auditLog', {})).toEqual([]);
});

test('leads list newest first, filter by status and search by name, a page at a time', async () => {
  for (let n = 0; n < 3; n += 1) {
    process.env.LOCAL_EMULATOR_NOW = `2027-04-1${5 + n}T10:00:00+08:00`;
    const form = aForm({ student: { ...aForm().student, name: ['张三', '李四', '王五'][n] ?? '', idNumber: idNumber('20110315', 301 + n * 2) } });
    await expectOk(choiceSubmit, form, `${student}-${n}`);
  }
  const all = await expectOk(leadList, { pageSize: 2 }, wang);
  expect(all).toMatchObject({ total: 3, items: [{ studentName: '王五' }, { studentName: '李四' }] });
  expect((await expectOk(leadList, { pageSize: 2, page: 2 }, wang)).items.map((l) => l.studentName)).toEqual(['张三']);
  expect((await expectOk(leadList, { name: '李' }, wang)).items.map((l) => l.studentName)).toEqual(['李四']);
  const [first] = all.items;
  await expectOk(leadProgress, { id: first?.id, status: 'visited' }, wang);
  expect((await expectOk(leadList, { status: 'visited' }, wang)).items.map((l) => l.studentName)).toEqual(['王五']);
});

test('lost needs a reason; the school admin reassigns a lead to another recruiter of the school only', async () => {
  const { leadId } = await submitted();
  expect(await invoke(leadProgress, { id: leadId, status: 'lost' }, wang)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { note: '请写明未就读的原因' } },
  });
  expect(await invoke(leadReassign, { id: leadId, recruiterStaffId: 'staff-recruiter-zhou' }, admin)).toMatchObject({
    ok: false,
    error: { fields: { recruiterStaffId: '请选择本校的招生老师' } },
  });
  expect(await invoke(leadReassign, { id: leadId, recruiterStaffId: 'staff-recruiter-li' }, wang)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  await expectOk(leadReassign, { id: leadId, recruiterStaffId: 'staff-recruiter-li' }, admin);
  expect(backend.emulator.store.find('outbox', { recipientOpenid: 'seed-openid-recruiter-li' })).toHaveLength(1);
  expect((await expectOk(leadList, {}, 'seed-openid-recruiter-li')).items.map((l) => l.id)).toEqual([leadId]);
  expect((await expectOk(leadList, {}, wang)).items).toEqual([]);
});

test('R7: withdrawal is a status, not a delete (R4); the student may then submit again', async () => {
  const { receipt, leadId } = await submitted();
  expect(await invoke(choiceWithdraw, { formId: receipt.formId }, openidOf('guardian'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await invoke(choiceWithdraw, { formId: receipt.formId }, student)).toEqual({ ok: true, data: { formId: receipt.formId, status: 'withdrawn' } });
  expect(backend.emulator.store.getById('choiceForms', receipt.formId)?.doc).toMatchObject({ status: 'withdrawn' });
  expect(backend.emulator.store.getById('leads', leadId)?.doc).toMatchObject({ status: 'withdrawn' });
  expect(await invoke(leadProgress, { id: leadId, status: 'contacted' }, wang)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  await expectOk(choiceSubmit, aForm(), student);
  expect(backend.emulator.store.count('choiceForms', {})).toBe(2);
});

test('R9: withdrawal closes with the window', async () => {
  const { receipt } = await submitted();
  process.env.LOCAL_EMULATOR_NOW = '2027-06-01T00:00:01+08:00';
  expect(await invoke(choiceWithdraw, { formId: receipt.formId }, student)).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } });
  expect((await expectOk(choiceMine, {}, student)).forms[0]).toMatchObject({ status: 'active', canChange: false });
});

test('notifications: delivered once as a WeChat subscribe message and an inbox entry; a second run sends nothing', async () => {
  await submitted();
  expect(await invoke(outboxDeliver, {}, '')).toEqual({ ok: true, data: { sent: 2, retried: 0, dead: 0 } });
  const sent = backend.emulator.wx.list();
  expect(sent).toHaveLength(2);
  expect(sent.find((c) => (c.requestData as { touser: string }).touser === wang)?.requestData).toMatchObject({
    templateId: 'local-template-lead-assigned',
    data: { thing1: { value: '李明' }, thing2: { value: '计算机应用、护理' }, thing3: { value: '忻州市第二中学初中部' } },
  });
  expect(backend.emulator.store.find('inbox', { recipientOpenid: wang })).toHaveLength(1);
  expect(await invoke(outboxDeliver, {}, '')).toEqual({ ok: true, data: { sent: 0, retried: 0, dead: 0 } });
  expect(backend.emulator.wx.list()).toHaveLength(2);
});

test('notifications: failures are retried with backoff, then marked dead; nothing is lost', async () => {
  await submitted();
  backend.emulator.wx.failNext(100);
  const runAt = (iso: string) => {
    process.env.LOCAL_EMULATOR_NOW = iso;
    return invoke(outboxDeliver, {}, '');
  };
  expect(await runAt('2027-04-15T10:00:00+08:00')).toEqual({ ok: true, data: { sent: 0, retried: 2, dead: 0 } });
  // not due yet: the first retry waits 30 s
  expect(await runAt('2027-04-15T10:00:20+08:00')).toEqual({ ok: true, data: { sent: 0, retried: 0, dead: 0 } });
  for (const at of ['10:01:00', '10:03:00', '10:07:00']) expect((await runAt(`2027-04-15T${at}+08:00`)).ok).toBe(true);
  expect(await runAt('2027-04-15T10:20:00+08:00')).toEqual({ ok: true, data: { sent: 0, retried: 0, dead: 2 } });
  expect(backend.emulator.store.find('outbox', {}).map((o) => [o.status, o.attempts, String(o.lastError).includes('43101')])).toEqual([
    ['dead', 5, true],
    ['dead', 5, true],
  ]);
  expect(backend.emulator.store.find('inbox', { recipientOpenid: wang })).toHaveLength(1);
  // the school admin sees what could not be delivered, and why, and can send it again
  const workbench = await expectOk(staffHome, {}, admin);
  expect(workbench.counts).toContainEqual({ label: '未能送达的通知', value: 1 });
  const dead = await expectOk(outboxDead, {}, admin);
  expect(dead.items).toEqual([
    expect.objectContaining({ kind: '新线索通知', summary: '李明 · 计算机应用、护理', attempts: 5, lastError: expect.stringContaining('43101') }),
  ]);
  expect(await invoke(outboxDead, {}, wang)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  backend.emulator.wx.failNext(0); // WeChat takes messages again
  expect(await expectOk(outboxDead, { retry: 'all' }, admin)).toEqual({ items: [], retried: 1 });
  expect(await runAt('2027-04-15T10:21:00+08:00')).toEqual({ ok: true, data: { sent: 1, retried: 0, dead: 0 } });
});

test('the delivery function refuses end users', async () => {
  expect(await invoke(outboxDeliver, {}, student)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('a changed form is a new revision: re-checked, the old revision kept, leads updated or closed, recruiters told again', async () => {
  const { receipt } = await submitted();
  const outboxBefore = backend.emulator.store.count('outbox', {});
  const change = { ...aForm(), formId: receipt.formId, choices: [{ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-002' }] };
  const revised = await expectOk(choiceRevise, change, student);
  expect(revised).toMatchObject({
    formId: receipt.formId,
    revision: 2,
    choices: [{ rank: 1, schoolName: '忻州市职业技术学校', majorName: '汽车运用与维修', leadStatus: 'new' }],
  });
  // the same change sent again is the same revision
  expect(await invoke(choiceRevise, change, student)).toMatchObject({ ok: true, data: { revision: 2 } });
  expect(backend.emulator.store.find('choiceFormRevisions', {}).map((r) => [r.formId, r.revision])).toEqual([[receipt.formId, 1]]);
  const leads = backend.emulator.store.find('leads', {});
  expect(leads.map((l) => [l.schoolId, l.status]).sort()).toEqual([
    ['school-xinfu-vocational', 'withdrawn'],
    ['school-xz-vocational', 'new'],
  ]);
  expect(backend.emulator.store.count('outbox', {})).toBe(outboxBefore + 1);
  // re-verified: an unfiled major is refused, and nothing changes
  const bad = { ...change, requestId: 'another-request-1', choices: [{ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-004' }] };
  expect(await invoke(choiceRevise, bad, student)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'choices.0': expect.any(String) } } });
  expect(backend.emulator.store.getById('choiceForms', receipt.formId)?.doc.revision).toBe(2);
});

test('R9: revisions close with the window; another student cannot be swapped in', async () => {
  const { receipt } = await submitted();
  const other = { ...aForm({ student: { ...aForm().student, idNumber: idNumber('20110315', 777) } }), formId: receipt.formId };
  expect(await invoke(choiceRevise, other, student)).toMatchObject({
    ok: false,
    error: { fields: { 'student.idNumber': expect.stringContaining('不能更换学生') } },
  });
  process.env.LOCAL_EMULATOR_NOW = '2027-06-01T08:00:00+08:00';
  expect(await invoke(choiceRevise, { ...aForm(), formId: receipt.formId }, student)).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } });
});

test('R4: a withdrawn brochure stays readable to the family who chose it, and to no one else', async () => {
  await submitted();
  await expectOk(reviewDecide, { brochureId: 'brochure-xz-vocational-v2', decision: 'withdraw', reason: '学校暂停招生，待整改。' }, openidOf('reviewer'));
  const seen = await expectOk(brochureDetail, { id: 'brochure-xz-vocational-v2' }, student);
  expect(seen).toMatchObject({ id: 'brochure-xz-vocational-v2', notice: expect.stringContaining('已被撤回') });
  expect(await invoke(brochureDetail, { id: 'brochure-xz-vocational-v2' }, openidOf('guardian'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  // and it takes no new choices (R2)
  expect(await invoke(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: idNumber('20110315', 901) } }), openidOf('guardian'))).toMatchObject({
    ok: false,
    error: { fields: { 'choices.0': '该招生简章已撤回，不再接受新的志愿' } },
  });
});

test('the in-app inbox shows each person their own messages, newest first, and marks them read', async () => {
  const { leadId } = await submitted();
  await expectOk(leadProgress, { id: leadId, status: 'contacted' }, wang);
  await expectOk(outboxDeliver, {}, '');
  const family = await expectOk(inboxList, {}, student);
  expect(family.items).toEqual([expect.objectContaining({ title: '志愿进展：忻州市职业技术学校', unread: true, link: '/family/pages/forms/index' })]);
  expect((await expectOk(inboxList, {}, student)).items[0]?.unread).toBe(false);
  expect((await expectOk(inboxList, {}, wang)).items.map((m) => m.title)).toEqual(['新的生源线索：李明']);
  expect((await expectOk(inboxList, {}, openidOf('reviewer'))).items).toEqual([]);
});
