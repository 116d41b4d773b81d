import type { ReportStatus } from './records/report';
import { leadsTo, stepsFrom, type StepTable } from './steps';

/**
 * R19: how the bureau handles a report, as one step table (shared/steps.ts) — received, then investigating, then resolved
 * with findings and a reply; or dismissed with a reason from either open step. Resolved and
 * dismissed are final. Assigning it to someone is not a step and is allowed while it is open.
 */
export type ReportAction = 'start' | 'resolve' | 'dismiss';

const steps = {
  start: { from: ['received'], to: 'investigating', by: ['bureau'] },
  resolve: { from: ['investigating'], to: 'resolved', by: ['bureau'] },
  dismiss: { from: ['received', 'investigating'], to: 'dismissed', by: ['bureau'] },
} as const satisfies StepTable<ReportAction, ReportStatus, 'bureau'>;

export function isOpen(status: ReportStatus): boolean {
  return status === 'received' || status === 'investigating';
}

/** The status the action leads to from `from`, or null when the table does not allow it. */
export function stepTo(from: ReportStatus, action: ReportAction): ReportStatus | null {
  return leadsTo(steps, action, from);
}

/** The actions the bureau may take on a report in this status (what the queue offers). */
export function actionsFrom(status: ReportStatus): ReportAction[] {
  return stepsFrom(steps, status);
}

/** Per identity: this many reports an hour, and this many a day (R19: a burst is refused). */
export const REPORTS_PER_HOUR = 5;
export const REPORTS_PER_DAY = 20;
