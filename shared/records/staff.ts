import { z } from 'zod';
import { bureauLevelSchema, staffRoleSchema } from '../roles';
import { dateSchema, idSchema } from './common';

/** A staff member bound to their WeChat OPENID; the only source of a caller's staff role. */
export const staffSchema = z.object({
  _id: idSchema,
  openid: z.string().min(1),
  name: z.string().min(1),
  role: staffRoleSchema,
  /** recruiters and school admins belong to a school */
  schoolId: idSchema.optional(),
  /** reviewers review at a bureau level, district reviewers for one district */
  level: bureauLevelSchema.optional(),
  district: z.string().optional(),
  /** a work phone, when the bureau records one (R6: a form carrying it is flagged) */
  phone: z.string().optional(),
  /** junior-high staff belong to a junior high (R23) */
  juniorSchoolId: idSchema.optional(),
  /** a recruiter's territory: the junior high schools whose students they follow */
  territories: z.array(idSchema).optional(),
  /** R20: a revoked member loses access at once (their next call is a family's) */
  status: z.enum(['active', 'revoked']).default('active'),
  /** the invitation that bound them (demo staff have none) */
  invitationId: idSchema.optional(),
  joinedAt: dateSchema.optional(),
  revokedAt: dateSchema.optional(),
});
export type Staff = z.infer<typeof staffSchema>;
