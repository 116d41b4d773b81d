import { reportQueueInput, reportQueueOutput } from '../../../shared/api/reports';
import { reportIdOfReceipt } from '../../../shared/records/report';
import { actionsFrom } from '../../../shared/report-steps';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { placesById, reportScope, reportView } from '../../domains/complaints/violation-reports';

const PAGE_SIZE = 20;

/**
 * R19: the bureau's queue of violation reports, newest first, filtered by status, category or
 * school, or the one a receipt names; with the reporter (the bureau only), who follows each, the findings and the history.
 */
export const main = defineFunction({
  name: 'reportQueue',
  input: reportQueueInput,
  output: reportQueueOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ status, category, schoolId, receipt, page }, caller) {
    const places = await placesById();
    const filters = {
      ...(status ? { status } : {}),
      ...(category ? { category } : {}),
      ...(schoolId ? { schoolId } : {}),
      ...(receipt ? { _id: reportIdOfReceipt(receipt) } : {}),
    };
    const where = _.and([reportScope(caller, places), filters]);
    const [reports, total, bureau] = await Promise.all([
      records.reports.find(where, { orderBy: [['createdAt', 'desc']], skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
      records.reports.count(where),
      records.staff.find({ role: _.in(['bureauAdmin', 'reviewer']) }, { limit: 200 }),
    ]);
    return {
      items: reports.map((r) => ({
        ...reportView(r, places),
        reporter: { openid: r.openid, contactPhone: r.contactPhone ?? null, anonymousToSchool: r.anonymousToSchool },
        assigneeName: r.assigneeName ?? null,
        findings: r.findings ?? null,
        history: r.history.map((h) => ({ at: h.at.toISOString(), actorName: h.actorName, status: h.status, event: h.event, note: h.note ?? null })),
        actions: actionsFrom(r.status),
      })),
      total,
      page,
      assignees: bureau.filter((s) => s.status === 'active').map((s) => ({ id: s._id, name: s.name })),
    };
  },
});
