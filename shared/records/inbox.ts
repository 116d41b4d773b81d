import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/** An in-app message to one person (a school admin learns the bureau's decision here). */
export const inboxEntrySchema = z.object({
  _id: idSchema,
  recipientOpenid: z.string().min(1),
  kind: z.enum([
    'brochure-decision',
    'lead-assigned',
    'status-changed',
    'qualification-changed',
    'early-study-request',
    'early-study-step',
    'sending-stats-due',
    'form-voided',
    'admission-choice',
    'admission-released',
    'task-due',
    'school-recorded',
  ]),
  title: z.string(),
  body: z.string(),
  /** the mini-program page it opens */
  link: z.string().optional(),
  createdAt: dateSchema,
  readAt: dateSchema.nullable(),
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;
