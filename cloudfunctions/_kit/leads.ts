import { leadSchema, type Lead } from '../../shared/records/choice-form';
import type { Staff } from '../../shared/records/staff';
import { byId } from './by-id';
import { forbidden, notFound } from './failure';

/**
 * A lead as the caller may see it: recruiters only their own, school admins their school's.
 * Anything else is as good as absent (a recruiter of school A reads nothing of school B).
 */
export async function leadFor(staff: Staff, id: string): Promise<Lead> {
  const lead = await byId('leads', id, leadSchema);
  if (!lead) throw notFound();
  const own = staff.role === 'recruiter' ? lead.recruiterStaffId === staff._id : staff.role === 'schoolAdmin' && lead.schoolId === staff.schoolId;
  if (!own) throw forbidden();
  return lead;
}
