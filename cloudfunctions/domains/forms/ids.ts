import { createHash } from 'node:crypto';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import type { Tx } from '../../_kit/platform/transaction';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** A form's id follows from who submitted it and their request id: a retried submit is the same form. */
export function formIdFor(openid: string, requestId: string): string {
  return `form-${digest(`${openid}:${requestId}`).slice(0, 32)}`;
}

/**
 * A form's lead at a school has one id for good, so the lead can be read by id inside the
 * transaction that changes the form, and a school dropped and chosen again finds its lead.
 */
export function leadIdFor(formId: string, schoolId: string): string {
  return `lead-${formId.slice('form-'.length)}-${digest(schoolId).slice(0, 12)}`;
}

/** The form's leads at every school it has one at, read by their ids inside the caller's transaction. */
export async function leadsInTx(tx: Tx, form: Pick<ChoiceFormRecord, '_id' | 'leadSchools'>): Promise<Lead[]> {
  const leads = await Promise.all(form.leadSchools.map((schoolId) => tx.leads.get(leadIdFor(form._id, schoolId))));
  return leads.flatMap((l) => (l ? [l] : []));
}

/** Each earlier revision of a form is kept under its own id. */
export function revisionIdFor(formId: string, revision: number): string {
  return `${formId}-r${revision}`;
}
