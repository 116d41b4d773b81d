import { dayjs } from '../../../shared/time';
import { invitationCreateInput, invitationCreateOutput } from '../../../shared/api/staff';
import { codeHint, groupedCode } from '../../../shared/readable-code';
import { audit } from '../../domains/staff/audit';
import { boundUnit, invitationIdOf, newCode } from '../../domains/staff/invitations';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';

/**
 * R20: an invitation is a short code, single-use, expiring (7 days unless told), naming the role
 * and the school, bureau or junior high. The code is answered once and never stored.
 */
export const main = defineFunction({
  name: 'invitationCreate',
  input: invitationCreateInput,
  output: invitationCreateOutput,
  roles: ['bureauAdmin', 'schoolAdmin'],
  async handler(input, caller) {
    const unit = await boundUnit(caller, input);
    const at = now();
    const code = newCode();
    const id = invitationIdOf(code);
    const expiresAt = dayjs(at).add(input.validDays, 'day').toDate();
    await inTransaction(async (tx) => {
      await tx.invitations.add({
        _id: id,
        role: input.role,
        name: input.name,
        ...unit,
        hint: codeHint(code),
        invitedByStaffId: caller.staff._id,
        invitedByName: caller.staff.name,
        createdAt: at,
        expiresAt,
        status: 'open',
      });
      await audit(caller.staff, { action: 'invitation.create', subjectId: id, at, after: { role: input.role, name: input.name, ...unit } }, tx);
    });
    return { id, code: groupedCode(code), expiresAt: expiresAt.toISOString() };
  },
});
