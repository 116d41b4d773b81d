import { season } from '../../config/season';
import { staffHomeInput, staffHomeOutput } from '../../shared/api/staff-home';
import { reviewScope } from '../../shared/brochure-rules';
import type { Staff } from '../../shared/records/staff';
import { db } from '../_kit/app';
import { defineFunction } from '../_kit/define';
import { forbidden } from '../_kit/failure';
import { staffOnly } from '../_kit/roles';
import { schoolById } from '../_kit/schools';

async function countBrochures(where: Record<string, unknown>): Promise<number> {
  const { total } = await db.collection('brochures').where({ year: season.year, ...where }).count();
  return total ?? 0;
}

/** Reviewers see the review queue; school staff see their own school's brochures. */
async function countsFor(staff: Staff) {
  if (staff.role === 'reviewer') {
    const scope = reviewScope(staff);
    return [
      { label: '待审核简章', value: await countBrochures({ ...scope, status: 'submitted' }) },
      { label: '已备案简章', value: await countBrochures({ ...scope, status: 'approved' }) },
    ];
  }
  const school = [
    { label: '本校待审核简章', value: await countBrochures({ schoolId: staff.schoolId, status: 'submitted' }) },
    { label: '本校已备案简章', value: await countBrochures({ schoolId: staff.schoolId, status: 'approved' }) },
  ];
  if (staff.role === 'recruiter') {
    const { total } = await db.collection('leads').where({ recruiterStaffId: staff._id, status: 'new' }).count();
    return [{ label: '待联系的生源线索', value: total ?? 0 }, ...school];
  }
  // Messages that could not be delivered after every retry are the admin's to follow up.
  const { total } = await db.collection('outbox').where({ schoolId: staff.schoolId, status: 'dead' }).count();
  return [...school, { label: '未能送达的通知', value: total ?? 0 }];
}

export const main = defineFunction({
  name: 'staffHome',
  input: staffHomeInput,
  output: staffHomeOutput,
  roles: staffOnly,
  async handler(_input, caller) {
    const staff = caller.staff;
    if (!staff) throw forbidden();
    const school = await schoolById(staff.schoolId);
    return { role: staff.role, name: staff.name, schoolName: school?.name ?? null, counts: await countsFor(staff) };
  },
});
