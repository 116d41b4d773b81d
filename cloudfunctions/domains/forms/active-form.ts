import type { ChoiceFormRecord } from '../../../shared/records/form';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';

/**
 * R7, 普职不兼报: one active choice form per student per year — all of it in this module.
 *
 * The student is recognised by a keyed hash of their ID number (`studentKey`). While a form is
 * active it carries `activeKey` = student + year; the unique index `active_student_year` on
 * `choiceForms.activeKey` (config/database.ts) is the claim: a second active form of the student
 * cannot be written, however many submits race (MongoDB refuses the second insert, or makes the
 * concurrent transactions conflict), and `failureForDatabaseError` (domains/unique-indexes.ts) answers
 * the refusal as ALREADY_SUBMITTED. The index is sparse, so withdrawal frees the claim by removing
 * the key (`releasedClaim`). No separate claim document: it cost every submit a read and a write.
 */
export function activeKeyOf(studentKey: string, year: number): string {
  return `${studentKey}:${year}`;
}

/** The student's active form of the year, whoever filed it, if there is one. */
export async function activeFormOf(studentKey: string, year: number): Promise<ChoiceFormRecord | null> {
  return (await records.choiceForms.find({ activeKey: activeKeyOf(studentKey, year) }, { limit: 1 }))[0] ?? null;
}

/** The part of a form's update that frees the student's claim when the form is no longer active. */
export function releasedClaim() {
  return { activeKey: _.remove() };
}
