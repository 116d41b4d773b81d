import { z } from 'zod';
import { letterTextSchema } from '../letter';
import { basedOnSchema } from '../records/common';
import { subsidyPolicySchema } from '../records/content';
import { yearInput } from './season';

/**
 * A letter's text as answered to the bureau's page: not re-checked on the way out — a stored text as
 * it was saved, or the blank one a city starts from (its phone still empty).
 */
const letterTextOut = z.object({
  title: z.string(),
  greeting: z.string(),
  paragraphs: z.array(z.string()),
  contacts: z.array(z.object({ name: z.string(), phone: z.string() })),
  issuedBy: z.string(),
  policies: z.array(subsidyPolicySchema),
});

const publishedVersion = z.object({ version: z.number().int(), publishedAt: z.string(), publishedByName: z.string() });

/**
 * `letterGet` (R17, R27): the bureau's draft of a year's letter and policies (the season in force
 * unless told). A year with no draft yet starts as a copy of the last text written: its own newest
 * published version, else the latest earlier year's draft or version (the year in the title moved
 * on), else an empty letter to fill in.
 */
export const letterGetInput = z.object({ year: yearInput.optional() });
export const letterGetOutput = z.object({
  year: z.number().int(),
  /** the years with a season, to choose from */
  years: z.array(z.number().int()),
  letter: letterTextOut,
  /** the draft's revision: send it back with a save or a publication; 0 while the year has no draft yet */
  version: z.number().int(),
  /** where a year with no draft yet starts from */
  startsFrom: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('draft') }),
    z.object({ kind: z.literal('published'), version: z.number().int() }),
    z.object({ kind: z.literal('earlierYear'), year: z.number().int() }),
    z.object({ kind: z.literal('blank') }),
  ]),
  /** every version published for the year, newest first (the first is what families read) */
  published: z.array(publishedVersion),
  /** the draft differs from what families read (or nothing is published yet) */
  unpublished: z.boolean(),
  /** false once the year's work has ended: its letter is kept as it was (R4) */
  editable: z.boolean(),
});
export type LetterEditorView = z.infer<typeof letterGetOutput>;

/** `letterSave`: the bureau admin saves the year's draft; based on the revision it read. */
export const letterSaveInput = z.object({ year: yearInput, version: basedOnSchema, letter: letterTextSchema });
export const letterSaveOutput = z.object({ year: z.number().int(), version: z.number().int() });

/** `letterPublish`: the saved draft, as previewed at that revision, becomes the next version families read. */
export const letterPublishInput = z.object({ year: yearInput, version: basedOnSchema });
export const letterPublishOutput = z.object({ year: z.number().int(), published: z.number().int(), publishedAt: z.string() });

/** `letterVersions`: every version published for a year, whole, newest first (R4: each is kept). */
export const letterVersionsInput = z.object({ year: yearInput });
export const letterVersionsOutput = z.object({
  year: z.number().int(),
  versions: z.array(publishedVersion.extend({ letter: letterTextOut })),
});
