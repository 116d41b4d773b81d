import type { PhoneStorage } from '../../client/services/platform/phone-storage';
import {
  checkDraft,
  createDraftStore,
  draftFromServer,
  emptyDraft,
  matchesMask,
  toInput,
  withSchool,
  type ChoiceDraft,
} from '../../client/services/forms/choice-draft';
import { answerOf } from '../../client/services/calls/envelope';
import { idNumber } from '../helpers/forms';

/** The client's own logic, without a phone: the draft on the phone, the form it sends, the answer it reads. */
function memoryStorage(): PhoneStorage & { keys(): string[] } {
  const values = new Map<string, unknown>();
  return {
    get: (key) => values.get(key) ?? '',
    set: (key, value) => void values.set(key, structuredClone(value)),
    remove: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}

const now = new Date('2027-04-15T10:00:00+08:00');
const season = { year: 2027, maxChoices: 3 };

function filled(over: Partial<ChoiceDraft['student']> = {}): ChoiceDraft {
  const draft = emptyDraft(2027);
  return {
    ...draft,
    student: {
      ...draft.student,
      name: '李明',
      gender: 'male',
      idNumber: idNumber('20110315', 123),
      phone: '13800001234',
      juniorSchoolId: 'junior-xz-2',
      ...over,
    },
    guardian: { name: '李建国', relation: 'father', phone: '13900005678' },
    choices: [{ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' }, {}],
    declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true },
    consent: { personalData: true, guardianConsent: true },
  };
}

test('a draft survives closing the app; clearing it forgets it', () => {
  const storage = memoryStorage();
  const store = createDraftStore(storage);
  expect(store.load()).toBeNull();
  const draft = filled();
  store.save(draft);
  expect(createDraftStore(storage).load()).toEqual(draft);
  store.clear();
  expect(store.load()).toBeNull();
});

test('a submitted form is remembered without its ID number, and a revision starts from it with a new request id', () => {
  const storage = memoryStorage();
  const store = createDraftStore(storage);
  const draft = filled();
  store.submitted('form-1', draft);
  expect(JSON.stringify(storage.get('choice-form-submitted:form-1'))).not.toContain(draft.student.idNumber);
  const revision = store.revision('form-1', 2027);
  expect(revision).toMatchObject({ formId: 'form-1', step: 0, student: { name: '李明', idNumber: '' } });
  expect(revision.requestId).not.toBe(draft.requestId);
  // a revision already under way on this phone is kept as it is
  store.save({ ...revision, step: 2 });
  expect(store.revision('form-1', 2027)).toMatchObject({ requestId: revision.requestId, step: 2 });
  // a phone that never submitted it starts from an empty form for that form
  expect(store.revision('form-2', 2027)).toMatchObject({ formId: 'form-2', student: { name: '' } });
});

test('form assembly: empty choices are left out, the year becomes a number, a current graduate sends no schedule', () => {
  const input = toInput({ ...filled(), student: { ...filled().student, graduationYear: '2027', schedule: 'credit' } }, now) as Record<string, unknown>;
  expect(input.choices).toEqual([{ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' }]);
  expect(input.student).toMatchObject({ graduationYear: 2027, schedule: undefined });
});

test('form assembly: the guardian goes with a minor even when nothing of theirs was typed, and not with an adult who filled it alone', () => {
  const minor = { ...filled(), guardian: { name: '', phone: '' } };
  expect((toInput(minor, now) as { guardian?: unknown }).guardian).toEqual({ name: '', phone: '' });
  const adult = {
    ...filled({ idNumber: idNumber('19950620', 135), group: 'migrant-worker', graduationYear: '2011', schedule: 'credit' }),
    guardian: { name: '', phone: '' },
  };
  expect((toInput(adult, now) as { guardian?: unknown }).guardian).toBeUndefined();
});

test('the phone checks with the server’s schema and rules: an empty guardian of a minor and a control character are named by field', () => {
  expect(checkDraft(filled(), season, now)).toMatchObject({ problems: {}, input: { student: { name: '李明' } } });
  const minor = { ...filled(), guardian: { name: '', phone: '' } };
  expect(checkDraft(minor, season, now)).toMatchObject({
    input: null,
    problems: { 'guardian.name': '请填写监护人姓名', 'guardian.relation': '请选择与学生的关系' },
  });
  expect(checkDraft(filled({ name: '李\u0000明' }), season, now).problems).toEqual({ 'student.name': '请不要输入不可见的控制字符' });
  expect(checkDraft(filled({ gender: 'female' }), season, now).problems).toEqual({ 'student.gender': '性别与身份证号码不一致' });
});

test('the result envelope: the function’s answer as it came, NETWORK when none came, INTERNAL for anything that is not a result', async () => {
  expect(await answerOf(async () => ({ ok: true, data: { n: 1 } }))).toEqual({ ok: true, data: { n: 1 } });
  const refusal = { ok: false, error: { code: 'ALREADY_SUBMITTED', message: '已有一份有效的志愿表' } };
  expect(await answerOf(async () => refusal)).toEqual(refusal);
  expect(await answerOf(async () => Promise.reject(new Error('request:fail timeout')))).toMatchObject({
    ok: false,
    error: { code: 'NETWORK', message: expect.stringContaining('网络') },
  });
  expect(await answerOf(async () => '<html>502 Bad Gateway</html>')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(await answerOf(async () => ({ ok: false, error: { code: 'NO_SUCH_CODE', message: 'x' } }))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
});

describe('a revision on a phone that does not have the form starts from the server’s answers', () => {
  const server = {
    formId: 'form-1',
    revision: 2,
    idMasked: '110***********1236',
    answers: {
      filledBy: 'guardian' as const,
      student: {
        name: '李明',
        gender: 'male' as const,
        phone: '13800001234',
        juniorSchoolId: 'junior-xz-2',
        group: 'current-graduate' as const,
        graduationYear: 2027,
        birthDate: '2011-03-15',
      },
      guardian: { name: '李建国', relation: 'father' as const, phone: '13900005678' },
      choices: [
        { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' },
        { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001' },
      ],
    },
  };

  test('every answer but the ID number, the declarations and consents to make again, a new request id', () => {
    const draft = draftFromServer(server, 2027);
    expect(draft).toMatchObject({
      formId: 'form-1',
      baseRevision: 2,
      idMasked: '110***********1236',
      step: 0,
      filledBy: 'guardian',
      student: {
        name: '李明',
        gender: 'male',
        idNumber: '',
        phone: '13800001234',
        juniorSchoolId: 'junior-xz-2',
        group: 'current-graduate',
        graduationYear: '2027',
      },
      guardian: { name: '李建国', relation: 'father', phone: '13900005678' },
      choices: server.answers.choices,
      declarations: { selfFilled: false, voluntary: false, noGeneralHighSchool: false },
      consent: { personalData: false, guardianConsent: false },
    });
    expect(draft.requestId).toMatch(/^[\w-]{8,}$/);
    // with the ID number typed again and the declarations made, it is a complete form
    const ready = {
      ...draft,
      student: { ...draft.student, idNumber: idNumber('20110315', 123) },
      declarations: { selfFilled: true, voluntary: true, noGeneralHighSchool: true },
      consent: { personalData: true, guardianConsent: true },
    };
    expect(checkDraft(ready, season, now)).toMatchObject({ problems: {}, input: { filledBy: 'guardian', choices: server.answers.choices } });
  });

  test('another student’s ID number is caught on the phone', () => {
    const draft = { ...filled({ idNumber: idNumber('20110315', 135) }), idMasked: '110***********1236', formId: 'form-1' };
    expect(checkDraft(draft, season, now).problems).toEqual({ 'student.idNumber': '与已提交的身份证号（110***********1236）不一致：修改志愿不能更换学生' });
    // caught on the student step, before the declarations (made last) are
    const undeclared = { ...draft, declarations: { selfFilled: false, voluntary: false, noGeneralHighSchool: false } };
    expect(checkDraft(undeclared, season, now).problems['student.idNumber']).toBe('与已提交的身份证号（110***********1236）不一致：修改志愿不能更换学生');
    // a mistyped number is named as mistyped, not as another student
    expect(checkDraft({ ...draft, student: { ...draft.student, idNumber: '110105201103151230' } }, season, now).problems['student.idNumber']).toMatch(
      /^身份证号码有误/,
    );
    expect(matchesMask('110105201103151236', '110***********1236')).toBe(true);
    expect(matchesMask(' 11010520110315123x ', '110***********123X')).toBe(true);
    expect(matchesMask('110105201103151236', '110***********1237')).toBe(false);
    expect(matchesMask('11010520110315123', '110***********1236')).toBe(false);
  });

  test('the store prefers the server: a revision under way goes on only while the form is unchanged', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage);
    // nothing on this phone: the server's answers
    const first = store.revision('form-1', 2027, server);
    expect(first).toMatchObject({ baseRevision: 2, student: { name: '李明', idNumber: '' } });
    // a revision under way on this phone goes on
    store.save({ ...first, step: 2, student: { ...first.student, name: '李小明' } });
    expect(store.revision('form-1', 2027, server)).toMatchObject({ requestId: first.requestId, step: 2, student: { name: '李小明' } });
    // the form was changed on another phone meanwhile: start again from what the server now holds
    const changed = { ...server, revision: 3, answers: { ...server.answers, choices: [server.answers.choices[1]!] } };
    expect(store.revision('form-1', 2027, changed)).toMatchObject({ baseRevision: 3, step: 0, choices: [server.answers.choices[1]] });
    // what this phone submitted, when the server could not be asked, still without declarations
    store.clear();
    store.submitted('form-9', filled());
    expect(store.revision('form-9', 2027, null)).toMatchObject({
      formId: 'form-9',
      student: { name: '李明', idNumber: '' },
      declarations: { selfFilled: false },
    });
  });
});

test('the same school and major twice is said on the choices step, while the declarations are still unticked (issue 25, item 3)', () => {
  const twice = {
    ...filled(),
    choices: [
      { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' },
      { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' },
    ],
    declarations: { selfFilled: false, voluntary: false, noGeneralHighSchool: false },
  };
  expect(checkDraft(twice, season, now).problems).toMatchObject({ 'choices.1': '同一学校的同一专业请只填一次' });
});

test('an empty first step asks for each answer in words for a parent, never in the validator’s (issue 25, item 2)', () => {
  const empty = emptyDraft(2027);
  const { problems } = checkDraft(empty, season, now);
  expect(problems).toMatchObject({
    'student.idNumber': '请填写身份证号码',
    'student.juniorSchoolId': '请选择毕业（就读）的初中学校',
    'student.gender': '请选择性别',
  });
  for (const message of Object.values(problems)) expect(message).not.toMatch(/无效|期望|string|undefined|number|（R\d+）/);
});

describe('withSchool: the form opened from a brochure’s 填报志愿 has that school chosen (issue 25)', () => {
  const base = emptyDraft(2027);
  test('as the first choice when none is made', () => {
    expect(withSchool(base, 'brochure-a', 3).choices).toEqual([{ brochureId: 'brochure-a' }]);
  });
  test('after the family’s own choices while there is room; never twice; a full form is left as it is', () => {
    const one = { ...base, choices: [{ brochureId: 'brochure-b', majorId: 'm1' }] };
    expect(withSchool(one, 'brochure-a', 3).choices).toEqual([{ brochureId: 'brochure-b', majorId: 'm1' }, { brochureId: 'brochure-a' }]);
    expect(withSchool(one, 'brochure-b', 3)).toBe(one);
    const full = { ...base, choices: [{ brochureId: 'brochure-b' }, { brochureId: 'brochure-c' }] };
    expect(withSchool(full, 'brochure-a', 2)).toBe(full);
  });
});
