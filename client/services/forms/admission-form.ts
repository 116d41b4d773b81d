import type { AdmissionList } from '../../../shared/api/admission';
import { admissionNoticeSchema, noticeTuitionProblem, type AdmissionNotice } from '../../../shared/admission';
import { fieldErrorsFrom, type FieldErrors } from '../../../shared/result';

export interface NoticeDraft {
  reportOn: string;
  place: string;
  bring: string;
}

export const emptyNotice: NoticeDraft = { reportOn: '', place: '', bring: '' };

/**
 * The notice as typed, checked before anything is sent (and so before the admission is confirmed);
 * its problems under their boxes. `tuitionExempt` (the season's, from admissionList): R16's tuition
 * line is named under 需携带的材料 as the server would name it.
 */
export function checkNotice(draft: NoticeDraft, tuitionExempt = false): { notice: AdmissionNotice | null; problems: FieldErrors } {
  const parsed = admissionNoticeSchema.safeParse(draft);
  if (!parsed.success) return { notice: null, problems: fieldErrorsFrom(parsed.error) };
  const tuition = noticeTuitionProblem(parsed.data, tuitionExempt);
  return tuition ? { notice: null, problems: { bring: tuition } } : { notice: parsed.data, problems: {} };
}

/** The applicants whose name or junior high holds what was typed (all of them for nothing typed), in the desk's order. */
export function matching(candidates: AdmissionList['candidates'], typed: string): AdmissionList['candidates'] {
  const query = typed.trim();
  return query ? candidates.filter((c) => c.studentName.includes(query) || c.juniorSchoolName.includes(query)) : candidates;
}

/** Whom the admin may still tick: applicants not yet admitted, in the desk's order. */
export function selectable(candidates: AdmissionList['candidates']): string[] {
  // R26: a student holding an offer of 统一录取 is never admitted by a school
  return candidates.filter((c) => !c.admitted && !c.offer && (c.status === 'new' || c.status === 'contacted' || c.status === 'visited')).map((c) => c.leadId);
}

/** The first `n` applicants still to decide on: the admin's "select by the order" shortcut, never beyond the places left. */
export function firstInOrder(candidates: AdmissionList['candidates'], placesLeft: number, max = 20): string[] {
  return selectable(candidates).slice(0, Math.max(0, Math.min(placesLeft, max)));
}
