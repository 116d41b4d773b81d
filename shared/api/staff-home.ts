import { z } from 'zod';
import { staffRoleSchema } from '../roles';

/** `staffHome`: the workbench summary a staff member sees first. Staff only. */
export const staffHomeInput = z.object({}).strict();

export const staffHomeOutput = z.object({
  role: staffRoleSchema,
  name: z.string(),
  schoolName: z.string().nullable(),
  counts: z.array(z.object({ label: z.string(), value: z.number().int() })),
});
