import type { MyForm } from '../../shared/api/choices';
import { ADULT_AGE, choiceFormInput, choiceFormProblems, type ChoiceFormInput } from '../../shared/choice-form';
import { ageOn, isValidIdNumber, normaliseIdNumber } from '../../shared/id-number';
import { fieldErrorsFrom, type FieldErrors } from '../../shared/result';

/** The form as it is being filled in: every answer as typed, plus the request id of its submission. */
export interface ChoiceDraft {
  requestId: string;
  /** set when this draft changes a submitted form (its next revision) */
  formId?: string;
  /** the revision of that form this draft started from, as the server numbered it */
  baseRevision?: number;
  /** that form's ID number as the receipt shows it: the student must stay the same */
  idMasked?: string;
  step: number;
  filledBy: ChoiceFormInput['filledBy'];
  student: { name: string; gender?: 'male' | 'female'; idNumber: string; phone: string; juniorSchoolId?: string; group: ChoiceFormInput['student']['group']; graduationYear: string; schedule?: 'academic-year' | 'credit' };
  guardian: { name: string; relation?: 'father' | 'mother' | 'grandparent' | 'other'; phone: string };
  choices: Array<{ brochureId?: string; majorId?: string }>;
  declarations: { selfFilled: boolean; voluntary: boolean; noGeneralHighSchool: boolean };
  consent: { personalData: boolean; guardianConsent: boolean };
}

const KEY = 'choice-form-draft';
const SUBMITTED = 'choice-form-submitted:';

function newRequestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function emptyDraft(year: number): ChoiceDraft {
  return {
    requestId: newRequestId(),
    step: 0,
    filledBy: 'student',
    student: { name: '', idNumber: '', phone: '', group: 'current-graduate', graduationYear: String(year) },
    guardian: { name: '', phone: '' },
    choices: [{}],
    declarations: { selfFilled: false, voluntary: false, noGeneralHighSchool: false },
    consent: { personalData: false, guardianConsent: false },
  };
}

/** What a revision needs of a form as 我的志愿 (choiceMine) lists it. */
export type ServerForm = Pick<MyForm, 'formId' | 'revision' | 'idMasked' | 'answers'>;

/** Declarations and consents are made again for every revision: a revision starts with none. */
function unconfirmed(): Pick<ChoiceDraft, 'declarations' | 'consent'> {
  return { declarations: { selfFilled: false, voluntary: false, noGeneralHighSchool: false }, consent: { personalData: false, guardianConsent: false } };
}

/**
 * The next revision of a form as the server holds it: every answer but the ID number (which the
 * server keeps only encrypted, and asks for again to be sure it is the same student) and the
 * declarations, to confirm again.
 */
export function draftFromServer(form: ServerForm, year: number): ChoiceDraft {
  const empty = emptyDraft(year);
  const a = form.answers;
  if (!a) return { ...empty, formId: form.formId, baseRevision: form.revision, idMasked: form.idMasked };
  return {
    ...empty,
    formId: form.formId,
    baseRevision: form.revision,
    idMasked: form.idMasked,
    filledBy: a.filledBy,
    student: { ...a.student, idNumber: '', graduationYear: String(a.student.graduationYear) },
    guardian: a.guardian ? { ...a.guardian } : { name: '', phone: '' },
    choices: a.choices.length ? a.choices.map((c) => ({ ...c })) : [{}],
    ...unconfirmed(),
  };
}

/** Whether a typed ID number is the one a mask like 110***********1236 was made from (as far as it shows). */
export function matchesMask(idNumber: string, mask: string): boolean {
  const id = normaliseIdNumber(idNumber);
  return id.length === mask.length && [...mask].every((m, i) => m === '*' || m.toUpperCase() === id[i]);
}

/** The phone's key-value storage (WeChat's and the browser's alike answer '' for a missing key). */
export interface PhoneStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

/**
 * The draft lives on the phone, so closing the app or losing the network loses nothing; the
 * request id stays with it, so submitting again after a lost answer is the same submission.
 */
export function createDraftStore(storage: PhoneStorage) {
  const read = (key: string) => (storage.get(key) as ChoiceDraft | '' | undefined) || null;
  return {
    load(): ChoiceDraft | null {
      return read(KEY);
    },
    save(draft: ChoiceDraft): void {
      storage.set(KEY, draft);
    },
    clear(): void {
      storage.remove(KEY);
    },
    /**
     * Keeps what was submitted, so changing it later starts from the answers already given — all but
     * the ID number, which stays on the phone no longer than the form is being filled in.
     */
    submitted(formId: string, draft: ChoiceDraft): void {
      storage.set(`${SUBMITTED}${formId}`, { ...draft, formId, student: { ...draft.student, idNumber: '' } });
    },
    /**
     * A draft for the next revision of a form. A revision already under way on this phone goes on,
     * unless the form changed since (on another phone); else it starts from the answers the server
     * holds; without them (the server did not answer), from what this phone submitted, if anything.
     */
    revision(formId: string, year: number, server?: ServerForm | null): ChoiceDraft {
      const current = read(KEY);
      if (current?.formId === formId && (!server || current.baseRevision === server.revision)) return current;
      if (server?.answers) return draftFromServer(server, year);
      return { ...(read(`${SUBMITTED}${formId}`) ?? emptyDraft(year)), formId, requestId: newRequestId(), step: 0, ...unconfirmed() };
    },
  };
}
export type DraftStore = ReturnType<typeof createDraftStore>;

/** The guardian is on the form when anything of theirs was filled in, they fill it, or the student is a minor. */
function withGuardian(d: ChoiceDraft, now: Date): boolean {
  const minor = isValidIdNumber(d.student.idNumber) && ageOn(d.student.idNumber, now) < ADULT_AGE;
  return Boolean(d.guardian.name || d.guardian.phone || d.guardian.relation) || d.filledBy === 'guardian' || minor;
}

/** The draft as the function's input (answers left empty stay empty, for the schema to name). */
export function toInput(d: ChoiceDraft, now = new Date()): unknown {
  return {
    requestId: d.requestId,
    filledBy: d.filledBy,
    student: { ...d.student, graduationYear: Number(d.student.graduationYear) || 0, ...(d.student.group === 'current-graduate' ? { schedule: undefined } : {}) },
    guardian: withGuardian(d, now) ? d.guardian : undefined,
    choices: d.choices.filter((c) => c.brochureId || c.majorId),
    declarations: d.declarations,
    consent: d.consent,
  };
}

/**
 * The form as the phone can check it, with the same schema and rules the server uses (the server
 * checks again, with its own clock): the input to send, or the problems field by field.
 */
export function checkDraft(draft: ChoiceDraft, season: { year: number; maxChoices: number }, now = new Date()): { input: ChoiceFormInput | null; problems: FieldErrors } {
  const parsed = choiceFormInput.safeParse(toInput(draft, now));
  // A revision is of the same student: a different (valid) ID number is caught here, on its own
  // step, rather than by the server after the last one.
  const sameStudent: FieldErrors =
    draft.idMasked && isValidIdNumber(draft.student.idNumber) && !matchesMask(draft.student.idNumber, draft.idMasked)
      ? { 'student.idNumber': `与已提交的身份证号（${draft.idMasked}）不一致：修改志愿不能更换学生` }
      : {};
  if (!parsed.success) return { input: null, problems: { ...sameStudent, ...fieldErrorsFrom(parsed.error) } };
  const problems = { ...choiceFormProblems(parsed.data, now, season), ...sameStudent };
  return { input: Object.keys(problems).length ? null : parsed.data, problems };
}
