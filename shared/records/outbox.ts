import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/** A message to deliver later, written in the same transaction as what caused it. */
export const outboxEntrySchema = z.object({
  _id: idSchema,
  kind: z.enum([
    'lead-assigned',
    'status-changed',
    'early-study-request',
    'early-study-step',
    'sending-stats-due',
    'form-voided',
    'admission-choice',
    'admission-released',
    'task-due',
    'school-recorded',
  ]),
  recipientOpenid: z.string(),
  /** the school the message is about: its admin sees the ones that could not be delivered */
  schoolId: idSchema,
  /** WeChat subscribe-message fields, already within WeChat's length limits */
  data: z.record(z.string(), z.string()),
  page: z.string(),
  status: z.enum(['pending', 'sent', 'dead']),
  attempts: z.number().int().min(0),
  nextAttemptAt: dateSchema,
  lastError: z.string().optional(),
  sentAt: dateSchema.optional(),
  createdAt: dateSchema,
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
