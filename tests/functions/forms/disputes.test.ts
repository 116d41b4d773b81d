import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as disputeDecide } from '../../../cloudfunctions/bureau/disputeDecide';
import { main as disputeList } from '../../../cloudfunctions/bureau/disputeList';
import { main as disputeMine } from '../../../cloudfunctions/family/disputeMine';
import { main as disputeRaise } from '../../../cloudfunctions/family/disputeRaise';
import { main as earlyStudyRequest } from '../../../cloudfunctions/family/earlyStudyRequest';
import type { Lead } from '../../../shared/records/lead';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R7, R6: when someone else used a student's ID number first, the real family is not left with a bare refusal. */
const backend = freshBackendPerTest('2027-05-10T10:00:00+08:00');
const family = openidOf('student');
const classmate = 'openid-classmate';
const bureau = openidOf('bureauAdmin');
const ID = idNumber('20110315', 123);

async function classmateFilesFirst() {
  const form = aForm({ student: { ...aForm().student, name: '冒名者填的名字', idNumber: ID, phone: '13711112222' } });
  return (await expectOk(choiceSubmit, form, classmate)).formId;
}
/** The first dispute on the bureau's list. */
async function firstDispute(openid = bureau): Promise<string> {
  const [first] = (await expectOk(disputeList, {}, openid)).items;
  if (!first) throw new Error('no dispute listed');
  return first.id;
}
const raise = (over: object = {}) =>
  invoke(disputeRaise, { idNumber: ID, phone: '13900009999', note: '孩子从未提交过志愿，可能是同学用了孩子的身份证号。', ...over }, family);

test('R7, R6: the family is told the ID already holds a form filed from another WeChat — never what it holds or who filed it — while their own second form is the usual refusal', async () => {
  const formId = await classmateFilesFirst();
  const refused = await invoke(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: ID } }), family);
  expect(refused).toEqual({ ok: false, error: { code: 'ID_IN_USE', message: expect.stringContaining('申请教育局核查') } });
  expect(JSON.stringify(refused)).not.toMatch(/冒名者|13711112222|classmate|form-/);
  // the filer's own second submission is the usual refusal
  expect(await invoke(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: ID } }), classmate)).toMatchObject({
    ok: false,
    error: { code: 'ALREADY_SUBMITTED' },
  });
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.status).toBe('active');
});

