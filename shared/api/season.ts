import { z } from 'zod';
import { basedOnSchema } from '../records/common';
import { districtNarrowingSchema, seasonSettingsSchema } from '../records/season';

export const yearInput = z.number({ error: '请选择年度' }).int('请选择年度').min(2020, '请选择年度').max(2100, '请选择年度');

/** `seasonGet`: a year's season (the one in force unless told), its history, and what the caller may change. */
export const seasonGetInput = z.object({ year: yearInput.optional() });
export const seasonGetOutput = z.object({
  year: z.number().int(),
  years: z.array(z.number().int()),
  inForce: z.boolean(),
  settings: seasonSettingsSchema,
  /** the narrower windows of each district (a district reviewer sees only their own) */
  districts: z.record(z.string(), districtNarrowingSchema),
  /** the settings' revision: send it back with a change, so two people cannot overwrite each other unseen */
  version: z.number().int(),
  editable: z.boolean(),
  /** the district a district reviewer may narrow, when they may */
  narrowable: z.string().nullable(),
  /** a past year is read-only (R21) */
  past: z.boolean(),
  history: z.array(
    z.object({
      at: z.string(),
      actorName: z.string(),
      action: z.string(),
      changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
    }),
  ),
});
export type SeasonView = z.infer<typeof seasonGetOutput>;

/** `seasonSave`: the bureau admin changes a year's settings (R21). */
export const seasonSaveInput = z.object({ year: yearInput, version: basedOnSchema, settings: seasonSettingsSchema });
export const seasonSaveOutput = z.object({ year: z.number().int(), version: z.number().int() });

/** `seasonOpen`: the bureau admin opens the next year, starting from a copy of the last. */
export const seasonOpenInput = z.object({ year: yearInput });
export const seasonOpenOutput = z.object({ year: z.number().int() });

/** `seasonNarrow`: a district reviewer narrows windows for their district only (R21). */
export const seasonNarrowInput = z.object({ year: yearInput, version: basedOnSchema, narrowing: districtNarrowingSchema });
export const seasonNarrowOutput = z.object({ year: z.number().int(), district: z.string(), version: z.number().int() });
