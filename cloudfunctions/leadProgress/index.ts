import { leadProgressInput, leadProgressOutput } from '../../shared/api/leads';
import { mayStep, placementOf } from '../../shared/lead-steps';
import { leadStatusPhrases } from '../../shared/records/lead';
import { leadIdFor } from '../_kit/forms/ids';
import { isOwnLead, leadFor } from '../_kit/leads';
import { enqueue } from '../_kit/outbox';
import { now } from '../_kit/platform/clock';
import { records } from '../_kit/platform/collections';
import { defineFunction } from '../_kit/platform/define';
import { failures } from '../_kit/platform/failures';
import { inTransaction } from '../_kit/platform/transaction';

/**
 * A recruiter records the next step (R24: forward only, or lost with a reason) with its time and
 * actor, and the family is told. Recording the step the lead is already at changes nothing.
 */
export const main = defineFunction({
  name: 'leadProgress',
  input: leadProgressInput,
  output: leadProgressOutput,
  roles: ['recruiter', 'schoolAdmin'],
  async handler({ id, status, note }, caller) {
    const { formId } = await leadFor(caller, id);
    const form = await records.choiceForms.get(formId);
    if (!form) throw failures.notFound();
    const school = form.choices.find((c) => c.schoolId === caller.staff.schoolId)?.schoolName ?? '';
    const at = now();
    await inTransaction(async (tx) => {
      const lead = await tx.leads.get(id);
      if (!lead || !isOwnLead(caller, lead)) throw failures.forbidden();
      if (lead.status === status) return;
      if (!mayStep(lead.status, status, 'staff')) throw failures.stepNotAllowed(lead.status, status);
      const step = { status, at, actorStaffId: caller.staff._id, actorName: caller.staff.name, event: 'step' as const, ...(note ? { note } : {}) };
      await tx.leads.update(id, { status, updatedAt: at, history: [...lead.history, step] });
      // The student's placement on the form follows every step, from the form's other leads read
      // here. The form is written on every step, even when its placement stays: two schools
      // stepping one student's leads at once then conflict, and the one that runs again reads the
      // other's step (a transaction reads a snapshot; only a shared write makes them meet).
      const stored = await tx.choiceForms.get(formId);
      if (!stored) throw failures.notFound();
      const others = await Promise.all(stored.leadSchools.filter((s) => s !== lead.schoolId).map((s) => tx.leads.get(leadIdFor(formId, s))));
      const placement = placementOf([status, ...others.flatMap((l) => (l ? [l.status] : []))]);
      await tx.choiceForms.update(formId, { placement });
      // The family asked at submission to be told when a school moves their choice on.
      const values = { student: form.student.name, school, status: leadStatusPhrases[status], at };
      await enqueue(tx, { kind: 'status-changed', recipientOpenid: form.openid, schoolId: lead.schoolId, values, page: '/family/pages/forms/index' }, at);
    });
    return { id, status };
  },
});
