import type { Staff } from '../../shared/records/staff';
import { records } from './platform/collections';
import { increment } from './platform/counters';

export async function recruitersOf(schoolId: string): Promise<Staff[]> {
  const recruiters = await records.staff.find({ schoolId, role: 'recruiter' }, { limit: 200 });
  // R20: a revoked recruiter is given no new lead
  return recruiters.filter((r) => r.status === 'active').sort((a, b) => a._id.localeCompare(b._id));
}

/**
 * The school's next turn, taken by one atomic increment outside any transaction: concurrent submits
 * each get their own number and never conflict over it (a counter written inside every submit's
 * transaction made 8–19 of 40 concurrent families fail). A number taken by a submit that then fails
 * is skipped; the spread stays even.
 */
async function takeTurn(schoolId: string): Promise<number> {
  return (await increment('recruiterTurns', schoolId)) - 1;
}

/**
 * Who follows a school's new lead: the recruiter whose territory holds the student's junior high,
 * else the school's recruiters in turn.
 */
export async function chooseRecruiter(schoolId: string, juniorSchoolId: string, recruiters: Staff[]): Promise<Staff | null> {
  const byTerritory = recruiters.find((r) => r.territories?.includes(juniorSchoolId));
  if (byTerritory) return byTerritory;
  if (recruiters.length <= 1) return recruiters[0] ?? null;
  return recruiters[(await takeTurn(schoolId)) % recruiters.length] ?? null;
}
