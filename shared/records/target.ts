import { z } from 'zod';
import { districtName } from '../text';
import { dateSchema, idSchema, revisionSchema, yearSchema } from './common';

const headcount = (missing: string) => z.number({ error: missing }).int('请填写整数').min(0, '人数不能为负').max(100000, '人数过大');

/** One junior high's line of a district's target sheet (R11). */
export const juniorTargetSchema = z.object({
  juniorSchoolId: idSchema,
  /** this year's graduates (初中毕业生) */
  graduates: headcount('请填写毕业生人数'),
  /** 送培目标: students it is asked to send to vocational schools */
  sendingTarget: headcount('请填写送培目标'),
});
export type JuniorTarget = z.infer<typeof juniorTargetSchema>;

/**
 * A district's sending targets for a year, one document per district (R11): the bureau saves the
 * sheet as a whole, so it is checked as a whole (its sum against the district's total) and two
 * clerks cannot half-overwrite each other's lines. The district's quota and total are season
 * settings (R21); this sheet splits the total among its junior highs.
 */
export const targetSheetSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  district: districtName(),
  juniors: z.array(juniorTargetSchema).max(300),
  updatedAt: dateSchema,
  updatedByStaffId: idSchema,
  /** a save must be based on it */
  revision: revisionSchema,
});
export type TargetSheet = z.infer<typeof targetSheetSchema>;
