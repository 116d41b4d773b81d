import { invitationRedeemInput, invitationRedeemOutput } from '../../../shared/api/staff';
import { isWellFormedCode } from '../../../shared/invitation-code';
import { normaliseCode } from '../../../shared/readable-code';
import { audit } from '../../domains/staff/audit';
import { countAttempt, invitationIdOf, unitName } from '../../domains/staff/invitations';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { staffFailures } from '../../domains/staff/failures';

/**
 * R20: the WeChat identity that redeems an open, unexpired code becomes that staff member. A code
 * works once (two people redeeming it at the same moment: one of them); ten attempts an hour per
 * identity at most.
 */
export const main = defineFunction({
  name: 'invitationRedeem',
  input: invitationRedeemInput,
  output: invitationRedeemOutput,
  // anyone not (or no longer) staff: a staff member already bound cannot take a second identity
  roles: ['family'],
  async handler(input, caller) {
    const at = now();
    await countAttempt(caller.openid, at);
    const code = normaliseCode(input.code);
    if (!isWellFormedCode(code)) throw staffFailures.invitationUnusable('unknown');
    const id = invitationIdOf(code);
    const [existing] = await records.staff.find({ openid: caller.openid }, { limit: 1 });
    if (existing?.status === 'active') throw staffFailures.alreadyStaff();
    const staffId = existing?._id ?? `staff-${id.slice('inv-'.length, 'inv-'.length + 24)}`;
    const invitation = await inTransaction(async (tx) => {
      const found = await tx.invitations.get(id);
      if (!found) throw staffFailures.invitationUnusable('unknown');
      if (found.status !== 'open') throw staffFailures.invitationUnusable(found.status === 'redeemed' ? 'used' : 'revoked');
      if (found.expiresAt.getTime() < at.getTime()) throw staffFailures.invitationUnusable('expired');
      // an invitation lives no longer than its inviter's own access (a revoked inviter cannot come back through it)
      const inviter = await tx.staff.get(found.invitedByStaffId);
      if (inviter?.status !== 'active') throw staffFailures.invitationUnusable('revoked');
      const { role, name, schoolId, level, district, juniorSchoolId, territories } = found;
      const bound = {
        openid: caller.openid,
        name,
        role,
        ...(schoolId ? { schoolId } : {}),
        ...(level ? { level } : {}),
        ...(district ? { district } : {}),
        ...(juniorSchoolId ? { juniorSchoolId } : {}),
        ...(territories?.length ? { territories } : {}),
      };
      // one record per WeChat identity: a member revoked earlier is bound again in place
      await tx.staff.set(staffId, { ...bound, status: 'active', invitationId: id, joinedAt: at });
      await tx.invitations.update(id, { status: 'redeemed', redeemedAt: at, staffId });
      await audit({ _id: staffId, name }, { action: 'invitation.redeem', subjectId: id, at, after: { staffId, role } }, tx);
      return found;
    });
    return { role: invitation.role, name: invitation.name, unit: await unitName(invitation) };
  },
});
