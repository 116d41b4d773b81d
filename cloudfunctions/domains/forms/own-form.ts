import type { ChoiceFormRecord } from '../../../shared/records/form';
import { records } from '../../_kit/platform/collections';
import { failures } from '../../_kit/platform/failures';

/**
 * The form a family names, if it is theirs: another family's form is answered as missing, exactly
 * like one that does not exist, so no one learns whose forms exist.
 */
export async function ownForm(caller: { openid: string }, formId: string): Promise<ChoiceFormRecord> {
  const form = await records.choiceForms.get(formId);
  if (!form || form.openid !== caller.openid) throw failures.notFound();
  return form;
}
