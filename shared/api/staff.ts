import { z } from 'zod';
import { auditActionSchema } from '../records/audit';
import { invitationSchema } from '../records/invitation';
import { idSchema } from '../records/common';
import { bureauLevelSchema, staffRoleSchema } from '../roles';
import { districtName, line, token } from '../text';

/** `invitationCreate` (R20): the bureau admin invites school admins, reviewers, junior-high staff and bureau admins; a school admin its recruiters. */
export const invitationCreateInput = z.object({
  role: staffRoleSchema,
  name: line('请填写被邀请人的姓名').min(2, '请填写被邀请人的姓名').max(20, '姓名请不超过 20 个字'),
  schoolId: idSchema.optional(),
  level: bureauLevelSchema.optional(),
  district: districtName().optional(),
  juniorSchoolId: idSchema.optional(),
  territories: z.array(idSchema).max(50).optional(),
  validDays: z.number().int('请填写 1–30 天').min(1, '请填写 1–30 天').max(30, '请填写 1–30 天').default(7),
});
export type InvitationCreateInput = z.input<typeof invitationCreateInput>;
export const invitationCreateOutput = z.object({
  id: idSchema,
  /** shown once: the inviter passes it on; it is not kept anywhere */
  code: z.string(),
  expiresAt: z.string(),
});

/** `invitationRedeem`: the invitee types (or opens) the code; their WeChat identity becomes that staff member. */
export const invitationRedeemInput = z.object({ code: token().max(40, '邀请码有误') });
export const invitationRedeemOutput = z.object({ role: staffRoleSchema, name: z.string(), unit: z.string() });

/** `setupRedeem` (R27): the one-time setup code, typed in the same field; the caller becomes the first bureau admin. */
export const setupRedeemInput = z.object({ code: token().max(40, '初始设置码有误，请核对后再输入') });
export const setupRedeemOutput = invitationRedeemOutput;

const invitationSummary = invitationSchema
  .pick({ role: true, name: true, hint: true, invitedByName: true })
  .extend({ id: idSchema, unit: z.string(), createdAt: z.string(), expiresAt: z.string(), state: z.enum(['open', 'expired', 'redeemed', 'revoked']) });

/** `invitationList`: the invitations in the caller's scope, newest first, and what the invitation form offers. */
export const invitationListInput = z.object({}).strict();
export const invitationListOutput = z.object({
  items: z.array(invitationSummary),
  /** the roles this caller may invite (R20) */
  roles: z.array(staffRoleSchema),
  schools: z.array(z.object({ id: idSchema, name: z.string() })),
  juniorSchools: z.array(z.object({ id: idSchema, name: z.string(), district: z.string() })),
});

/** `invitationRevoke`: an open invitation can no longer be used. */
export const invitationRevokeInput = z.object({ id: idSchema });
export const invitationRevokeOutput = z.object({ id: idSchema });

/** `staffList`: the staff in the caller's scope (a school admin: their school's). */
export const staffListInput = z.object({ role: staffRoleSchema.optional() });
export const staffListOutput = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      role: staffRoleSchema,
      unit: z.string(),
      status: z.enum(['active', 'revoked']),
      territories: z.array(idSchema),
    }),
  ),
});

/** `staffChange`: revoke a member, change a school member's role, or set a recruiter's territory. */
export const staffChangeInput = z.discriminatedUnion('action', [
  z.object({ staffId: idSchema, action: z.literal('revoke') }),
  z.object({ staffId: idSchema, action: z.literal('role'), role: z.enum(['recruiter', 'schoolAdmin']) }),
  z.object({ staffId: idSchema, action: z.literal('territories'), territories: z.array(idSchema).max(50) }),
]);
export const staffChangeOutput = z.object({ staffId: idSchema });

/** `auditList`: the audit trail for the bureau admin, filtered by action or actor, newest first, a page at a time. */
export const auditListInput = z.object({
  action: auditActionSchema.optional(),
  staffId: idSchema.optional(),
  subjectId: idSchema.optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export const auditListOutput = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      actorName: z.string(),
      staffId: idSchema,
      action: auditActionSchema,
      actionLabel: z.string(),
      /** for filtering by the subject; never shown */
      subjectId: idSchema,
      /** what it was done to, in words: 学生 张*明（学校）, a school's name, 王老师（招生老师）, 2027年招生季 */
      subject: z.string(),
      changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
