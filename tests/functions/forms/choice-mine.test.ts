import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { checkDraft, draftFromServer } from '../../../client/services/forms/choice-draft';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** 我的志愿 gives a revision on any phone what it starts from: the answers as stored, never the ID number. */
const backend = freshBackendPerTest();
const student = openidOf('student');

test('a changeable form carries its answers without the ID number; they make a revision the server accepts', async () => {
  const form = aForm();
  const { formId } = await expectOk(choiceSubmit, form, student);
  const [mine] = (await expectOk(choiceMine, {}, student)).forms;
  expect(mine).toMatchObject({ formId, canChange: true, idMasked: '110***********1236' });
  expect(mine?.answers).toEqual({
    filledBy: 'student',
    student: {
      name: '李明',
      gender: 'male',
      phone: '13800001234',
      juniorSchoolId: 'junior-xz-2',
      group: 'current-graduate',
      graduationYear: 2027,
      birthDate: '2011-03-15',
    },
    guardian: form.guardian,
    choices: form.choices,
  });
  expect(JSON.stringify(mine)).not.toContain(form.student.idNumber);
  expect(JSON.stringify(mine)).not.toContain('idCipher');

  // Another phone: the draft from these answers (no ID number asked), a choice dropped, declarations made again.
  const draft = draftFromServer(mine!, 2027);
  const again = {
    ...draft,
    choices: draft.choices.slice(0, 2),
    declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true },
    consent: { personalData: true, guardianConsent: false },
  };
  const { input, problems } = checkDraft(again, { year: 2027, maxChoices: 3 }, new Date('2027-04-15T10:00:00+08:00'));
  expect(problems).toEqual({});
  expect(JSON.stringify(input)).not.toContain('idNumber');
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

describe('a revision does not ask for the ID number again (issue 13)', () => {
  const withoutId = (form: ReturnType<typeof aForm>) => {
    const { idNumber: _left, ...rest } = form.student;
    return { ...form, student: rest };
  };

  test('without it, the form keeps its student: the same cipher, key and mask, revision 2', async () => {
    const form = aForm();
    const { formId } = await expectOk(choiceSubmit, form, student);
    const before = backend.emulator.store.getById('choiceForms', formId)?.doc as {
      student: { idCipher: string; idMasked: string };
      studentKey: string;
      activeKey: string;
    };
    const change = { ...withoutId(aForm({ choices: form.choices.slice(0, 1) })), formId };
    const receipt = await expectOk(choiceRevise, change, student);
    expect(receipt).toMatchObject({ revision: 2, idMasked: '110***********1236', choices: [{ rank: 1 }] });
    const after = backend.emulator.store.getById('choiceForms', formId)?.doc as typeof before;
    expect([after.studentKey, after.activeKey, after.student.idMasked]).toEqual([before.studentKey, before.activeKey, before.student.idMasked]);
    expect(after.student.idCipher).not.toContain('1236');
  });

  test('R18 and PIPL: the age rules still hold, from the ID number the server keeps', async () => {
    // a 13-year-old: the guardian's consent is needed on every revision
    const young = aForm({ student: { ...aForm().student, idNumber: idNumber('20140601', 123) } });
    const { formId } = await expectOk(choiceSubmit, young, student);
    const change = { ...withoutId(young), requestId: 'revision-without-consent', consent: { personalData: true as const, guardianConsent: false }, formId };
    expect(await invoke(choiceRevise, change, student)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'consent.guardianConsent': expect.stringContaining('14') } },
    });
    // and the gender must still be the ID's
    const female = { ...withoutId(young), requestId: 'revision-other-gender', student: { ...withoutId(young).student, gender: 'female' as const }, formId };
    expect(await invoke(choiceRevise, female, student)).toMatchObject({ ok: false, error: { fields: { 'student.gender': '性别与身份证号码不一致' } } });
  });

  test('another student’s ID number sent with a revision is refused, and the form is unchanged', async () => {
    const { formId } = await expectOk(choiceSubmit, aForm(), student);
    const other = { ...aForm({ student: { ...aForm().student, idNumber: idNumber('20110315', 135) } }), formId };
    expect(await invoke(choiceRevise, other, student)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'student.idNumber': expect.stringContaining('不能更换学生') } },
    });
    expect(backend.emulator.store.getById('choiceForms', formId)?.doc).toMatchObject({ revision: 1 });
  });

  test('hostile input: an empty or malformed ID number is refused by the schema, not taken as "left out"', async () => {
    const { formId } = await expectOk(choiceSubmit, aForm(), student);
    for (const bad of ['', '   ', '11010520110315123', 'not-an-id', null]) {
      const change = { ...aForm(), student: { ...aForm().student, idNumber: bad }, formId };
      expect(await invoke(choiceRevise, change, student)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { 'student.idNumber': expect.any(String) } },
      });
    }
    expect(backend.emulator.store.getById('choiceForms', formId)?.doc).toMatchObject({ revision: 1 });
  });
});
