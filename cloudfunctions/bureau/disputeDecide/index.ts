import { disputeDecideInput, disputeDecideOutput } from '../../../shared/api/disputes';
import { activeKeyOf } from '../../domains/forms/active-form';
import { withdrawal } from '../../domains/forms/withdraw';
import { enqueue } from '../../domains/messages/outbox';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { formFailures } from '../../domains/forms/failures';

/**
 * R7, R6: the bureau decides a dispute. Voiding withdraws the form filed first, with the reason, in
 * one transaction: its leads are withdrawn, its early-study request cancelled, the student's claim
 * released (the real family can now submit), and its filer and its schools' recruiters are told.
 * Keeping it records the reason. A dispute is decided once.
 */
export const main = defineFunction({
  name: 'disputeDecide',
  input: disputeDecideInput,
  output: disputeDecideOutput,
  roles: ['bureauAdmin'],
  async handler({ id, decision, reason }, caller) {
    const at = now();
    const found = await records.disputes.get(id);
    if (!found) throw failures.notFound();
    // who to tell: the recruiters of the form's leads (read before; the form's leads are read again inside)
    const leads = await records.leads.find({ formId: found.formId }, { limit: 20 });
    const recruiterIds = [...new Set(leads.flatMap((l) => (l.recruiterStaffId ? [l.recruiterStaffId] : [])))];
    const recruiters = recruiterIds.length ? await records.staff.find({ _id: _.in(recruiterIds) }, { limit: 20 }) : [];
    const verdict = { staffId: caller.staff._id, staffName: caller.staff.name, at, reason };
    const status = await inTransaction(async (tx) => {
      const dispute = await tx.disputes.get(id);
      if (!dispute) throw failures.notFound();
      if (dispute.status !== 'open') throw formFailures.disputeDecided();
      if (decision === 'reject') {
        await tx.disputes.update(id, { status: 'rejected', activeKey: _.remove(), decision: verdict });
        return 'rejected' as const;
      }
      const form = await tx.choiceForms.get(dispute.formId);
      // the form may have been withdrawn meanwhile, or be a new one: only the student's active form is voided
      if (form && form.status === 'active' && form.activeKey === activeKeyOf(dispute.studentKey, dispute.year)) {
        // the same withdrawal as the family's own, in one home (forms/withdraw.ts)
        const { patch, leads: settled } = await withdrawal(tx, form, at, 'voided');
        await tx.choiceForms.update(form._id, { ...patch, voided: { reason, at, staffName: caller.staff.name } });
        const values = { student: form.student.name, result: '已作废', reason, at };
        const schoolId = form.choices[0]?.schoolId ?? settled[0]?.schoolId ?? '';
        await enqueue(tx, { kind: 'form-voided', recipientOpenid: form.openid, schoolId, values, page: '/family/pages/forms/index' }, at);
        for (const lead of settled) {
          const recruiter = recruiters.find((r) => r._id === lead.recruiterStaffId && r.status === 'active');
          if (recruiter)
            await enqueue(
              tx,
              { kind: 'form-voided', recipientOpenid: recruiter.openid, schoolId: lead.schoolId, values, page: `/staff/pages/lead/index?id=${lead._id}` },
              at,
            );
        }
      }
      await tx.disputes.update(id, { status: 'voided', activeKey: _.remove(), decision: verdict });
      return 'voided' as const;
    });
    return { id, status };
  },
});
