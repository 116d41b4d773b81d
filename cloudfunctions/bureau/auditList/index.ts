import { auditListInput, auditListOutput } from '../../../shared/api/staff';
import { auditActionLabels } from '../../../shared/records/audit';
import { settingChanges } from '../../../shared/changes';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { changeNames, subjectNames } from '../../domains/staff/audit-subjects';

/**
 * The audit trail (R20, R21, PIPL): who read personal data or changed the season, the registry or
 * the staff, when, and what changed — for the bureau admin, filtered and a page at a time, each
 * entry's subject and the records its changes point at named in words (domains/staff/audit-subjects.ts),
 * never by their ids.
 */
export const main = defineFunction({
  name: 'auditList',
  input: auditListInput,
  output: auditListOutput,
  roles: ['bureauAdmin'],
  async handler({ action, staffId, subjectId, page, pageSize }) {
    const where = { ...(action ? { action } : {}), ...(staffId ? { staffId } : {}), ...(subjectId ? { subjectId } : {}) };
    const [entries, total] = await Promise.all([
      records.auditLog.find(where, { orderBy: [['at', 'desc']], skip: (page - 1) * pageSize, limit: pageSize }),
      records.auditLog.count(where),
    ]);
    const [subjects, names] = await Promise.all([subjectNames(entries), changeNames(entries)]);
    return {
      items: entries.map((e, i) => ({
        at: e.at.toISOString(),
        actorName: e.actorName,
        staffId: e.staffId,
        action: e.action,
        actionLabel: auditActionLabels[e.action],
        subjectId: e.subjectId,
        subject: subjects[i] ?? '',
        changes: settingChanges(e.before, e.after, names),
      })),
      total,
      page,
      pageSize,
    };
  },
});
