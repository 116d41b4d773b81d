import { setupRedeemInput, setupRedeemOutput } from '../../../shared/api/staff';
import { normaliseCode } from '../../../shared/readable-code';
import { isSetupCode } from '../../../shared/setup-code';
import { audit } from '../../domains/staff/audit';
import { countAttempt } from '../../domains/staff/invitations';
import { FIRST_ADMIN_NAME, hasActiveBureauAdmin, setupCodeIdOf } from '../../domains/staff/setup-codes';
import { staffFailures } from '../../domains/staff/failures';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { cityNames } from '../../domains/city/city';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';

/**
 * R27: the WeChat identity that redeems the open, unexpired setup code while the city has no
 * active bureau admin becomes its first bureau admin. Once one exists no setup code works (they
 * invite everyone else, R20). Two people redeeming at the same moment: one of them. Attempts count
 * against the same ten an hour per identity as invitation codes, so alternating gains nothing.
 */
export const main = defineFunction({
  name: 'setupRedeem',
  input: setupRedeemInput,
  output: setupRedeemOutput,
  // anyone not (or no longer) staff, as for invitations: a staff member cannot take a second role
  roles: ['family'],
  async handler(input, caller) {
    const at = now();
    await countAttempt(caller.openid, at);
    const code = normaliseCode(input.code);
    if (!isSetupCode(code)) throw staffFailures.setupCodeUnusable('unknown');
    if (await hasActiveBureauAdmin()) throw staffFailures.setupDone();
    const id = setupCodeIdOf(code);
    const [existing] = await records.staff.find({ openid: caller.openid }, { limit: 1 });
    const staffId = existing?._id ?? `staff-${id.slice('setup-'.length, 'setup-'.length + 24)}`;
    await inTransaction(async (tx) => {
      const found = await tx.setupCodes.get(id);
      if (!found) throw staffFailures.setupCodeUnusable('unknown');
      if (found.status !== 'open') throw staffFailures.setupCodeUnusable(found.status === 'redeemed' ? 'used' : 'superseded');
      if (found.expiresAt.getTime() < at.getTime()) throw staffFailures.setupCodeUnusable('expired');
      // Two codes redeemed at once (or a redeem beside anything else that changes who is bureau
      // admin) both write this document: the second runs again, reads the first admin, and is refused.
      await tx.staffGuards.set('bureau-admins', { at });
      if (await hasActiveBureauAdmin()) throw staffFailures.setupDone();
      // one record per WeChat identity: someone revoked earlier is bound again in place
      await tx.staff.set(staffId, { openid: caller.openid, name: FIRST_ADMIN_NAME, role: 'bureauAdmin', status: 'active', joinedAt: at });
      await tx.setupCodes.update(id, { status: 'redeemed', redeemedAt: at, staffId });
      await audit({ _id: staffId, name: FIRST_ADMIN_NAME }, { action: 'setup.redeem', subjectId: id, at, after: { staffId, role: 'bureauAdmin' } }, tx);
    });
    // R27: the bureau as the city names it (教育局 before the new admin sets it)
    return { role: 'bureauAdmin' as const, name: FIRST_ADMIN_NAME, unit: (await cityNames()).bureauName };
  },
});
