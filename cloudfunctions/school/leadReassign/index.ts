import { leadReassignInput, leadReassignOutput } from '../../../shared/api/leads';
import { leadFor } from '../../domains/leads/leads';
import { noteOnLead } from '../../domains/leads/steps';
import { enqueue } from '../../domains/messages/outbox';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { recruitersOf } from '../../domains/leads/recruiters';
import { leadFailures } from '../../domains/leads/failures';

/** A school admin hands a lead to another of the school's recruiters; the lead's history says so (R24). */
export const main = defineFunction({
  name: 'leadReassign',
  input: leadReassignInput,
  output: leadReassignOutput,
  roles: ['schoolAdmin'],
  async handler({ id, recruiterStaffId }, caller) {
    await leadFor(caller, id);
    const recruiter = (await recruitersOf(caller.staff.schoolId)).find((r) => r._id === recruiterStaffId);
    if (!recruiter) throw leadFailures.recruiterNotOfSchool();
    const at = now();
    await inTransaction(async (tx) => {
      const lead = await tx.leads.get(id);
      if (!lead) throw failures.notFound();
      if (lead.recruiterStaffId === recruiterStaffId) return;
      if (lead.status === 'withdrawn') throw leadFailures.leadWithdrawn();
      const actor = { by: 'staff' as const, staff: caller.staff };
      await noteOnLead(tx, lead, actor, { at, event: 'reassigned', toStaffId: recruiterStaffId, note: `转交给${recruiter.name}`, patch: { recruiterStaffId } });
      const values = { student: lead.studentName, majors: lead.majors.map((m) => m.majorName).join('、'), source: '学校管理员转交', at };
      await enqueue(
        tx,
        { kind: 'lead-assigned', recipientOpenid: recruiter.openid, schoolId: lead.schoolId, values, page: `/staff/pages/lead/index?id=${id}` },
        at,
      );
    });
    return { id, recruiterStaffId };
  },
});
