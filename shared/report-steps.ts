import type { ReportStatus } from './records/report';

/**
 * R19: how the bureau handles a report, as one table — received, then investigating, then resolved
 * with findings and a reply; or dismissed with a reason from either open step. Resolved and
 * dismissed are final. Assigning it to someone is not a step and is allowed while it is open.
 */
export type ReportAction = 'start' | 'resolve' | 'dismiss';

const steps: Record<ReportAction, { from: ReportStatus[]; to: ReportStatus }> = {
  start: { from: ['received'], to: 'investigating' },
  resolve: { from: ['investigating'], to: 'resolved' },
  dismiss: { from: ['received', 'investigating'], to: 'dismissed' },
};

export function isOpen(status: ReportStatus): boolean {
  return status === 'received' || status === 'investigating';
}

/** The status the action leads to from `from`, or null when the table does not allow it. */
export function stepTo(from: ReportStatus, action: ReportAction): ReportStatus | null {
  const step = steps[action];
  return step.from.includes(from) ? step.to : null;
}

/** The actions the bureau may take on a report in this status (what the queue offers). */
export function actionsFrom(status: ReportStatus): ReportAction[] {
  return (Object.keys(steps) as ReportAction[]).filter((a) => stepTo(status, a) !== null);
}

/** Per identity: this many reports an hour, and this many a day (R19: a burst is refused). */
export const REPORTS_PER_HOUR = 5;
export const REPORTS_PER_DAY = 20;
