import { checkDraft, createDraftStore, emptyDraft, toInput, type ChoiceDraft, type PhoneStorage } from '../../client/services/choice-draft';
import { answerOf } from '../../client/services/envelope';
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
    student: { ...draft.student, name: '李明', gender: 'male', idNumber: idNumber('20110315', 123), phone: '13800001234', juniorSchoolId: 'junior-xz-2', ...over },
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
  const adult = { ...filled({ idNumber: idNumber('19950620', 135), group: 'migrant-worker', graduationYear: '2011', schedule: 'credit' }), guardian: { name: '', phone: '' } };
  expect((toInput(adult, now) as { guardian?: unknown }).guardian).toBeUndefined();
});

test('the phone checks with the server’s schema and rules: an empty guardian of a minor and a control character are named by field', () => {
  expect(checkDraft(filled(), season, now)).toMatchObject({ problems: {}, input: { student: { name: '李明' } } });
  const minor = { ...filled(), guardian: { name: '', phone: '' } };
  expect(checkDraft(minor, season, now)).toMatchObject({ input: null, problems: { 'guardian.name': '请填写姓名', 'guardian.relation': '请选择与学生的关系' } });
  expect(checkDraft(filled({ name: '李\u0000明' }), season, now).problems).toEqual({ 'student.name': '请不要输入不可见的控制字符' });
  expect(checkDraft(filled({ gender: 'female' }), season, now).problems).toEqual({ 'student.gender': '性别与身份证号码不一致' });
});

test('the result envelope: the function’s answer as it came, NETWORK when none came, INTERNAL for anything that is not a result', async () => {
  expect(await answerOf(async () => ({ ok: true, data: { n: 1 } }))).toEqual({ ok: true, data: { n: 1 } });
  const refusal = { ok: false, error: { code: 'ALREADY_SUBMITTED', message: '已有一份有效的志愿表' } };
  expect(await answerOf(async () => refusal)).toEqual(refusal);
  expect(await answerOf(async () => Promise.reject(new Error('request:fail timeout')))).toMatchObject({ ok: false, error: { code: 'NETWORK', message: expect.stringContaining('网络') } });
  expect(await answerOf(async () => '<html>502 Bad Gateway</html>')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(await answerOf(async () => ({ ok: false, error: { code: 'NO_SUCH_CODE', message: 'x' } }))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
});
