import type { z } from 'zod';
import { choiceReviseInput, type MyForm } from '../../../shared/api/choices';
import { ADULT_AGE, choiceFormInput, choiceFormProblems, repeatedChoices, type ChoiceFormInput } from '../../../shared/choice-form';
import { ageFromBirth, birthFromDay, identityOf, isValidIdNumber, normaliseIdNumber, type StudentIdentity } from '../../../shared/id-number';
import { fieldErrorsFrom, type FieldErrors } from '../../../shared/result';
import { askForEmpty } from './field-errors';
import type { PhoneStorage } from '../platform/phone-storage';

/** The form as it is being filled in: every answer as typed, plus the request id of its submission. */
export interface ChoiceDraft {
  requestId: string;
  /** set when this draft changes a submitted form (its next revision) */
  formId?: string;
  /** the revision of that form this draft started from, as the server numbered it */
  baseRevision?: number;
  /** that form's ID number as the receipt shows it: the student must stay the same */
  idMasked?: string;
  /**
   * On a revision started from the server's answers: what the student's ID number says (birth date
   * YYYY-MM-DD, and the gender the form holds, checked against the number when first submitted).
   * With it the phone checks the age rules without asking for the number again (issue 13).
   */
  identity?: { birthDate: string; gender: 'male' | 'female' };
  step: number;
  filledBy: ChoiceFormInput['filledBy'];
  student: {
    name: string;
    gender?: 'male' | 'female';
    idNumber: string;
    phone: string;
    juniorSchoolId?: string;
    group: ChoiceFormInput['student']['group'];
    graduationYear: string;
    schedule?: 'academic-year' | 'credit';
  };
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

/**
 * The form opened from a brochure's 填报志愿: that school is chosen already — as the first choice
 * when none is made yet, else added after the others while there is room; a draft that has it
 * already, or is full, is left as it is (the family's own choices come first).
 */
export function withSchool(draft: ChoiceDraft, brochureId: string, maxChoices: number): ChoiceDraft {
  if (draft.choices.some((c) => c.brochureId === brochureId)) return draft;
  const empty = draft.choices.findIndex((c) => !c.brochureId);
  if (empty >= 0) return { ...draft, choices: draft.choices.map((c, i) => (i === empty ? { brochureId } : c)) };
  if (draft.choices.length >= maxChoices) return draft;
  return { ...draft, choices: [...draft.choices, { brochureId }] };
}

/** What a revision needs of a form as 我的志愿 (choiceMine) lists it. */
export type ServerForm = Pick<MyForm, 'formId' | 'revision' | 'idMasked' | 'answers'>;

/** Declarations and consents are made again for every revision: a revision starts with none. */
function unconfirmed(): Pick<ChoiceDraft, 'declarations' | 'consent'> {
  return { declarations: { selfFilled: false, voluntary: false, noGeneralHighSchool: false }, consent: { personalData: false, guardianConsent: false } };
}

/**
 * The next revision of a form as the server holds it: every answer but the ID number (which the
 * server keeps only encrypted and does not ask for again: it knows the form's student) and the
 * declarations, to confirm again. What the number says of the student comes as `identity`.
 */
export function draftFromServer(form: ServerForm, year: number): ChoiceDraft {
  const empty = emptyDraft(year);
  const a = form.answers;
  if (!a) return { ...empty, formId: form.formId, baseRevision: form.revision, idMasked: form.idMasked };
  const { birthDate, graduationYear, ...student } = a.student;
  return {
    ...empty,
    formId: form.formId,
    baseRevision: form.revision,
    idMasked: form.idMasked,
    identity: { birthDate, gender: student.gender },
    filledBy: a.filledBy,
    student: { ...student, idNumber: '', graduationYear: String(graduationYear) },
    guardian: a.guardian ? { ...a.guardian } : { name: '', phone: '' },
    choices: a.choices.length ? a.choices.map((c) => ({ ...c })) : [{}],
    ...unconfirmed(),
  };
}

/**
 * Whether the form asks for the ID number: always on a first submission; on a revision only when
 * the phone does not know what the number says of the student (a revision started from this
 * phone's own copy because the server did not answer): without it the age rules cannot be checked
 * here, and the server accepts the number when it is the form's student's.
 */
export function asksIdNumber(d: Pick<ChoiceDraft, 'formId' | 'identity'>): boolean {
  return !d.formId || !d.identity;
}

/** What the ID number says of the student: from the number typed, or on a revision that does not ask it, as the server said. */
function identityOfDraft(d: ChoiceDraft): StudentIdentity | null {
  if (asksIdNumber(d)) return isValidIdNumber(d.student.idNumber) ? identityOf(normaliseIdNumber(d.student.idNumber)) : null;
  return d.identity ? { birthDate: birthFromDay(d.identity.birthDate), gender: d.identity.gender } : null;
}

/** Whether a typed ID number is the one a mask like 110***********1236 was made from (as far as it shows). */
export function matchesMask(idNumber: string, mask: string): boolean {
  const id = normaliseIdNumber(idNumber);
  return id.length === mask.length && [...mask].every((m, i) => m === '*' || m.toUpperCase() === id[i]);
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
     * the ID number, which stays on the phone no longer than the form is being filled in, and what it
     * says of the student (the server sends that again with its answers). The mask the receipt shows
     * stays, so a revision from this copy can tell a different student's number on the phone.
     */
    submitted(formId: string, draft: ChoiceDraft, idMasked?: string): void {
      const { identity: _fromServer, ...kept } = draft;
      storage.set(`${SUBMITTED}${formId}`, { ...kept, formId, idMasked: idMasked ?? draft.idMasked, student: { ...draft.student, idNumber: '' } });
    },
    /**
     * A draft for the next revision of a form. A revision already under way on this phone goes on,
     * unless the form changed since (on another phone); else it starts from the answers the server
     * holds; without them (the server did not answer), from what this phone submitted, if anything
     * — and then the ID number is asked again (`asksIdNumber`).
     */
    revision(formId: string, year: number, server?: ServerForm | null): ChoiceDraft {
      const current = read(KEY);
      if (current?.formId === formId && (!server || current.baseRevision === server.revision)) {
        // One begun while the server did not answer need not ask for the number once it does.
        const a = server?.answers;
        if (!server || !a || current.identity) return current;
        return {
          ...current,
          idMasked: server.idMasked,
          identity: { birthDate: a.student.birthDate, gender: a.student.gender },
          student: { ...current.student, idNumber: '' },
        };
      }
      if (server?.answers) return draftFromServer(server, year);
      const copy = read(`${SUBMITTED}${formId}`) ?? emptyDraft(year);
      return { ...copy, formId, idMasked: server?.idMasked ?? copy.idMasked, requestId: newRequestId(), step: 0, ...unconfirmed() };
    },
  };
}
export type DraftStore = ReturnType<typeof createDraftStore>;

