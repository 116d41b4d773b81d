import type { Staff } from '../../shared/records/staff';
import { _ } from './platform/app';
import { records } from './platform/collections';

export async function recruitersOf(schoolId: string): Promise<Staff[]> {
  const recruiters = await records.staff.find({ schoolId, role: 'recruiter' }, { limit: 200 });
  return recruiters.sort((a, b) => a._id.localeCompare(b._id));
}

/**
 * The school's next turn, taken by one atomic increment outside any transaction: concurrent submits
 * each get their own number and never conflict over it (a counter written inside every submit's
 * transaction made 8–19 of 40 concurrent families fail). A number taken by a submit that then fails
 * is skipped; the spread stays even.
 */
async function takeTurn(schoolId: string): Promise<number> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const counter = await records.recruiterTurns.updateAndReturn({ _id: schoolId }, { next: _.inc(1) });
    if (counter) return counter.next - 1;
    // The school's first turn: create the counter (a racing creator's duplicate is harmless).
    await records.recruiterTurns.add({ _id: schoolId, next: 0 }).catch((error: unknown) => {
      if (!String((error as { message?: unknown }).message).includes('E11000')) throw error;
    });
  }
  throw new Error(`recruiter turn of ${schoolId} could not be taken`);
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
