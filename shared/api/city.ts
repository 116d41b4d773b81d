import { z } from 'zod';
import { citySettingsSchema } from '../records/city';
import { basedOnSchema } from '../records/common';

/**
 * R27: the city's identity and districts, set by the bureau admin (城市与区县). `cityGet` is read
 * by the bureau's pages that offer a district (the schools' and junior highs' registries, targets,
 * invitations of district reviewers); `citySave` is the bureau admin's.
 */
export const cityGetInput = z.object({});
export const cityGetOutput = z.object({
  /** whether the bureau has set the city yet (a new environment has not) */
  set: z.boolean(),
  name: z.string(),
  bureauName: z.string(),
  signature: z.string(),
  districts: z.array(
    z.object({
      name: z.string(),
      bureauName: z.string(),
      /** how many schools, junior highs, staff and target sheets name it: one in use cannot be renamed or removed */
      uses: z.number().int(),
      /** the same, in words (e.g. 3 所学校、12 所初中), empty when none */
      usedBy: z.string(),
    }),
  ),
  /** the revision to send back with a change (0 before the first save) */
  version: z.number().int(),
  /** whether the caller may change it (the bureau admin) */
  editable: z.boolean(),
});
export type CityView = z.infer<typeof cityGetOutput>;

/** `citySave`: the bureau admin sets the city's names and districts, based on the revision read. */
export const citySaveInput = z.object({ version: basedOnSchema, settings: citySettingsSchema });
export const citySaveOutput = z.object({ version: z.number().int() });
