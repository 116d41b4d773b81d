import Taro from '@tarojs/taro';
import { ADULT_AGE, type ChoiceFormInput } from '../../shared/choice-form';
import { ageOn, isValidIdNumber } from '../../shared/id-number';

/** The form as it is being filled in: every answer as typed, plus the request id of its submission. */
export interface ChoiceDraft {
  requestId: string;
  /** set when this draft changes a submitted form (its next revision) */
  formId?: string;
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

/**
 * The draft lives on the phone, so closing the app or losing the network loses nothing; the
 * request id stays with it, so submitting again after a lost answer is the same submission.
 */
export const draftStore = {
  load(): ChoiceDraft | null {
    const saved = Taro.getStorageSync(KEY) as ChoiceDraft | '' | undefined;
    return saved ? saved : null;
  },
  save(draft: ChoiceDraft): void {
    Taro.setStorageSync(KEY, draft);
  },
  clear(): void {
    Taro.removeStorageSync(KEY);
  },
  /**
   * Keeps what was submitted, so changing it later starts from the answers already given — all but
   * the ID number, which stays on the phone no longer than the form is being filled in.
   */
  submitted(formId: string, draft: ChoiceDraft): void {
    Taro.setStorageSync(`${SUBMITTED}${formId}`, { ...draft, formId, student: { ...draft.student, idNumber: '' } });
  },
  /** A draft for the next revision of a form: the last submitted answers (if this phone has them), a new request id. */
  revision(formId: string, year: number): ChoiceDraft {
    const current = this.load();
    if (current?.formId === formId) return current;
    const last = Taro.getStorageSync(`${SUBMITTED}${formId}`) as ChoiceDraft | '' | undefined;
    return { ...(last || emptyDraft(year)), formId, requestId: newRequestId(), step: 0 };
  },
};

/** The guardian is on the form when anything of theirs was filled in, they fill it, or the student is a minor. */
function withGuardian(d: ChoiceDraft): boolean {
  const minor = isValidIdNumber(d.student.idNumber) && ageOn(d.student.idNumber, new Date()) < ADULT_AGE;
  return Boolean(d.guardian.name || d.guardian.phone || d.guardian.relation) || d.filledBy === 'guardian' || minor;
}

/** The draft as the function's input (answers left empty stay empty, for the schema to name). */
export function toInput(d: ChoiceDraft): unknown {
  return {
    requestId: d.requestId,
    filledBy: d.filledBy,
    student: { ...d.student, graduationYear: Number(d.student.graduationYear) || 0, ...(d.student.group === 'current-graduate' ? { schedule: undefined } : {}) },
    guardian: withGuardian(d) ? d.guardian : undefined,
    choices: d.choices.filter((c) => c.brochureId || c.majorId),
    declarations: d.declarations,
    consent: d.consent,
  };
}
