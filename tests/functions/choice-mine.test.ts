import { main as choiceMine } from '../../cloudfunctions/choiceMine';
import { main as choiceRevise } from '../../cloudfunctions/choiceRevise';
import { main as choiceSubmit } from '../../cloudfunctions/choiceSubmit';
import { main as choiceWithdraw } from '../../cloudfunctions/choiceWithdraw';
import { checkDraft, draftFromServer } from '../../client/services/choice-draft';
import { freshBackendPerTest, openidOf } from '../helpers/backend';
import { expectOk } from '../helpers/calls';
import { aForm, idNumber } from '../helpers/forms';

/** 我的志愿 gives a revision on any phone what it starts from: the answers as stored, never the ID number. */
freshBackendPerTest();
const student = openidOf('student');

test('a changeable form carries its answers without the ID number; they make a revision the server accepts', async () => {
  const form = aForm();
  const { formId } = await expectOk(choiceSubmit, form, student);
  const [mine] = (await expectOk(choiceMine, {}, student)).forms;
  expect(mine).toMatchObject({ formId, canChange: true, idMasked: '110***********1236' });
  expect(mine?.answers).toEqual({
    filledBy: 'student',
    student: { name: '李明', gender: 'male', phone: '13800001234', juniorSchoolId: 'junior-xz-2', group: 'current-graduate', graduationYear: 2027 },
    guardian: form.guardian,
    choices: form.choices,
  });
  expect(JSON.stringify(mine)).not.toContain(form.student.idNumber);
  expect(JSON.stringify(mine)).not.toContain('idCipher');

  // Another phone: the draft from these answers, the ID number typed again, a choice dropped, declarations made.
  const draft = draftFromServer(mine!, 2027);
  const again = { ...draft, student: { ...draft.student, idNumber: idNumber('20110315', 123) }, choices: draft.choices.slice(0, 2), declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true }, consent: { personalData: true, guardianConsent: false } };
  const { input, problems } = checkDraft(again, { year: 2027, maxChoices: 3 }, new Date('2027-04-15T10:00:00+08:00'));
  expect(problems).toEqual({});
  const receipt = await expectOk(choiceRevise, { ...input, formId }, student);
  expect(receipt).toMatchObject({ revision: 2, choices: [{ rank: 1 }, { rank: 2 }] });
  expect((await expectOk(choiceMine, {}, student)).forms[0]?.answers?.choices).toEqual(form.choices.slice(0, 2));
});

test('a withdrawn form carries no answers', async () => {
  const { formId } = await expectOk(choiceSubmit, aForm(), student);
  await expectOk(choiceWithdraw, { formId }, student);
  const [mine] = (await expectOk(choiceMine, {}, student)).forms;
  expect(mine).toMatchObject({ canChange: false });
  expect(mine?.answers).toBeUndefined();
});
