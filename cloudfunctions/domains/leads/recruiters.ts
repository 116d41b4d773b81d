import type { Staff } from '../../../shared/records/staff';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { incrementEach } from '../../_kit/platform/counters';

/**
 * A school's recruiters who may be given a lead, in a stable order for the turns (R20: a revoked
 * recruiter is given no new lead; a record without a status is active, the schema's default).
 */
export function activeRecruiters(staff: Staff[]): Staff[] {
  return staff.filter((r) => r.role === 'recruiter' && r.status === 'active').sort((a, b) => a._id.localeCompare(b._id));
}

export async function recruitersOf(schoolId: string): Promise<Staff[]> {
  return activeRecruiters(await records.staff.find({ schoolId, role: 'recruiter' }, { limit: MAX_READ }));
}

/** The one document holding every school's turn. */
const TURNS_ID = 'schools';

/**
 * Who follows each school's new lead for a student of `juniorSchoolId`: the recruiter whose
 * territory holds the junior high, else the school's recruiters in turn. The turns of all the
 * schools that need one are taken by one atomic increment outside any transaction: concurrent
 * submits each get their own number and never conflict over it (a counter written inside every
 * submit's transaction made 8–19 of 40 concurrent families fail). A number taken by a submit that
 * then fails is skipped; the spread stays even.
 */
export async function chooseRecruiters(juniorSchoolId: string, recruitersBySchool: Map<string, Staff[]>): Promise<Map<string, Staff | null>> {
  const chosen = new Map<string, Staff | null>();
  const inTurn: string[] = [];
  for (const [schoolId, recruiters] of recruitersBySchool) {
    const byTerritory = recruiters.find((r) => r.territories?.includes(juniorSchoolId));
    if (byTerritory) chosen.set(schoolId, byTerritory);
    else if (recruiters.length <= 1) chosen.set(schoolId, recruiters[0] ?? null);
    else inTurn.push(schoolId);
  }
  if (inTurn.length) {
    const turns = await incrementEach('recruiterTurns', TURNS_ID, inTurn);
    for (const schoolId of inTurn) {
      const recruiters = recruitersBySchool.get(schoolId) ?? [];
      chosen.set(schoolId, recruiters[((turns.get(schoolId) ?? 1) - 1) % recruiters.length] ?? null);
    }
  }
  return new Map([...recruitersBySchool.keys()].map((schoolId) => [schoolId, chosen.get(schoolId) ?? null]));
}
