import { z } from 'zod';

/**
 * `posterCode` (R17, R23): a junior-high staff member's poster of the letter to families, with a
 * 小程序码 whose scene names their own junior high. The junior high comes from the caller's staff
 * record only: the request carries nothing, and whatever a body sends is dropped unread.
 */
export const posterCodeInput = z.object({});

export const posterImageTypes = ['image/png', 'image/jpeg'] as const;

export const posterCodeOutput = z.object({
  /** the 小程序码 as WeChat drew it, base64 */
  image: z.string().min(1),
  imageType: z.enum(posterImageTypes),
  /** what the code opens the mini-program with (shared/poster-scene.ts) */
  scene: z.string(),
  page: z.string(),
  juniorSchoolName: z.string(),
  year: z.number().int(),
  letter: z
    .object({
      title: z.string(),
      greeting: z.string(),
      /** a few short lines for the poster, from the letter's paragraphs */
      lines: z.array(z.string()),
      contacts: z.array(z.object({ name: z.string(), phone: z.string() })),
      issuedBy: z.string(),
    })
    .nullable(),
});
export type PosterCode = z.infer<typeof posterCodeOutput>;
export type PosterCodeInput = z.input<typeof posterCodeInput>;
