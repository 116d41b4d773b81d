import type { VisitView } from '../../../shared/api/visits';
import { visitStatusLabels, type Visit, type VisitStatus } from '../../../shared/records/visit';
import type { Caller } from '../../_kit/platform/caller';
import type { Where } from '../../_kit/platform/collections';
import type { Tx } from '../../_kit/platform/transaction';

export const visitDayIdOf = (juniorSchoolId: string, day: string) => `${juniorSchoolId}:${day}`;

/** The visits a caller may see (R10): a school its own, a junior high the visits to it, a district bureau its junior highs', the city all. */
export function visitScopeOf(caller: Caller): Where | null {
  switch (caller.role) {
    case 'schoolAdmin':
    case 'recruiter':
      return { schoolId: caller.staff.schoolId };
    case 'juniorStaff':
      return { juniorSchoolId: caller.staff.juniorSchoolId };
    case 'reviewer':
      return caller.scope.schoolKind === 'district' ? { district: caller.scope.district } : {};
    case 'bureauAdmin':
      return {};
    default:
      return null;
  }
}

/** Whether the caller decides for this visit's junior high: its district's reviewer, the city's reviewers or the bureau admin. */
export function decidesFor(caller: Caller, visit: Pick<Visit, 'district'>): boolean {
  if (caller.role === 'bureauAdmin') return true;
  return caller.role === 'reviewer' && (caller.scope.schoolKind === 'city' || caller.scope.district === visit.district);
}

export function visitView(visit: Visit, caller: Caller): VisitView {
  // the verification code is for the school (its admins print it, its recruiters — the people who go — show it) and the bureau; a junior high checks it by scanning
  const seesCode = caller.role === 'schoolAdmin' || caller.role === 'recruiter' || caller.role === 'bureauAdmin' || caller.role === 'reviewer';
  return {
    id: visit._id,
    schoolName: visit.schoolName,
    juniorSchoolName: visit.juniorSchoolName,
    day: visit.day,
    start: visit.start,
    end: visit.end,
    visitors: visit.visitors,
    status: visit.status,
    statusLabel: visitStatusLabels[visit.status],
    permitNumber: visit.permitNumber ?? null,
    issuedBy: visit.issuedBy ?? null,
    permitCode: seesCode ? (visit.permitCode ?? null) : null,
    reason: visit.reason ?? null,
    history: visit.history.map((h) => ({ at: h.at.toISOString(), actorName: h.actorName, status: h.status, note: h.note ?? null })),
  };
}

/** Takes an approved visit off its junior high's day (a cancellation or a revocation), in the same transaction. */
export async function freeVisitDay(tx: Tx, visit: Pick<Visit, '_id' | 'juniorSchoolId' | 'day'>): Promise<void> {
  const id = visitDayIdOf(visit.juniorSchoolId, visit.day);
  const day = await tx.visitDays.get(id);
  if (day) await tx.visitDays.set(id, { approved: day.approved.filter((a) => a.visitId !== visit._id) });
}

export function step(status: VisitStatus, at: Date, staff: { _id: string; name: string }, note?: string) {
  return { status, at, actorStaffId: staff._id, actorName: staff.name, ...(note ? { note } : {}) };
}