/** The guardian is on the form when anything of theirs was filled in, they fill it, or the student is a minor. */
function withGuardian(d: ChoiceDraft, now: Date): boolean {
  const known = identityOfDraft(d);
  const minor = known !== null && ageFromBirth(known.birthDate, now) < ADULT_AGE;
  return Boolean(d.guardian.name || d.guardian.phone || d.guardian.relation) || d.filledBy === 'guardian' || minor;
}

/**
 * The draft as the function's input (answers left empty stay empty, for the schema to name): a
 * revision carries its form's id, and the ID number only when the form asks for it.
 */
export function toInput(d: ChoiceDraft, now = new Date()): unknown {
  const { idNumber, ...student } = d.student;
  return {
    ...(d.formId ? { formId: d.formId } : {}),
    requestId: d.requestId,
    filledBy: d.filledBy,
    student: {
      ...student,
      ...(asksIdNumber(d) ? { idNumber } : {}),
      graduationYear: Number(d.student.graduationYear) || 0,
      ...(d.student.group === 'current-graduate' ? { schedule: undefined } : {}),
    },
    guardian: withGuardian(d, now) ? d.guardian : undefined,
    choices: d.choices.filter((c) => c.brochureId || c.majorId),
    declarations: d.declarations,
    consent: d.consent,
  };
}

/** What the phone sends: a first submission (`choiceSubmit`), or a revision (`choiceRevise`, with its form's id). */
export type RevisionInput = z.infer<typeof choiceReviseInput>;
export type DraftInput = ChoiceFormInput | RevisionInput;

/**
 * The form as the phone can check it, with the same schema and rules the server uses (the server
 * checks again, with its own clock): the input to send, or the problems field by field.
 */
export function checkDraft(
  draft: ChoiceDraft,
  season: { year: number; maxChoices: number },
  now = new Date(),
): { input: DraftInput | null; problems: FieldErrors } {
  // A revision's schema takes the ID number as optional; one that is asked for is sent, '' included,
  // so an empty one is named as such.
  const parsed = (draft.formId ? choiceReviseInput : choiceFormInput).safeParse(toInput(draft, now));
  // A revision is of the same student: a different (valid) ID number is caught here, on its own
  // step, rather than by the server after the last one.
  const sameStudent: FieldErrors =
    asksIdNumber(draft) && draft.idMasked && isValidIdNumber(draft.student.idNumber) && !matchesMask(draft.student.idNumber, draft.idMasked)
      ? { 'student.idNumber': `与已提交的身份证号（${draft.idMasked}）不一致：修改志愿不能更换学生` }
      : {};
  if (!parsed.success) {
    // The choices step is checked whole even while later steps are still empty: the same choice
    // twice is said there, not after every declaration was ticked (issue 25, item 3).
    const schema = fieldErrorsFrom(parsed.error);
    return {
      input: null,
      problems: askForEmpty({ ...repeatedChoices(draft.choices.filter((c) => c.brochureId || c.majorId)), ...sameStudent, ...schema }, draft, whenEmpty),
    };
  }
  const problems = { ...choiceFormProblems(parsed.data, now, season, asksIdNumber(draft) ? undefined : identityOfDraft(draft)), ...sameStudent };
  return { input: Object.keys(problems).length ? null : parsed.data, problems };
}

/** What an empty answer asks for, in place of calling it wrong. */
const whenEmpty: Record<string, string> = {
  'student.name': '请填写学生姓名',
  'student.idNumber': '请填写身份证号码',
  'student.phone': '请填写学生手机号',
  'student.juniorSchoolId': '请选择毕业（就读）的初中学校',
  'student.graduationYear': '请填写毕业年份',
  'guardian.name': '请填写监护人姓名',
  'guardian.phone': '请填写监护人手机号',
  'guardian.relation': '请选择与学生的关系',
};
