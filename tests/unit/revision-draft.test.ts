import type { PhoneStorage } from '../../client/services/platform/phone-storage';
import { choiceReviseInput } from '../../shared/api/choices';
import { asksIdNumber, checkDraft, createDraftStore, draftFromServer, emptyDraft, toInput, type ChoiceDraft } from '../../client/services/forms/choice-draft';
import { idNumber } from '../helpers/forms';

/**
 * Issue 13: a revision does not ask for the ID number again. The draft carries what the number
 * says of the student (birth date, gender) from the server's answers, the phone checks the age
 * rules from it, and the request leaves the number out.
 */
function memoryStorage(): PhoneStorage {
  const values = new Map<string, unknown>();
  return {
    get: (key) => values.get(key) ?? '',
    set: (key, value) => void values.set(key, structuredClone(value)),
    remove: (key) => void values.delete(key),
  };
}

const now = new Date('2027-04-15T10:00:00+08:00');
const season = { year: 2027, maxChoices: 3 };

/** 我的志愿's entry for a form, its student born on `birthDate`. */
function serverForm(birthDate: string, over: { gender?: 'male' | 'female' } = {}) {
  return {
    formId: 'form-1',
    revision: 1,
    idMasked: '110***********1236',
    answers: {
      filledBy: 'guardian' as const,
      student: {
        name: '李明',
        gender: over.gender ?? ('male' as const),
        phone: '13800001234',
        juniorSchoolId: 'junior-xz-2',
        group: 'current-graduate' as const,
        graduationYear: 2027,
        birthDate,
      },
      guardian: { name: '李建国', relation: 'father' as const, phone: '13900005678' },
      choices: [{ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' }],
    },
  };
}

/** The declarations and consents made again, as every revision must. */
function confirmed(d: ChoiceDraft, guardianConsent = true): ChoiceDraft {
  return { ...d, declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true }, consent: { personalData: true, guardianConsent } };
}

test('a draft from the server has no ID number, carries the identity, and does not ask for the number', () => {
  const draft = draftFromServer(serverForm('2011-03-15'), 2027);
  expect(draft).toMatchObject({
    formId: 'form-1',
    idMasked: '110***********1236',
    identity: { birthDate: '2011-03-15', gender: 'male' },
    student: { idNumber: '' },
  });
  // the birth date is the identity's, not an answer of the form's
  expect(draft.student).not.toHaveProperty('birthDate');
  expect(asksIdNumber(draft)).toBe(false);
  // a first submission always asks
  expect(asksIdNumber(emptyDraft(2027))).toBe(true);
});

test('the revision sent leaves the ID number out, carries the form id, and the server’s schema takes it', () => {
  const draft = confirmed(draftFromServer(serverForm('2011-03-15'), 2027));
  const { input, problems } = checkDraft(draft, season, now);
  expect(problems).toEqual({});
  expect(input).toMatchObject({ formId: 'form-1', student: { name: '李明', gender: 'male' } });
  expect(input?.student).not.toHaveProperty('idNumber');
  expect(toInput(draft, now)).toMatchObject({ formId: 'form-1' });
  expect((toInput(draft, now) as { student: object }).student).not.toHaveProperty('idNumber');
  expect(choiceReviseInput.safeParse(input).success).toBe(true);
  // a number left over in the draft (typed before the server answered) is not sent either
  const leftOver = { ...draft, student: { ...draft.student, idNumber: idNumber('20110315', 135) } };
  expect(checkDraft(leftOver, season, now).input?.student).not.toHaveProperty('idNumber');
});

test('the age rules are checked from the identity: a 13-year-old’s revision needs the guardian and their consent', () => {
  const young = draftFromServer(serverForm('2014-03-15'), 2027);
  // without the guardian's consent, refused on the phone
  expect(checkDraft(confirmed(young, false), season, now)).toMatchObject({
    input: null,
    problems: { 'consent.guardianConsent': '学生未满 14 周岁，需要监护人同意处理个人信息' },
  });
  // without the guardian, refused on the phone (the guardian is part of a minor's form even when left empty)
  const noGuardian = { ...confirmed(young), filledBy: 'student' as const, guardian: { name: '', phone: '' } };
  expect(checkDraft(noGuardian, season, now)).toMatchObject({ input: null, problems: { 'guardian.name': '请填写监护人姓名' } });
  expect(toInput(noGuardian, now)).toMatchObject({ guardian: { name: '', phone: '' } });
  // with both, accepted
  expect(checkDraft(confirmed(young), season, now).problems).toEqual({});
  // an adult may leave the guardian off and needs no consent
  const adult = { ...confirmed(draftFromServer(serverForm('2008-03-15'), 2027), false), filledBy: 'student' as const, guardian: { name: '', phone: '' } };
  expect(checkDraft(adult, season, now).problems).toEqual({});
  expect((toInput(adult, now) as { guardian?: unknown }).guardian).toBeUndefined();
});

test('the gender must still match the ID number, as the server recorded it', () => {
  const draft = confirmed(draftFromServer(serverForm('2011-03-15'), 2027));
  expect(checkDraft({ ...draft, student: { ...draft.student, gender: 'female' } }, season, now).problems).toEqual({
    'student.gender': '性别与身份证号码不一致',
  });
});

test('the declarations and consents are made again on every revision', () => {
  const draft = draftFromServer(serverForm('2011-03-15'), 2027);
  expect(draft).toMatchObject({
    declarations: { selfFilled: false, voluntary: false, noGeneralHighSchool: false },
    consent: { personalData: false, guardianConsent: false },
  });
  expect(Object.keys(checkDraft(draft, season, now).problems).sort()).toEqual([
    'consent.personalData',
    'declarations.noGeneralHighSchool',
    'declarations.selfFilled',
    'declarations.voluntary',
  ]);
});

describe('without the server’s answers, the revision asks for the ID number as before', () => {
  test('from what this phone submitted: no identity kept, the mask kept, the number asked and checked against it', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage);
    // this phone changed the form before, from the server's answers
    const before = confirmed(draftFromServer(serverForm('2011-03-15'), 2027));
    store.submitted('form-1', before, '110***********1236');
    expect(JSON.stringify(storage.get('choice-form-submitted:form-1'))).not.toContain('2011-03-15');
    const draft = store.revision('form-1', 2027, null);
    expect(draft).toMatchObject({
      formId: 'form-1',
      idMasked: '110***********1236',
      student: { name: '李明', idNumber: '' },
      declarations: { selfFilled: false },
    });
    expect(asksIdNumber(draft)).toBe(true);
    // asked: an empty one is named, another student's caught on the phone, the same student's sent
    expect(checkDraft(confirmed(draft), season, now).problems['student.idNumber']).toBe('请填写身份证号码');
    const other = { ...confirmed(draft), student: { ...draft.student, idNumber: idNumber('20110315', 135) } };
    expect(checkDraft(other, season, now).problems).toEqual({ 'student.idNumber': '与已提交的身份证号（110***********1236）不一致：修改志愿不能更换学生' });
    const same = { ...confirmed(draft), student: { ...draft.student, idNumber: idNumber('20110315', 123) } };
    expect(checkDraft(same, season, now)).toMatchObject({ problems: {}, input: { formId: 'form-1', student: { idNumber: idNumber('20110315', 123) } } });
  });

  test('a first submission keeps the receipt’s mask for a later revision on this phone', () => {
    const store = createDraftStore(memoryStorage());
    const first = { ...confirmed(emptyDraft(2027)), student: { ...emptyDraft(2027).student, name: '李明', idNumber: idNumber('20110315', 123) } };
    store.submitted('form-2', first, '110***********1236');
    expect(store.revision('form-2', 2027, null)).toMatchObject({ idMasked: '110***********1236', student: { idNumber: '' } });
  });

  test('a revision begun so stops asking once the server answers', () => {
    const store = createDraftStore(memoryStorage());
    const begun = store.revision('form-1', 2027, null);
    store.save({ ...begun, baseRevision: 1, step: 2, student: { ...begun.student, name: '李小明', idNumber: idNumber('20110315', 123) } });
    const resumed = store.revision('form-1', 2027, serverForm('2011-03-15'));
    expect(resumed).toMatchObject({ step: 2, student: { name: '李小明', idNumber: '' }, identity: { birthDate: '2011-03-15', gender: 'male' } });
    expect(asksIdNumber(resumed)).toBe(false);
  });
});
