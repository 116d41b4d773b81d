import { invitationRevokeInput, invitationRevokeOutput } from '../../../shared/api/staff';
import { audit } from '../../domains/staff/audit';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { staffFailures } from '../../domains/staff/failures';

/** R20: an invitation not yet used can be revoked by the bureau or, for its recruiters, the school. */
export const main = defineFunction({
  name: 'invitationRevoke',
  input: invitationRevokeInput,
  output: invitationRevokeOutput,
  roles: ['bureauAdmin', 'schoolAdmin'],
  async handler({ id }, caller) {
    const at = now();
    await inTransaction(async (tx) => {
      const invitation = await tx.invitations.get(id);
      if (!invitation) throw failures.notFound();
      if (caller.role === 'schoolAdmin' && (invitation.schoolId !== caller.staff.schoolId || invitation.role !== 'recruiter')) throw staffFailures.notInScope();
      if (invitation.status === 'revoked') return;
      if (invitation.status === 'redeemed') throw staffFailures.invitationRedeemedCannotRevoke();
      await tx.invitations.update(id, { status: 'revoked', revokedAt: at });
      await audit(caller.staff, { action: 'invitation.revoke', subjectId: id, at, before: { status: 'open' }, after: { status: 'revoked' } }, tx);
    });
    return { id };
  },
});
