import { staffSchema, type Staff } from '../../shared/records/staff';
import { db } from './app';
import type { Caller } from './caller';
import { forbidden } from './failure';

/** The caller's staff record when they belong to a school (recruiters, school admins). */
export function schoolStaff(caller: Caller): Staff & { schoolId: string } {
  const staff = caller.staff;
  if (!staff?.schoolId) throw forbidden();
  return { ...staff, schoolId: staff.schoolId };
}

export function reviewer(caller: Caller): Staff {
  if (caller.staff?.role !== 'reviewer') throw forbidden();
  return caller.staff;
}

export async function schoolAdminsOf(schoolId: string): Promise<Staff[]> {
  const { data } = await db.collection('staff').where({ schoolId, role: 'schoolAdmin' }).limit(100).get();
  return data.map((s) => staffSchema.parse(s));
}
