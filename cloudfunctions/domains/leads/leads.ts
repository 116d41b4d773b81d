import type { Lead } from '../../../shared/records/lead';
import type { SchoolStaffCaller } from '../../_kit/platform/caller';
import { records } from '../../_kit/platform/collections';
import { failures } from '../../_kit/platform/failures';

/** Whether this school staff member may act on the lead: recruiters their own, school admins their school's. */
export function isOwnLead(caller: SchoolStaffCaller, lead: Pick<Lead, 'recruiterStaffId' | 'schoolId'>): boolean {
  // always the caller's school: a member who moved to another school reads nothing of the last one
  return lead.schoolId === caller.staff.schoolId && (caller.role === 'schoolAdmin' || lead.recruiterStaffId === caller.staff._id);
}

/** A lead as the caller may act on it; another's is refused (a recruiter of school A reads nothing of school B). */
export async function leadFor(caller: SchoolStaffCaller, id: string): Promise<Lead> {
  const lead = await records.leads.get(id);
  if (!lead) throw failures.notFound();
  if (!isOwnLead(caller, lead)) throw failures.forbidden();
  return lead;
}

/** The leads a school staff member sees in lists: a recruiter's own, a school admin's whole school. */
export function leadScope(caller: SchoolStaffCaller): Record<string, unknown> {
  return caller.role === 'recruiter' ? { recruiterStaffId: caller.staff._id, schoolId: caller.staff.schoolId } : { schoolId: caller.staff.schoolId };
}
