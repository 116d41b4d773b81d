import { z } from 'zod';
import { brochureFactsSchema, brochureMajorSchema, brochureStatusSchema, filingSchema } from '../records/brochure';
import { basedOnSchema, idSchema } from '../records/common';
import { majorSchema } from '../records/major';

const versionSummary = z.object({
  id: idSchema,
  version: z.number().int(),
  status: brochureStatusSchema,
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  filingNumber: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

/** `brochureMine`: a school admin's brochure versions this year, the school's majors, and the draft to edit. */
export const brochureMineInput = z.object({}).strict();
export const brochureMineOutput = z.object({
  school: z.object({ id: idSchema, name: z.string(), qualified: z.boolean() }),
  majors: z.array(majorSchema.pick({ _id: true, name: true, category: true, filed: true, durationYears: true, mode: true })),
  versions: z.array(versionSummary),
  /** what the editor opens with: the draft, else a copy of the latest version's facts */
  editing: z.object({
    draftId: idSchema.nullable(),
    facts: brochureFactsSchema,
    /** the draft's revision, to send back with a save: 0 while there is no draft */ revision: z.number().int(),
  }),
});
export type BrochureMine = z.infer<typeof brochureMineOutput>;

/** `brochureSave`: save the school's one draft (created as the next version when there is none). */
export const brochureSaveInput = z.object({
  facts: brochureFactsSchema,
  /** the draft's revision as the editor read it (0: no draft yet); a save based on another is refused */
  revision: basedOnSchema.default(0),
});
export const brochureSaveOutput = z.object({ id: idSchema, version: z.number().int(), revision: z.number().int() });

/** `brochureSubmit`: send the draft for review; refused with a reason per field (R1, R3, R5, R16). */
export const brochureSubmitInput = z.object({ id: idSchema });
export const brochureSubmitOutput = z.object({ id: idSchema, status: brochureStatusSchema });

/** `brochureVersion`: one version in full, for its school's admin and the reviewers who may decide it. */
export const brochureVersionInput = z.object({ id: idSchema });
export const brochureVersionOutput = z.object({
  id: idSchema,
  schoolName: z.string(),
  district: z.string(),
  schoolKind: z.enum(['district', 'city']),
  version: z.number().int(),
  status: brochureStatusSchema,
  facts: brochureFactsSchema,
  majors: z.array(brochureMajorSchema),
  filing: filingSchema.extend({ date: z.string() }).nullable(),
  rejectionReason: z.string().nullable(),
  decisions: z.array(z.object({ decision: z.string(), reason: z.string().nullable(), reviewerName: z.string(), at: z.string() })),
  mayDecide: z.boolean(),
  /** what a filing number looks like this season, for the reviewer's form */
  filingNumberExample: z.string(),
});
export type BrochureVersion = z.infer<typeof brochureVersionOutput>;
