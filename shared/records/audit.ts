import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/** A staff member's view of personal data, kept for audit. */
export const auditEntrySchema = z.object({
  _id: idSchema,
  staffId: idSchema,
  action: z.enum(['lead.view']),
  subjectId: idSchema,
  at: dateSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
