import { choiceReviseInput, choiceReviseOutput } from '../../../shared/api/choices';
import type { ChoiceFormInput } from '../../../shared/choice-form';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import { checkForm } from '../../domains/forms/check';
import { revisionIdFor } from '../../domains/forms/ids';
import { leadsOfForm, receiptOf } from '../../domains/forms/receipt';
import { settleEarlyStudy } from '../../domains/juniors/early-study';
import { reconcileLeads, recruiterChooser } from '../../domains/forms/reconcile';
import { assertWindowOpenFor } from '../../domains/forms/window';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { decrypt, keyedHash } from '../../_kit/platform/personal-data';
import { inTransaction } from '../../_kit/platform/transaction';
import { currentSeason } from '../../domains/season/season';
import { formFailures } from '../../domains/forms/failures';

/**
 * A changed form is its next revision (R9: only inside the window): checked again in full, the
 * earlier revision kept as it stood, its leads reconciled with the new choices (R24), and the
 * recruiters told again. The same request applied twice, even at the same moment, answers the
 * same receipt and changes nothing more.
 */
export const main = defineFunction({
  name: 'choiceRevise',
  input: choiceReviseInput,
  output: choiceReviseOutput,
  roles: ['family'],
  async handler({ formId, ...input }, caller) {
    const at = now();
    const current = await records.choiceForms.get(formId);
    if (!current || current.openid !== caller.openid) throw failures.notFound();
    // A retried request (the latest, or a late retry of an earlier one) changes nothing more.
    if (current.requestId === input.requestId || current.requestIds.includes(input.requestId)) return receiptOf(current, await leadsOfForm(formId));
    const season = await assertWindowOpenFor(await currentSeason(at), input.student.juniorSchoolId, at);
    if (current.status !== 'active') throw formFailures.formWithdrawn();
    // Issue 13: the ID number is not asked again; the server knows the form's student. One that is
    // sent must be that student's.
    if (input.student.idNumber !== undefined && keyedHash(input.student.idNumber) !== current.studentKey) throw formFailures.studentChanged();
    const form: ChoiceFormInput = { ...input, student: { ...input.student, idNumber: input.student.idNumber ?? decrypt(current.student.idCipher) } };
    const checked = await checkForm(form, at, season, current.student.juniorSchoolId);
    const recruiterFor = recruiterChooser(checked.content, checked.recruiters);
    const result = await inTransaction(async (tx) => {
      const stored = await tx.choiceForms.get(formId);
      if (!stored) throw failures.notFound();
      if (stored.requestId === form.requestId || stored.requestIds.includes(form.requestId)) return { form: stored, leads: null };
      if (stored.status !== 'active') throw formFailures.formWithdrawn();
      if (stored.revision !== current.revision) throw formFailures.formChangedMeanwhile();
      const { _id, ...previous } = stored;
      await tx.choiceFormRevisions.add({ ...previous, _id: revisionIdFor(formId, stored.revision), formId });
      // The new content replaces the old whole: a guardian left off the revision is no longer kept.
      const { guardian: _replaced, ...kept } = stored;
      const revised: ChoiceFormRecord = {
        ...kept,
        ...checked.content,
        revision: stored.revision + 1,
        requestId: form.requestId,
        requestIds: [...stored.requestIds, form.requestId].slice(-50),
        updatedAt: at,
      };
      const { leadSchools, leads, placement } = await reconcileLeads(tx, revised, { change: 'revised', at, recruiters: checked.recruiters, recruiterFor });
      // R8: an early-study request at a school the form no longer chooses is cancelled
      const { earlyStudyId: _before, ...rest } = revised;
      const earlyStudyId = await settleEarlyStudy(tx, revised, at);
      const { _id: _same, ...content } = { ...rest, leadSchools, placement, ...(earlyStudyId ? { earlyStudyId } : {}) };
      await tx.choiceForms.set(formId, content);
      return { form: { ...revised, leadSchools, placement }, leads };
    });
    return receiptOf(result.form, result.leads ?? (await leadsOfForm(formId)));
  },
});
