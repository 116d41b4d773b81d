import { leadListInput, leadListOutput } from '../../shared/api/leads';
import { leadSchema } from '../../shared/records/choice-form';
import { db } from '../_kit/app';
import { defineFunction } from '../_kit/define';
import { containing } from '../_kit/search';
import { schoolStaff } from '../_kit/staff';

/** A recruiter's own leads (a school admin's: the school's), newest first, a page at a time. */
export const main = defineFunction({
  name: 'leadList',
  input: leadListInput,
  output: leadListOutput,
  roles: ['recruiter', 'schoolAdmin'],
  async handler(input, caller) {
    const staff = schoolStaff(caller);
    const where: Record<string, unknown> = staff.role === 'recruiter' ? { recruiterStaffId: staff._id } : { schoolId: staff.schoolId };
    if (input.status) where.status = input.status;
    if (input.name) where.studentName = containing(input.name, '');
    const [found, counted] = await Promise.all([
      db.collection('leads').where(where).orderBy('createdAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
      db.collection('leads').where(where).count(),
    ]);
    return {
      items: found.data
        .map((l) => leadSchema.parse(l))
        .map((l) => ({ id: l._id, studentName: l.studentName, status: l.status, majors: l.majors.map((m) => m.majorName), createdAt: l.createdAt.toISOString() })),
      total: counted.total ?? 0,
      page: input.page,
      pageSize: input.pageSize,
    };
  },
});
