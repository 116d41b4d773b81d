import { failures } from '../platform/failures';
import type { Tx } from '../platform/transaction';

/**
 * R7, 普职不兼报: one active choice form per student per year — all of it in this module.
 *
 * The student is recognised by a keyed hash of their ID number (`studentKey`). While a form is
 * active it carries `activeKey` = student + year, and a claim document with that id names the form.
 * Submit claims it first in its transaction, so concurrent submits for one student meet on one
 * document and all but one conflict or find it taken; withdrawal releases it. Behind the claim
 * stands the unique index `active_student_year` on `choiceForms.activeKey` (config/database.ts),
 * whose violation `failureForDatabaseError` (platform/failures.ts) answers as ALREADY_SUBMITTED.
 */
export function activeKeyOf(studentKey: string, year: number): string {
  return `${studentKey}:${year}`;
}

/** Takes the student's claim for this form; refuses when another form of theirs holds it. */
export async function claimActiveForm(tx: Tx, activeKey: string, formId: string, at: Date): Promise<void> {
  const claim = await tx.activeForms.get(activeKey);
  if (claim?.formId && claim.formId !== formId) throw failures.alreadySubmitted();
  await tx.activeForms.set(activeKey, { formId, at });
}

/** Frees the student's claim when their form is no longer active, so they may submit again. */
export async function releaseActiveForm(tx: Tx, activeKey: string, at: Date): Promise<void> {
  await tx.activeForms.set(activeKey, { formId: null, releasedAt: at });
}
