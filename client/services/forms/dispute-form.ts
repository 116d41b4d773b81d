import { disputeRaiseInput } from '../../../shared/api/disputes';
import { fieldErrorsFrom, type FieldErrors } from '../../../shared/result';

/**
 * R7, R6: the family's request that the bureau check who used the student's ID number first. The
 * ID number comes from the form the family just typed it into; they add a phone and a note.
 */
export interface DisputeDraft {
  idNumber: string;
  phone: string;
  note: string;
}

export type DisputeInput = ReturnType<typeof disputeRaiseInput.parse>;

export function checkDisputeDraft(draft: DisputeDraft): { input: DisputeInput | null; problems: FieldErrors } {
  const parsed = disputeRaiseInput.safeParse({ idNumber: draft.idNumber.trim(), phone: draft.phone.trim(), note: draft.note });
  return parsed.success ? { input: parsed.data, problems: {} } : { input: null, problems: fieldErrorsFrom(parsed.error) };
}

/** Whether a failed submission is the “someone else used this ID first” answer, which offers the request. */
export function isIdInUse(error: { code: string } | null | undefined): boolean {
  return error?.code === 'ID_IN_USE';
}
