import { staffSchema, type Staff } from '../../shared/records/staff';
import { db } from './app';
import type { Tx } from './transaction';

export async function recruitersOf(schoolId: string): Promise<Staff[]> {
  const { data } = await db.collection('staff').where({ schoolId, role: 'recruiter' }).limit(200).get();
  return data.map((s) => staffSchema.parse(s)).sort((a, b) => a._id.localeCompare(b._id));
}

/**
 * Who follows a new lead: the recruiter whose territory holds the student's junior high, else the
 * next in turn (the turn is kept per school and moves inside the caller's transaction).
 */
export async function assignRecruiter(tx: Tx, schoolId: string, juniorSchoolId: string, recruiters: Staff[]): Promise<Staff | null> {
  const byTerritory = recruiters.find((r) => r.territories?.includes(juniorSchoolId));
  if (byTerritory) return byTerritory;
  if (recruiters.length === 0) return null;
  const counter = (await tx.collection('schoolCounters').doc(schoolId).get()).data;
  const turn = Number(counter?.nextRecruiter ?? 0);
  await tx.collection('schoolCounters').doc(schoolId).set({ nextRecruiter: turn + 1 });
  return recruiters[turn % recruiters.length] ?? null;
}
