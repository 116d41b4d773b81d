import { reportHandleInput, reportHandleOutput } from '../../../shared/api/reports';
import { isOpen, stepTo } from '../../../shared/report-steps';
import { reportStatusLabels, type Report } from '../../../shared/records/report';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { placesById, reportScope } from '../../domains/complaints/violation-reports';
import { complaintFailures } from '../../domains/complaints/failures';

/**
 * R19: the bureau handles a report along shared/report-steps.ts — assigns it to one of its staff,
 * starts investigating, resolves it with findings and a reply the reporter reads, or dismisses it
 * with a reason. Each step is read and written in one transaction, so two clerks acting on one
 * report at once cannot both move it; the history keeps who and when.
 */
export const main = defineFunction({
  name: 'reportHandle',
  input: reportHandleInput,
  output: reportHandleOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler(input, caller) {
    const at = now();
    const places = await placesById();
    // a district reviewer handles only the reports about their district
    const visible = await records.reports.count(_.and([{ _id: input.id }, reportScope(caller, places)]));
    if (!visible) throw failures.notFound();
    const assignee = input.action === 'assign' ? await records.staff.get(input.assigneeStaffId) : null;
    if (input.action === 'assign' && (!assignee || assignee.status !== 'active' || !['bureauAdmin', 'reviewer'].includes(assignee.role)))
      throw complaintFailures.assigneeNotBureau();
    const actor = { actorStaffId: caller.staff._id, actorName: caller.staff.name, at };
    const status = await inTransaction(async (tx) => {
      const report = await tx.reports.get(input.id);
      if (!report) throw failures.notFound();
      if (input.action === 'assign') {
        if (!isOpen(report.status)) throw complaintFailures.reportStepNotAllowed(`这份举报已经${reportStatusLabels[report.status]}，不能再转交。`);
        const event = { ...actor, status: report.status, event: 'assigned' as const, note: `交由${assignee?.name ?? ''}处理` };
        await tx.reports.update(report._id, {
          assigneeStaffId: assignee?._id,
          assigneeName: assignee?.name,
          history: [...report.history, event],
          updatedAt: at,
        });
        return report.status;
      }
      const to = stepTo(report.status, input.action);
      if (!to) throw complaintFailures.reportStepNotAllowed(`这份举报当前为“${reportStatusLabels[report.status]}”，不能这样处理。`);
      const patch: Partial<Report> =
        input.action === 'resolve'
          ? { findings: input.findings, reply: input.reply }
          : input.action === 'dismiss'
            ? { findings: `不予受理：${input.reason}`, reply: input.reply }
            : {};
      const note = input.action === 'dismiss' ? input.reason : undefined;
      const event = { ...actor, status: to, event: 'step' as const, ...(note ? { note } : {}) };
      await tx.reports.update(report._id, { ...patch, status: to, history: [...report.history, event], updatedAt: at });
      return to;
    });
    return { id: input.id, status };
  },
});
