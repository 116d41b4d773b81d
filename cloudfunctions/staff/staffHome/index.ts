import { staffHomeInput, staffHomeOutput } from '../../../shared/api/staff-home';
import { records } from '../../_kit/platform/collections';
import type { StaffCaller } from '../../_kit/platform/caller';
import { defineFunction, staffOnly } from '../../_kit/platform/define';
import { schoolById } from '../../domains/registry/schools';
import { allSeasons } from '../../domains/season/season';
import { now } from '../../_kit/platform/clock';
import { seasonInForce } from '../../../shared/season-rules';
import { inShanghai } from '../../../shared/time';

function countBrochures(year: number, where: Record<string, unknown>): Promise<number> {
  return records.brochures.count({ year, ...where });
}

/** Reviewers see the review queue; school staff see their own school's brochures; the bureau the whole city's. */
async function countsFor(caller: StaffCaller, year: number) {
  if (caller.role === 'reviewer') {
    return [
      { label: '待审核简章', value: await countBrochures(year, { ...caller.scope, status: 'submitted' }) },
      { label: '已备案简章', value: await countBrochures(year, { ...caller.scope, status: 'approved' }) },
    ];
  }
  if (caller.role === 'bureauAdmin') {
    return [
      { label: '全市待审核简章', value: await countBrochures(year, { status: 'submitted' }) },
      { label: '全市已备案简章', value: await countBrochures(year, { status: 'approved' }) },
    ];
  }
  // R23: junior-high staff see their graduates only as counts.
  if (caller.role === 'juniorStaff') {
    return [
      {
        label: '本校学生已提交的志愿表',
        value: await records.choiceForms.count({ 'student.juniorSchoolId': caller.staff.juniorSchoolId, status: 'active', year }),
      },
    ];
  }
  const { schoolId } = caller.staff;
  const school = [
    { label: '本校待审核简章', value: await countBrochures(year, { schoolId, status: 'submitted' }) },
    { label: '本校已备案简章', value: await countBrochures(year, { schoolId, status: 'approved' }) },
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
    // a new city has no season until its first bureau admin sets one (R27): the workbench opens all the same
    const at = now();
    const year = seasonInForce(await allSeasons(), at)?.year ?? inShanghai(at).year();
    const school = await schoolById(caller.staff.schoolId);
    return { role: caller.role, name: caller.staff.name, schoolName: school?.name ?? null, counts: await countsFor(caller, year) };
  },
});