test('R7, R6: the family asks for a check; it sees its request and its status only; a second request waits for the first; there is nothing to check for an ID without another’s form', async () => {
  await classmateFilesFirst();
  const raised = await raise();
  expect(raised).toMatchObject({ ok: true, data: { status: 'open', statusLabel: expect.stringContaining('等待教育局核查') } });
  expect(await raise()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const mine = await expectOk(disputeMine, {}, family);
  expect(mine.items).toEqual([
    { id: expect.any(String), idMasked: '110***********1236', status: 'open', statusLabel: expect.any(String), reason: null, createdAt: expect.any(String) },
  ]);
  expect(JSON.stringify(mine)).not.toMatch(/冒名者|13711112222/);
  expect(await raise({ idNumber: idNumber('20110316', 125) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  // the filer cannot dispute their own form
  expect(await invoke(disputeRaise, { idNumber: ID, phone: '13711112222', note: '这是我自己的志愿表。' }, classmate)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('R7, R6: the bureau voids the form filed first — withdrawn with the reason, leads withdrawn, filer and recruiters told — and the real family can then submit', async () => {
  const formId = await classmateFilesFirst();
  const raised = await raise();
  if (!raised.ok) throw new Error(raised.error.message);
  const { disputeId } = raised.data;
  const list = await expectOk(disputeList, {}, bureau);
  expect(list.items).toEqual([
    expect.objectContaining({
      id: disputeId,
      raiser: { openid: family, phone: '13900009999', note: expect.any(String) },
      form: expect.objectContaining({ formId, studentName: '冒名者填的名字', filerOpenid: classmate, phone: '13711112222' }),
    }),
  ]);
  await expectOk(disputeDecide, { id: disputeId, decision: 'void', reason: '经与学生家长、初中学校核实，该志愿表非本人填报。' }, bureau);
  const form = backend.emulator.store.getById('choiceForms', formId)?.doc;
  expect(form).toMatchObject({ status: 'withdrawn', voided: { reason: '经与学生家长、初中学校核实，该志愿表非本人填报。', staffName: '吴主任' } });
  expect(form?.activeKey).toBeUndefined();
  const leads = backend.emulator.store.find('leads', { formId }) as unknown as Lead[];
  expect(leads.map((l) => l.status)).toEqual(leads.map(() => 'withdrawn'));
  expect(leads[0]?.history.at(-1)?.note).toContain('教育局核查后作废');
  const told = backend.emulator.store.find('outbox', { kind: 'form-voided' }).map((m) => m.recipientOpenid);
  expect(told).toContain(classmate);
  expect(told).toContain(openidOf('recruiter'));
  expect((await expectOk(disputeMine, {}, family)).items[0]).toMatchObject({ status: 'voided', reason: '经与学生家长、初中学校核实，该志愿表非本人填报。' });
  // now the real family's own form goes through
  expect((await invoke(choiceSubmit, aForm({ student: { ...aForm().student, idNumber: ID } }), family)).ok).toBe(true);
});

test('R7, R6: the bureau may keep the form with a reason; a dispute is decided once, and of two decisions at once one stands', async () => {
  const formId = await classmateFilesFirst();
  await raise();
  const id = await firstDispute();
  backend.emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-bureau-2',
      insert: true,
      doc: { _id: 'staff-bureau-2', openid: 'openid-bureau-2', name: '郑科长', role: 'bureauAdmin', status: 'active' },
    },
  ]);
  const results = await Promise.all([
    invoke(disputeDecide, { id, decision: 'reject', reason: '经核实，该志愿表由学生本人在学校填报。' }, bureau),
    invoke(disputeDecide, { id, decision: 'void', reason: '非本人填报。' }, 'openid-bureau-2'),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const status = backend.emulator.store.getById('disputes', id)?.doc.status;
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.status).toBe(status === 'rejected' ? 'active' : 'withdrawn');
  expect(await invoke(disputeDecide, { id, decision: 'void', reason: '再次核查。' }, bureau)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('R8, R7: voiding a form cancels its early-study request', async () => {
  const formId = await classmateFilesFirst();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: 'school-xz-vocational' }, classmate);
  await raise();
  const id = await firstDispute();
  await expectOk(disputeDecide, { id, decision: 'void', reason: '非本人填报。' }, bureau);
  expect(backend.emulator.store.getById('earlyStudies', request.id)?.doc).toMatchObject({ status: 'cancelled' });
});

test('R6: only the bureau admin decides; reviewers read; families and schools cannot see disputes', async () => {
  await classmateFilesFirst();
  await raise();
  const id = await firstDispute(openidOf('reviewer'));
  expect(await invoke(disputeDecide, { id, decision: 'void', reason: '非本人填报。' }, openidOf('reviewer'))).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  for (const persona of ['student', 'schoolAdmin', 'recruiter', 'juniorStaff'])
    expect(await invoke(disputeList, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test.each([
  ['an invalid ID number', { idNumber: '110105201103151234' }, 'idNumber'],
  ['a phone that is not one', { phone: '12345' }, 'phone'],
  ['an empty note', { note: '  ' }, 'note'],
  ['a control character', { note: '不是我们\u0007填的志愿表' }, 'note'],
])('hostile input to disputeRaise — %s — is refused with a field error', async (_name, over, field) => {
  await classmateFilesFirst();
  expect(await raise(over)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } } });
  expect(backend.emulator.store.count('disputes', {})).toBe(0);
});
