import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as leadDetail } from '../../../cloudfunctions/school/leadDetail';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import type { ChoiceFormInput } from '../../../shared/choice-form';
import type { Lead } from '../../../shared/records/lead';
import { admit } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/**
 * One reconciliation of a form's leads for submit, revise and withdraw (R24, R7): what the form
 * says is what its leads are, whatever order or moment the family's requests arrive in.
 */
const backend = freshBackendPerTest();
const student = openidOf('student');
const zhou = 'seed-openid-recruiter-zhou';
const xz = { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' };
const xinfu = { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001' };

const leadsOf = (formId: string) => backend.emulator.store.find('leads', { formId }).map((l) => ({ schoolId: String(l.schoolId), status: String(l.status) }));
const liveSchools = (formId: string) =>
  leadsOf(formId)
    .filter((l) => l.status !== 'withdrawn')
    .map((l) => l.schoolId)
    .sort();
const revision = (formId: string, choices: ChoiceFormInput['choices'], over: Partial<ChoiceFormInput> = {}) => ({ ...aForm({ choices, ...over }), formId });

test('R24: a school dropped in one revision and chosen again in the next reaches that school again', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz, xinfu] }), student);
  await expectOk(choiceRevise, revision(formId, [xz]), student);
  expect(leadsOf(formId)).toContainEqual({ schoolId: 'school-xinfu-vocational', status: 'withdrawn' });
  const outboxBefore = backend.emulator.store.count('outbox', { recipientOpenid: { $in: [zhou, 'seed-openid-recruiter-sun'] } });

  const again = await expectOk(choiceRevise, revision(formId, [xz, xinfu]), student);
  expect(again.choices.map((c) => c.leadStatus)).toEqual(['new', 'new']);
  expect(liveSchools(formId)).toEqual(['school-xinfu-vocational', 'school-xz-vocational']);
  // the same lead lives again, its history intact, and its recruiter is told
  const [lead] = backend.emulator.store.find('leads', { formId, schoolId: 'school-xinfu-vocational' });
  expect((lead?.history as Array<{ status: string; event?: string }>).map((h) => [h.status, h.event ?? 'step'])).toEqual([
    ['new', 'step'],
    ['withdrawn', 'step'],
    ['new', 'reopened'],
  ]);
  expect(backend.emulator.store.count('outbox', { recipientOpenid: { $in: [zhou, 'seed-openid-recruiter-sun'] } })).toBe(outboxBefore + 1);
  // and the recruiter can act on it
  const recruiter = lead?.recruiterStaffId === 'staff-recruiter-zhou' ? zhou : 'seed-openid-recruiter-sun';
  await expectOk(leadProgress, { id: String(lead?._id), status: 'contacted' }, recruiter);
  const mine = await expectOk(choiceMine, {}, student);
  expect(mine.forms[0]?.choices.map((c) => c.leadStatus)).toEqual(['new', 'contacted']);
  expect(mine.forms[0]?.timeline.map((t) => t.text)).toContain('忻府区职业中学：已重新填报本校');
});

test('R7: after a withdrawal the form and every lead are withdrawn and the claim is free; withdrawing again changes nothing', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz, xinfu] }), student);
  const [first, second] = await Promise.all([invoke(choiceWithdraw, { formId }, student), invoke(choiceWithdraw, { formId }, student)]);
  expect(first).toEqual({ ok: true, data: { formId, status: 'withdrawn' } });
  expect(second).toEqual(first);
  expect(liveSchools(formId)).toEqual([]);
  expect(backend.emulator.store.find('leads', { formId }).map((l) => (l.history as unknown[]).length)).toEqual([2, 2]);
  // the claim is the form's activeKey under the unique index: released with the withdrawal
  expect(backend.emulator.store.count('choiceForms', { activeKey: { $exists: true } })).toBe(0);
});

test('R24: a revision racing a withdrawal of the same form never leaves a withdrawn form with a live lead', async () => {
  const outcomes = new Set<string>();
  for (let n = 0; n < 15; n += 1) {
    const family = `${student}-race-${n}`;
    const form = aForm({ choices: [xz], student: { ...aForm().student, idNumber: idNumber('20110315', 101 + n * 2) } });
    const { formId } = await expectOk(choiceSubmit, form, family);
    const change = { ...form, requestId: `race-revision-${n}`, choices: [xz, xinfu], formId };
    // the withdrawal leaves a little later each round, so that both orders (and the overlaps between) are met
    const later = new Promise((resolve) => setTimeout(resolve, n * 15));
    const [revised, withdrawn] = await Promise.all([invoke(choiceRevise, change, family), later.then(() => invoke(choiceWithdraw, { formId }, family))]);
    expect(withdrawn.ok).toBe(true);
    // a withdrawal is never refused, so the form ends withdrawn: with no live lead and its claim free,
    // including the lead the revision opened if the revision came first
    const stored = backend.emulator.store.getById('choiceForms', formId)?.doc;
    expect(stored).toMatchObject({ status: 'withdrawn' });
    expect(stored?.activeKey).toBeUndefined();
    expect(liveSchools(formId)).toEqual([]);
    outcomes.add(revised.ok ? 'revised-then-withdrawn' : revised.error.code);
  }
  expect([...outcomes].sort()).toEqual(['CONFLICT', 'revised-then-withdrawn']);
}, 120_000);

