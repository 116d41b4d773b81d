import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as leadDetail } from '../../../cloudfunctions/school/leadDetail';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as leadReassign } from '../../../cloudfunctions/school/leadReassign';
import type { Lead } from '../../../shared/records/lead';
import { admit } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm } from '../../helpers/forms';

/** R24 through the functions: steps only forward, every step and reassignment in the history. */
const backend = freshBackendPerTest();
const wang = openidOf('recruiter');
const admin = openidOf('schoolAdmin');

async function aLead(): Promise<string> {
  const { formId } = await expectOk(choiceSubmit, aForm(), openidOf('student'));
  const [lead] = backend.emulator.store.find('leads', { formId, schoolId: 'school-xz-vocational' });
  return String(lead?._id);
}
const familyMessages = () => backend.emulator.store.count('outbox', { kind: 'status-changed' });

test('R24: an enrolled lead cannot move back to contacted or to lost, and the family hears nothing of it', async () => {
  const id = await aLead();
  await expectOk(leadProgress, { id, status: 'contacted' }, wang);
  expect((await admit(backend.emulator, backend.emulator.store.getById('leads', id)?.doc as unknown as Lead)).ok).toBe(true);
  await expectOk(leadProgress, { id, status: 'enrolled' }, wang);
  const told = familyMessages();
  expect(await invoke(leadProgress, { id, status: 'contacted' }, wang)).toEqual({
    ok: false,
    error: { code: 'STEP_NOT_ALLOWED', message: '学生已报到，不能再改为“学校已联系”。' },
  });
  expect(await invoke(leadProgress, { id, status: 'lost', note: '家长改变主意' }, admin)).toMatchObject({ ok: false, error: { code: 'STEP_NOT_ALLOWED' } });
  expect(familyMessages()).toBe(told);
  expect(backend.emulator.store.getById('leads', id)?.doc).toMatchObject({ status: 'enrolled' });
});

test('R24: a visited lead cannot go back to contacted; lost is final', async () => {
  const id = await aLead();
  await expectOk(leadProgress, { id, status: 'visited' }, wang);
  expect(await invoke(leadProgress, { id, status: 'contacted' }, wang)).toMatchObject({
    ok: false,
    error: { code: 'STEP_NOT_ALLOWED', message: expect.stringContaining('只能向前推进') },
  });
  await expectOk(leadProgress, { id, status: 'lost', note: '已被普通高中录取' }, wang);
  expect(await invoke(leadProgress, { id, status: 'visited' }, wang)).toMatchObject({ ok: false, error: { code: 'STEP_NOT_ALLOWED' } });
  expect((await expectOk(leadDetail, { id }, wang)).nextSteps).toEqual([]);
});

test('R24: recording the step a lead is already at (a double tap) changes nothing and tells no one twice', async () => {
  const id = await aLead();
  const [a, b] = await Promise.all([invoke(leadProgress, { id, status: 'contacted' }, wang), invoke(leadProgress, { id, status: 'contacted' }, wang)]);
  expect(a).toEqual({ ok: true, data: { id, status: 'contacted' } });
  expect(b).toEqual(a);
  expect((backend.emulator.store.getById('leads', id)?.doc.history as unknown[]).length).toBe(2);
  expect(familyMessages()).toBe(1);
});

test('R24: a reassignment is in the lead’s history with who did it and when', async () => {
  const id = await aLead();
  await expectOk(leadReassign, { id, recruiterStaffId: 'staff-recruiter-li' }, admin);
  const history = (await expectOk(leadDetail, { id }, admin)).history;
  expect(history.at(-1)).toEqual({ status: 'new', event: 'reassigned', actorName: '赵主任', note: '转交给李老师', at: '2027-04-15T02:00:00.000Z' });
  // handing it to the same recruiter again writes nothing more
  await expectOk(leadReassign, { id, recruiterStaffId: 'staff-recruiter-li' }, admin);
  expect((await expectOk(leadDetail, { id }, admin)).history).toHaveLength(2);
});
