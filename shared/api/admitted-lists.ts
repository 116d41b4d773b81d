import { z } from 'zod';
import { idSchema, yearSchema } from '../records/common';
import { admittedEntrySchema } from '../records/admitted-list';

/** A version as listed: its number, when it was published and how many students it names. */
const versionSchema = z.object({ version: z.number().int().min(1), publishedAt: z.string(), count: z.number().int().min(0) });

/**
 * `admittedListPublish` (school admin): publishes the school's admitted list for one major as it
 * stands — the students admitted to it or already enrolled, this season — as a new version (R14).
 */
export const admittedListPublishInput = z.object({ majorId: idSchema });
export const admittedListPublishOutput = versionSchema.extend({ majorId: idSchema, majorName: z.string() });

/**
 * `admittedListGet` (anyone, public): a school's published admitted lists. Without `majorId` every
 * major with a published list, each showing its latest version; with `majorId` and `version`, that
 * version. The answer holds masked names, junior highs and majors only (R25): the schema has no
 * field for an ID number, a phone, an OPENID, a lead id or a full name, so none can leave.
 */
export const admittedListGetInput = z.object({
  schoolId: idSchema,
  year: yearSchema.optional(),
  majorId: idSchema.optional(),
  version: z.number().int().min(1).max(10_000).optional(),
});
export const admittedListGetOutput = z.object({
  schoolName: z.string(),
  year: z.number().int(),
  /** the year's enrollment work has ended: its lists are no longer shown (R4 keeps them only until then) */
  ended: z.boolean(),
  majors: z.array(
    z.object({
      majorId: idSchema,
      majorName: z.string(),
      /** the version shown: the latest, or the one asked for */
      shown: versionSchema.extend({ entries: z.array(admittedEntrySchema) }),
      /** every version published, newest first (the shown one among them) */
      versions: z.array(versionSchema),
    }),
  ),
});
export type AdmittedListView = z.infer<typeof admittedListGetOutput>;

/**
 * `admittedListMine` (school admin): each of the school's majors, how many students hold an
 * admission to it now, how many of them no published list names yet (and how many a list names
 * who no longer hold it), and the versions published.
 */
export const admittedListMineInput = z.object({});
export const admittedListMineOutput = z.object({
  schoolId: idSchema,
  schoolName: z.string(),
  year: z.number().int(),
  /** the season's work has ended: nothing more is published (R4) */
  ended: z.boolean(),
  majors: z.array(
    z.object({
      majorId: idSchema,
      majorName: z.string(),
      /** admitted or enrolled now */
      admitted: z.number().int().min(0),
      /** of them, not named in the latest published version */
      notYetListed: z.number().int().min(0),
      /** named in the latest published version but no longer admitted (released, left, lost, withdrawn) */
      noLongerAdmitted: z.number().int().min(0),
      versions: z.array(versionSchema.extend({ publishedByName: z.string() })),
    }),
  ),
});
export type AdmittedListMine = z.infer<typeof admittedListMineOutput>;
