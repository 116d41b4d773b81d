import { z } from 'zod';
import { idSchema } from '../records/common';

/** `inboxList`: the caller's in-app messages, newest first; opening the list marks them read. */
export const inboxListInput = z.object({}).strict();
export const inboxListOutput = z.object({
  items: z.array(z.object({ id: idSchema, title: z.string(), body: z.string(), link: z.string().nullable(), createdAt: z.string(), unread: z.boolean() })),
});
