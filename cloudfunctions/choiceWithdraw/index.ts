import { choiceWithdrawInput, choiceWithdrawOutput } from '../../shared/api/choices';
import { choiceFormRecordSchema, leadSchema } from '../../shared/records/choice-form';
import { _ } from '../_kit/app';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure, notFound } from '../_kit/failure';
import { assertWindowOpen, formById, leadsOfForm } from '../_kit/forms';
import { inTransaction } from '../_kit/transaction';

/**
 * Withdrawal is a status, not a delete (R4): the form and its leads stay, marked withdrawn, and
 * the student may submit a new form. Only the family who submitted it, only inside the window (R9).
 */
export const main = defineFunction({
  name: 'choiceWithdraw',
  input: choiceWithdrawInput,
  output: choiceWithdrawOutput,
  roles: ['family'],
  async handler({ formId }, caller) {
    const at = now();
    const form = await formById(formId);
    if (!form || form.openid !== caller.openid) throw notFound();
    assertWindowOpen(at);
    const leads = await leadsOfForm(formId);
    await inTransaction(async (tx) => {
      const current = choiceFormRecordSchema.parse((await tx.collection('choiceForms').doc(formId).get()).data);
      if (current.status !== 'active' || !current.activeKey) throw new Failure('CONFLICT', undefined, '这份志愿表已经撤回了。');
      await tx.collection('choiceForms').doc(formId).update({ status: 'withdrawn', activeKey: _.remove(), updatedAt: at });
      await tx.collection('activeForms').doc(current.activeKey).set({ formId: null, releasedAt: at });
      for (const lead of leads) {
        const stored = leadSchema.parse((await tx.collection('leads').doc(lead._id).get()).data);
        await tx.collection('leads').doc(lead._id).update({ status: 'withdrawn', updatedAt: at, history: [...stored.history, { status: 'withdrawn', at, actorStaffId: null }] });
      }
    });
    return { formId, status: 'withdrawn' as const };
  },
});
