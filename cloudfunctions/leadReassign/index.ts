import { leadReassignInput, leadReassignOutput } from '../../shared/api/leads';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure } from '../_kit/failure';
import { leadFor } from '../_kit/leads';
import { recruitersOf } from '../_kit/recruiters';
import { schoolStaff } from '../_kit/staff';
import { db } from '../_kit/app';

/** A school admin hands a lead to another of the school's recruiters. */
export const main = defineFunction({
  name: 'leadReassign',
  input: leadReassignInput,
  output: leadReassignOutput,
  roles: ['schoolAdmin'],
  async handler({ id, recruiterStaffId }, caller) {
    const staff = schoolStaff(caller);
    await leadFor(staff, id);
    if (!(await recruitersOf(staff.schoolId)).some((r) => r._id === recruiterStaffId)) {
      throw new Failure('INVALID_INPUT', { recruiterStaffId: '请选择本校的招生老师' });
    }
    await db.collection('leads').doc(id).update({ recruiterStaffId, updatedAt: now() });
    return { id, recruiterStaffId };
  },
});
