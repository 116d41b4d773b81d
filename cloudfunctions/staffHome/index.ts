import { season } from '../../config/season';
import { staffHomeInput, staffHomeOutput } from '../../shared/api/staff-home';
import { records } from '../_kit/platform/collections';
import type { StaffCaller } from '../_kit/platform/caller';
import { defineFunction, staffOnly } from '../_kit/platform/define';
import { schoolById } from '../_kit/schools';

function countBrochures(where: Record<string, unknown>): Promise<number> {
  return records.brochures.count({ year: season.year, ...where });
}

/** Reviewers see the review queue; school staff see their own school's brochures. */
async function countsFor(caller: StaffCaller) {
  if (caller.role === 'reviewer') {
    return [
      { label: '待审核简章', value: await countBrochures({ ...caller.scope, status: 'submitted' }) },
      { label: '已备案简章', value: await countBrochures({ ...caller.scope, status: 'approved' }) },
    ];
  }
  const { schoolId } = caller.staff;
  const school = [
    { label: '本校待审核简章', value: await countBrochures({ schoolId, status: 'submitted' }) },
    { label: '本校已备案简章', value: await countBrochures({ schoolId, status: 'approved' }) },
  ];
  if (caller.role === 'recruiter') {
    return [{ label: '待联系的生源线索', value: await records.leads.count({ recruiterStaffId: caller.staff._id, status: 'new' }) }, ...school];
  }
  // Messages that could not be delivered after every retry are the admin's to follow up.
  return [...school, { label: '未能送达的通知', value: await records.outbox.count({ schoolId, status: 'dead' }) }];
}

export const main = defineFunction({
  name: 'staffHome',
  input: staffHomeInput,
  output: staffHomeOutput,
  roles: staffOnly,
  async handler(_input, caller) {
    const school = await schoolById(caller.staff.schoolId);
    return { role: caller.role, name: caller.staff.name, schoolName: school?.name ?? null, counts: await countsFor(caller) };
  },
});
