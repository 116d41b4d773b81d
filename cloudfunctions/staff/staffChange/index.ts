import { staffChangeInput, staffChangeOutput } from '../../../shared/api/staff';
import type { Staff } from '../../../shared/records/staff';
import { audit } from '../../domains/staff/audit';
import { _ } from '../../_kit/platform/app';
import type { BureauAdminCaller, SchoolStaffCaller } from '../../_kit/platform/caller';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { checkTerritories } from '../../domains/juniors/junior-schools';
import { staffFailures } from '../../domains/staff/failures';

/** The bureau admin manages everyone; a school admin only the recruiters of their own school (R20). */
function inScope(caller: BureauAdminCaller | SchoolStaffCaller<'schoolAdmin'>, member: Staff): boolean {
  if (caller.role === 'bureauAdmin') return member._id !== caller.staff._id;
  return member.schoolId === caller.staff.schoolId && member.role === 'recruiter';
}

/**
 * R20: a revoked member loses access at once (their next call is refused), a school member's role
 * changes between recruiter and school admin, a recruiter's territory is set. Every change is audited.
 */
export const main = defineFunction({
  name: 'staffChange',
  input: staffChangeInput,
  output: staffChangeOutput,
  roles: ['bureauAdmin', 'schoolAdmin'],
  async handler(input, caller) {
    const at = now();
    // R27: known and open junior highs only, but a junior high closed since stays with the recruiter who had it
    const held = input.action === 'territories' ? ((await records.staff.get(input.staffId))?.territories ?? []) : [];
    const territories = input.action === 'territories' ? await checkTerritories(input.territories, held) : [];
    await inTransaction(async (tx) => {
      const member = await tx.staff.get(input.staffId);
      if (!member) throw failures.notFound();
      if (!inScope(caller, member)) throw staffFailures.notInScope();
      switch (input.action) {
        case 'revoke':
          if (member.status === 'revoked') return;
          if (member.role === 'bureauAdmin') {
            // Two bureau admins revoking each other at once both write this document: the second
            // runs again, counts again, and is refused.
            await tx.staffGuards.set('bureau-admins', { at });
            const others = (await records.staff.find({ role: 'bureauAdmin' }, { limit: 100 })).filter((s) => s.status === 'active' && s._id !== member._id);
            if (others.length === 0) throw staffFailures.lastBureauAdmin();
          }
          await tx.staff.update(member._id, { status: 'revoked', revokedAt: at });
          await audit(caller.staff, { action: 'staff.revoke', subjectId: member._id, at, before: { status: member.status }, after: { status: 'revoked' } }, tx);
          return;
        case 'role':
          // R20: only the bureau makes school admins; a role changes only between the two school roles
          if (caller.role !== 'bureauAdmin' || !member.schoolId || (member.role !== 'recruiter' && member.role !== 'schoolAdmin') || member.status !== 'active')
            throw staffFailures.roleNotChangeable();
          if (member.role === input.role) return;
          await tx.staff.update(member._id, { role: input.role });
          await audit(caller.staff, { action: 'staff.role', subjectId: member._id, at, before: { role: member.role }, after: { role: input.role } }, tx);
          return;
        case 'territories':
          if (member.role !== 'recruiter') throw failures.invalid({ territories: '只有招生老师有负责的初中' });
          await tx.staff.update(member._id, { territories: _.set(territories) });
          await audit(
            caller.staff,
            { action: 'staff.territories', subjectId: member._id, at, before: { territories: member.territories ?? [] }, after: { territories } },
            tx,
          );
          return;
      }
    });
    // A revoked member's open invitations go with them (they saw those codes when they made them).
    if (input.action === 'revoke')
      await records.invitations.updateWhere({ invitedByStaffId: input.staffId, status: 'open' }, { status: 'revoked', revokedAt: at });
    return { staffId: input.staffId };
  },
});
