import { main as brochureSave } from '../../../cloudfunctions/school/brochureSave';
import { main as brochureSubmit } from '../../../cloudfunctions/school/brochureSubmit';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as reports } from '../../../cloudfunctions/family/reports';
import { main as reviewDecide } from '../../../cloudfunctions/bureau/reviewDecide';
import { CONTROL_MESSAGE } from '../../../shared/text';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, brochureFacts } from '../../helpers/forms';

/** Refusals named like their rule, and text fields that keep control characters out. */
const backend = freshBackendPerTest();
const reviewer = openidOf('reviewer');
const student = openidOf('student');

test('R2: two brochures approved at the same moment with one filing number: one is filed, the other hears 该备案编号已被使用', async () => {
  const { id } = await expectOk(brochureSave, { facts: brochureFacts() }, openidOf('schoolAdmin'));
  await expectOk(brochureSubmit, { id }, openidOf('schoolAdmin'));
  const number = '忻教职招备〔2027〕042号';
  const answers = await Promise.all(
    [id, 'brochure-xz-first-vocational-v1'].map((brochureId) => invoke(reviewDecide, { brochureId, decision: 'approve', filingNumber: number }, reviewer)),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.find((a) => !a.ok)).toEqual({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.any(String), fields: { filingNumber: '该备案编号已被使用' } },
  });
  expect(backend.emulator.store.count('brochures', { 'filing.number': number })).toBe(1);
  expect(backend.emulator.store.count('reviewDecisions', { filingNumber: number })).toBe(1);
});

test.each([
  ['NUL', '\u0000'],
  ['ESC', '\u001b[31m'],
  ['a line separator', '\u2028'],
])('a name with %s is refused with a field error and nothing is written', async (_name, control) => {
  const form = aForm({ student: { ...aForm().student, name: `李${control}明` } });
  expect(await invoke(choiceSubmit, form, student)).toEqual({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.any(String), fields: { 'student.name': CONTROL_MESSAGE } },
  });
  const guardian = aForm({ guardian: { name: `李${control}国`, relation: 'father', phone: '13900005678' } });
  expect(await invoke(choiceSubmit, guardian, student)).toMatchObject({ ok: false, error: { fields: { 'guardian.name': CONTROL_MESSAGE } } });
  expect(backend.emulator.store.count('choiceForms', {})).toBe(0);
});

test('notes, reasons and descriptions refuse control characters but keep line breaks', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm(), student);
  const [lead] = backend.emulator.store.find('leads', { formId, schoolId: 'school-xz-vocational' });
  const id = String(lead?._id);
  expect(await invoke(leadProgress, { id, status: 'lost', note: '家长\u0007不接电话' }, openidOf('recruiter'))).toMatchObject({
    ok: false,
    error: { fields: { note: CONTROL_MESSAGE } },
  });
  expect(
    await invoke(reviewDecide, { brochureId: 'brochure-xz-first-vocational-v1', decision: 'reject', reason: '请补充\u0000实习安排。' }, reviewer),
  ).toMatchObject({ ok: false, error: { fields: { reason: CONTROL_MESSAGE } } });
  expect(await invoke(reports, { category: 'other', description: '有人在校门口发放传单\u001b，自称能办名额。' }, student)).toMatchObject({
    ok: false,
    error: { fields: { description: CONTROL_MESSAGE } },
  });
  await expectOk(reports, { category: 'other', description: '有人在校门口发放传单，\n自称能办名额。' }, student);
  await expectOk(leadProgress, { id, status: 'lost', note: '家长说：\n已被普通高中录取' }, openidOf('recruiter'));
  expect(backend.emulator.store.getById('leads', id)?.doc).toMatchObject({ status: 'lost' });
});

test('a violation report is received at the server’s clock, as every deadline is', async () => {
  const { receivedAt } = await expectOk(reports, { category: 'payment', description: '有人自称能“办名额”，要求先交两千元。' }, student);
  expect(receivedAt).toBe(new Date('2027-04-15T10:00:00+08:00').toISOString());
});
