import { choiceWithdrawInput, choiceWithdrawOutput } from '../../../shared/api/choices';
import { assertWindowOpenFor } from '../../domains/forms/window';
import { withdrawal } from '../../domains/forms/withdraw';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { ownForm } from '../../domains/forms/own-form';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { currentSeason } from '../../domains/season/season';
import { admissionFailures } from '../../domains/admission/failures';

/**
 * Withdrawal is a status, not a delete (R4): the form and its leads stay, marked withdrawn, and
 * the student may submit a new form (R7). Only the family who submitted it, only inside the window
 * (R9). Withdrawing twice is withdrawing once; an early-study request ends with the form (R8).
 */
export const main = defineFunction({
  name: 'choiceWithdraw',
  input: choiceWithdrawInput,
  output: choiceWithdrawOutput,
  roles: ['family'],
  async handler({ formId }, caller) {
    const at = now();
    const form = await ownForm(caller, formId);
    const season = await currentSeason(at);
    // a past year's form stays as that year closed (its figures, its schools' students)
    if (form.year !== season.year) throw admissionFailures.formOfPastYear(form.year);
    await assertWindowOpenFor(season, form.student.juniorSchoolId, at);
    await inTransaction(async (tx) => {
      const current = await tx.choiceForms.get(formId);
      if (!current) throw failures.notFound();
      if (current.status === 'withdrawn') return;
      const { patch } = await withdrawal(tx, current, at);
      await tx.choiceForms.update(formId, patch);
    });
    return { formId, status: 'withdrawn' as const };
  },
});
