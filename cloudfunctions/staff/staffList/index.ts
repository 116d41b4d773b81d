import { staffListInput, staffListOutput } from '../../../shared/api/staff';
import { unitNames } from '../../domains/staff/invitations';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';

/** Staff by unit: all of them for the bureau admin, a school admin's own school. */
export const main = defineFunction({
  name: 'staffList',
  input: staffListInput,
  output: staffListOutput,
  roles: ['bureauAdmin', 'schoolAdmin'],
  async handler({ role }, caller) {
    const where = { ...(caller.role === 'schoolAdmin' ? { schoolId: caller.staff.schoolId } : {}), ...(role ? { role } : {}) };
    const [staff, unitOf] = await Promise.all([records.staff.find(where, { orderBy: [['_id', 'asc']], limit: 500 }), unitNames()]);
    return { items: staff.map((s) => ({ id: s._id, name: s.name, role: s.role, unit: unitOf(s), status: s.status, territories: s.territories ?? [] })) };
  },
});
