import { z } from 'zod';
import { bureauLevelSchema, staffRoleSchema } from '../roles';
import { dateSchema, idSchema } from './common';

/**
 * R20: how a staff member is bound to their WeChat identity. The code itself is shown once to the
 * inviter and never stored: the record keeps its keyed hash (as the id), so a copy of the database
 * gives no usable code.
 */
export const invitationSchema = z.object({
  _id: idSchema,
  role: staffRoleSchema,
  /** the invitee's name, as the staff lists will show it */
  name: z.string(),
  schoolId: idSchema.optional(),
  level: bureauLevelSchema.optional(),
  district: z.string().optional(),
  juniorSchoolId: idSchema.optional(),
  territories: z.array(idSchema).optional(),
  /** what the inviter sees of the code once it is given out, e.g. "AB…JK" */
  hint: z.string(),
  invitedByStaffId: idSchema,
  invitedByName: z.string(),
  createdAt: dateSchema,
  expiresAt: dateSchema,
  status: z.enum(['open', 'redeemed', 'revoked']),
  redeemedAt: dateSchema.optional(),
  staffId: idSchema.optional(),
  revokedAt: dateSchema.optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * A document every change that could leave the city without a bureau admin writes, so two such
 * changes at once meet here and the second sees the first (R20).
 */
export const staffGuardSchema = z.object({ _id: z.string(), at: dateSchema });

/** Attempts to redeem a code, per WeChat identity and hour: guessing codes is not practical. */
export const redeemAttemptsSchema = z.object({ _id: z.string(), count: z.number().int().min(0) });
