import tcb from '@cloudbase/node-sdk';
import type { ReviewScope } from '../../../shared/brochure-rules';
import type { Role } from '../../../shared/roles';
import type { Staff } from '../../../shared/records/staff';
import { records } from './collections';

/**
 * Who calls, already narrowed by role: a handler declared for school admins receives a caller that
 * carries the school, a reviewer's carries the scope of their bureau, a family's only the OPENID.
 * `defineFunction` resolves it from the staff collection and checks the role before the handler
 * runs, so handlers never check roles by hand.
 */
export interface FamilyCaller {
  role: 'family';
  openid: string;
}
export type SchoolStaff = Staff & { role: 'recruiter' | 'schoolAdmin'; schoolId: string };
export interface SchoolStaffCaller<R extends 'recruiter' | 'schoolAdmin' = 'recruiter' | 'schoolAdmin'> {
  role: R;
  openid: string;
  staff: SchoolStaff & { role: R };
}
export interface ReviewerCaller {
  role: 'reviewer';
  openid: string;
  staff: Staff & { role: 'reviewer' };
  scope: ReviewScope;
}

export interface JuniorStaffCaller {
  role: 'juniorStaff';
  openid: string;
  staff: Staff & { role: 'juniorStaff'; juniorSchoolId: string };
}
export interface BureauAdminCaller {
  role: 'bureauAdmin';
  openid: string;
  staff: Staff & { role: 'bureauAdmin' };
}

interface CallerByRole {
  family: FamilyCaller;
  recruiter: SchoolStaffCaller<'recruiter'>;
  schoolAdmin: SchoolStaffCaller<'schoolAdmin'>;
  reviewer: ReviewerCaller;
  juniorStaff: JuniorStaffCaller;
  bureauAdmin: BureauAdminCaller;
}
export type CallerOf<R extends Role> = CallerByRole[R];
export type Caller = CallerOf<Role>;
export type StaffCaller = Exclude<Caller, FamilyCaller>;

/**
 * The caller's OPENID comes from the invocation's own context (never the request body, never a
 * process-wide variable, so concurrent invocations cannot see each other's identity).
 */
export function openidFrom(context: unknown): string {
  const env = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]);
  return env.WX_OPENID ?? '';
}

/**
 * R2's scope of a reviewer, from the brochure rules, required when a reviewer calls: importing
 * them would build the school record's schemas at every function's load (issue 13).
 */
function reviewScope(reviewer: Staff): ReviewScope {
  return (require('../../../shared/brochure-rules') as typeof import('../../../shared/brochure-rules')).reviewScope(reviewer);
}

/**
 * A caller is staff only if the staff collection binds their OPENID to a role; otherwise family.
 * A staff record that lacks what its role needs (a school, a district) makes no caller at all.
 */
export async function resolveCaller(openid: string): Promise<Caller | null> {
  const [staff] = await records.staff.find({ openid }, { limit: 1 });
  // R20: a revoked member is a family again from their next call on.
  if (!staff || staff.status === 'revoked') return { role: 'family', openid };
  switch (staff.role) {
    case 'bureauAdmin':
      return { role: 'bureauAdmin', openid, staff: { ...staff, role: 'bureauAdmin' } };
    case 'juniorStaff':
      return staff.juniorSchoolId ? { role: 'juniorStaff', openid, staff: { ...staff, role: 'juniorStaff', juniorSchoolId: staff.juniorSchoolId } } : null;
    case 'reviewer':
      if (staff.level !== 'city' && !staff.district) return null;
      return { role: 'reviewer', openid, staff: { ...staff, role: 'reviewer' }, scope: reviewScope(staff) };
  }
  if (!staff.schoolId) return null;
  const schoolStaff = { ...staff, schoolId: staff.schoolId };
  return staff.role === 'recruiter'
    ? { role: 'recruiter', openid, staff: { ...schoolStaff, role: 'recruiter' } }
    : { role: 'schoolAdmin', openid, staff: { ...schoolStaff, role: 'schoolAdmin' } };
}
