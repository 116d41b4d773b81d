import { leadListInput, leadListOutput } from '../../../shared/api/leads';
import { leadScope } from '../../domains/leads/leads';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { containing } from '../../_kit/platform/search';

/** A recruiter's own leads (a school admin's: the school's), newest first, a page at a time. */
export const main = defineFunction({
  name: 'leadList',
  input: leadListInput,
  output: leadListOutput,
  roles: ['recruiter', 'schoolAdmin'],
  async handler(input, caller) {
    const where: Record<string, unknown> = leadScope(caller);
    if (input.status) where.status = input.status;
    if (input.name) where.studentName = containing(input.name, '');
    const [found, total] = await Promise.all([
      records.leads.find(where, { orderBy: [['createdAt', 'desc']], skip: (input.page - 1) * input.pageSize, limit: input.pageSize }),
      records.leads.count(where),
    ]);
    return {
      items: found.map((l) => ({
        id: l._id,
        studentName: l.studentName,
        status: l.status,
        majors: l.majors.map((m) => m.majorName),
        createdAt: l.createdAt.toISOString(),
      })),
      total,
      page: input.page,
      pageSize: input.pageSize,
    };
  },
});