test('the same revision sent twice at once (a double tap) answers the same receipt and writes one revision', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz] }), student);
  const change = revision(formId, [xz, xinfu]);
  const answers = await Promise.all(Array.from({ length: 5 }, () => invoke(choiceRevise, change, student)));
  expect(answers.every((a) => a.ok)).toBe(true);
  for (const a of answers) expect(a).toEqual(answers[0]);
  expect(answers[0]).toMatchObject({ ok: true, data: { revision: 2 } });
  expect(backend.emulator.store.count('choiceFormRevisions', { formId })).toBe(1);
  expect(backend.emulator.store.count('leads', { formId })).toBe(2);
});

test('R7: the claim names the active form; a withdrawn student submits again and the new form holds the claim', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm(), student);
  await expectOk(choiceWithdraw, { formId }, student);
  const second = await expectOk(choiceSubmit, aForm(), openidOf('guardian'));
  expect(backend.emulator.store.find('choiceForms', { activeKey: { $exists: true } }).map((f) => f._id)).toEqual([second.formId]);
  expect(await invoke(choiceSubmit, aForm(), student)).toMatchObject({ ok: false, error: { code: 'ID_IN_USE' } });
});

test('round-robin: 50 concurrent submits to one school without territories all succeed (the turns are taken outside the transactions), spread evenly', async () => {
  const submits = Array.from({ length: 50 }, (_, n) =>
    invoke(
      choiceSubmit,
      aForm({ choices: [xinfu], student: { ...aForm().student, juniorSchoolId: 'junior-xz-2', idNumber: idNumber('20110315', 201 + n * 2) } }),
      `${student}-rr-${n}`,
    ),
  );
  const results = await Promise.all(submits);
  expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([]);
  expect(backend.emulator.store.count('choiceForms', {})).toBe(50);
  const byRecruiter = new Map<string, number>();
  for (const lead of backend.emulator.store.find('leads', {}))
    byRecruiter.set(String(lead.recruiterStaffId), (byRecruiter.get(String(lead.recruiterStaffId)) ?? 0) + 1);
  expect([...byRecruiter.keys()].sort()).toEqual(['staff-recruiter-sun', 'staff-recruiter-zhou']);
  expect(Math.max(...byRecruiter.values())).toBeLessThanOrEqual(Math.ceil(50 / 2) + 2);
}, 120_000);

test('R7: a withdrawal racing a new submit for the same student never leaves two active forms', async () => {
  const outcomes = new Set<string>();
  for (let n = 0; n < 12; n += 1) {
    const id = idNumber('20110315', 301 + n * 2);
    const first = await expectOk(choiceSubmit, aForm({ choices: [xz], student: { ...aForm().student, idNumber: id } }), `${student}-first-${n}`);
    // the second submit leaves a little later each round, so that both orders and the overlaps are met
    const later = new Promise((resolve) => setTimeout(resolve, n * 4));
    const [withdrawn, second] = await Promise.all([
      invoke(choiceWithdraw, { formId: first.formId }, `${student}-first-${n}`),
      later.then(() => invoke(choiceSubmit, aForm({ choices: [xinfu], student: { ...aForm().student, idNumber: id } }), `${student}-second-${n}`)),
    ]);
    expect(withdrawn.ok).toBe(true);
    const active = backend.emulator.store
      .find('choiceForms', { activeKey: { $exists: true } })
      .filter((f) => (f.studentKey as string) === backend.emulator.store.getById('choiceForms', first.formId)?.doc.studentKey);
    expect(active.length).toBeLessThanOrEqual(1);
    if (second.ok) expect(active.map((f) => f._id)).toEqual([second.data.formId]);
    else expect(second.error.code).toBe('ALREADY_SUBMITTED');
    // leads follow their forms: only the second form's, if it went through, are live
    expect(liveSchools(first.formId)).toEqual([]);
    outcomes.add(second.ok ? 'submitted-after' : 'refused-before');
  }
  expect(outcomes.has('submitted-after')).toBe(true);
}, 120_000);

test('R24: a lead whose family withdrew takes no step, and its page offers none', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xinfu] }), student);
  const [lead] = backend.emulator.store.find('leads', { formId });
  const recruiter = lead?.recruiterStaffId === 'staff-recruiter-zhou' ? zhou : 'seed-openid-recruiter-sun';
  expect((await expectOk(leadDetail, { id: String(lead?._id) }, recruiter)).nextSteps).toEqual(['contacted', 'visited', 'lost']);
  await expectOk(choiceWithdraw, { formId }, student);
  expect((await expectOk(leadDetail, { id: String(lead?._id) }, recruiter)).nextSteps).toEqual([]);
  expect(await invoke(leadProgress, { id: String(lead?._id), status: 'contacted' }, recruiter)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '学生已撤回这份志愿或不再报考本校，不能再记录进展。' },
  });
});

test('R24: a family cannot drop a school where the student has enrolled', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm({ choices: [xz, xinfu] }), student);
  const [lead] = backend.emulator.store.find('leads', { formId, schoolId: 'school-xz-vocational' });
  expect((await admit(backend.emulator, lead as unknown as Lead)).ok).toBe(true);
  await expectOk(leadProgress, { id: String(lead?._id), status: 'enrolled' }, openidOf('recruiter'));
  expect(await invoke(choiceRevise, revision(formId, [xinfu]), student)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('报到') },
  });
  expect(await invoke(choiceWithdraw, { formId }, student)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc).toMatchObject({ status: 'active', revision: 1 });
  expect(liveSchools(formId)).toEqual(['school-xinfu-vocational', 'school-xz-vocational']);
});
