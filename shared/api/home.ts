import { z } from 'zod';

/** `home`: what the first page shows a parent, readable with no sign-in. */
export const homeInput = z.object({}).strict();

export const homeOutput = z.object({
  year: z.number().int(),
  /** R27: the city's name as the bureau set it (empty before): the page's title says it */
  city: z.string(),
  letter: z.object({ title: z.string(), summary: z.string(), issuedBy: z.string() }).nullable(),
  policies: z.array(z.object({ key: z.string(), title: z.string(), summary: z.string() })),
  stats: z.object({ approvedBrochures: z.number().int(), qualifiedSchools: z.number().int() }),
});
export type HomeOutput = z.infer<typeof homeOutput>;
