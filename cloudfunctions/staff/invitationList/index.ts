import { invitationListInput, invitationListOutput } from '../../../shared/api/staff';
import { invites, unitNames } from '../../domains/staff/invitations';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { openJuniorSchools } from '../../domains/juniors/junior-schools';
import { defineFunction } from '../../_kit/platform/define';

/** The invitations a bureau admin (all) or a school admin (their school's) has given out, and what became of each. */
export const main = defineFunction({
  name: 'invitationList',
  input: invitationListInput,
  output: invitationListOutput,
  roles: ['bureauAdmin', 'schoolAdmin'],
  async handler(_input, caller) {
    const at = now();
    const where = caller.role === 'schoolAdmin' ? { schoolId: caller.staff.schoolId, role: 'recruiter' } : {};
    const [invitations, unitOf, schools, juniors] = await Promise.all([
      records.invitations.find(where, { orderBy: [['createdAt', 'desc']], limit: 100 }),
      unitNames(),
      caller.role === 'bureauAdmin' ? records.schools.findAll({}) : [],
      // R27: only junior highs open in the registry are offered, read afresh
      openJuniorSchools(),
    ]);
    return {
      roles: [...invites[caller.role]],
      schools: schools.map((s) => ({ id: s._id, name: s.name })),
      juniorSchools: juniors.map((j) => ({ id: j._id, name: j.name, district: j.district })),
      items: invitations.map((i) => ({
        id: i._id,
        role: i.role,
        name: i.name,
        hint: i.hint,
        invitedByName: i.invitedByName,
        unit: unitOf(i),
        createdAt: i.createdAt.toISOString(),
        expiresAt: i.expiresAt.toISOString(),
        state: i.status === 'open' && i.expiresAt.getTime() < at.getTime() ? ('expired' as const) : i.status,
      })),
    };
  },
});
