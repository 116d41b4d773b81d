import { z } from 'zod';
import { roleSchema } from '../roles';

/** `session`: who the caller is, as the server sees it (role from the staff collection). */
export const sessionInput = z.object({}).strict();

export const sessionOutput = z.object({
  role: roleSchema,
  name: z.string().nullable(),
  schoolName: z.string().nullable(),
});
export type SessionOutput = z.infer<typeof sessionOutput>;
