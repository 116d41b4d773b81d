import { z } from 'zod';
import { basedOnSchema, idSchema } from '../records/common';
import { uploadedFile } from './registry';
import { juniorTargetSchema } from '../records/target';
import { districtName } from '../text';
import { yearInput } from './season';

const checkSchema = z.object({ sum: z.number().int(), total: z.number().int().nullable(), difference: z.number().int().nullable(), message: z.string() });
/** a percent to one decimal, or null when there is nothing to measure against */
const percent = z.number().nullable();

/** `targetGet`: a district's target sheet for a year (R11): each junior high's graduates and sending target. */
export const targetGetInput = z.object({ year: yearInput.optional(), district: districtName().optional() });
export const targetGetOutput = z.object({
  year: z.number().int(),
  /** the districts the caller may see: those with junior highs or a target in the season */
  districts: z.array(z.string()),
  district: z.string().nullable(),
  /** the district's quota for its own schools and its total to all vocational schools (season settings) */
  ownSchoolsQuota: z.number().int().nullable(),
  total: z.number().int().nullable(),
  juniors: z.array(
    z.object({ juniorSchoolId: idSchema, name: z.string(), graduates: z.number().int().nullable(), sendingTarget: z.number().int().nullable() }),
  ),
  check: checkSchema,
  /** the sheet's revision, to send back with a change: 0 while the district has no sheet yet */
  version: z.number().int(),
  editable: z.boolean(),
  /** a past year is read-only (R21) */
  past: z.boolean(),
});
export type TargetSheetView = z.infer<typeof targetGetOutput>;

/** `targetSave`: the bureau admin saves a district's sheet as a whole. */
export const targetSaveInput = z.object({
  year: yearInput,
  district: districtName(),
  version: basedOnSchema,
  juniors: z.array(juniorTargetSchema).max(300, '一个区县最多 300 所初中'),
});
export const targetSaveOutput = z.object({ version: z.number().int(), check: checkSchema });

/** How far a unit has come: forms submitted, students admitted and enrolled, against its figures. */
const progress = {
  forms: z.number().int(),
  admitted: z.number().int(),
  enrolled: z.number().int(),
};
/** R11's rates (shared/targets.ts): enrolled and forms against the sending target, forms against graduates */
const rates = {
  completion: percent,
  formsRate: percent,
  vocationalShare: percent,
  meetsRatio: z.boolean().nullable(),
};

export const dashboardJuniorSchema = z.object({
  juniorSchoolId: idSchema,
  name: z.string(),
  district: z.string(),
  graduates: z.number().int(),
  sendingTarget: z.number().int(),
  rank: z.number().int(),
  ...progress,
  /** of the forms, those whose family opened the product from this junior high's poster */
  viaPoster: z.number().int(),
  /** R27: closed in the registry since; its row stays while the year has its forms or its target */
  closed: z.boolean(),
  ...rates,
});
export type DashboardJunior = z.infer<typeof dashboardJuniorSchema>;

/** `targetDashboard`: the bureau's view of a year (R11), per district, junior high and vocational school. */
export const targetDashboardInput = z.object({ year: yearInput.optional(), district: districtName().optional() });
export const targetDashboardOutput = z.object({
  year: z.number().int(),
  district: z.string().nullable(),
  districts: z.array(
    z.object({
      district: z.string(),
      graduates: z.number().int(),
      sendingTarget: z.number().int(),
      total: z.number().int().nullable(),
      ownSchoolsQuota: z.number().int().nullable(),
      ...progress,
      ...rates,
    }),
  ),
  /** ranked by completion, then by forms against the target */
  juniors: z.array(dashboardJuniorSchema),
  schools: z.array(z.object({ schoolId: idSchema, name: z.string(), district: z.string(), plannedPlaces: z.number().int(), ...progress })),
  /** when the figures were counted */
  countedAt: z.string(),
});
export type TargetDashboard = z.infer<typeof targetDashboardOutput>;

/** `targetExport`: the ranking of junior highs as a spreadsheet for the bureau's assessment (004 §4.2). */
export const targetExportInput = targetDashboardInput;
export const targetExportOutput = z.object({ fileName: z.string(), /** the .xlsx file, base64 */ content: z.string() });

/** `juniorProgress`: a junior high's own figures against its target (R11, R23) — counts only, never a form. */
export const juniorProgressInput = z.object({});
export const juniorProgressOutput = z.object({
  year: z.number().int(),
  juniorSchoolName: z.string(),
  district: z.string(),
  graduates: z.number().int().nullable(),
  sendingTarget: z.number().int().nullable(),
  ...progress,
  viaPoster: z.number().int(),
  ...rates,
  /** per vocational school its students chose: forms choosing it, admitted and enrolled there */
  bySchool: z.array(z.object({ schoolId: idSchema, schoolName: z.string(), ...progress })),
  /** forms submitted per week (weeks begin on Monday, Shanghai's calendar), oldest first */
  byWeek: z.array(z.object({ weekOf: z.string(), forms: z.number().int() })),
  /** early-study requests of its students waiting for an answer, and confirmed (R8) */
  earlyStudy: z.object({ pending: z.number().int(), confirmed: z.number().int() }),
});
export type JuniorProgress = z.infer<typeof juniorProgressOutput>;

/**
 * `targetRead`: a district's sheet read from a spreadsheet (columns 初中学校, 毕业生人数, 送培目标),
 * matched to the district's junior highs by name, for the clerk to check on the page and save with
 * targetSave. Nothing is saved here; each row that cannot be read says why.
 */
export const targetReadInput = z.object({
  district: districtName(),
  fileName: z
    .string()
    .min(1, '请选择文件')
    .max(100)
    .regex(/\.(xlsx|csv)$/i, '请上传 .xlsx 或 .csv 表格'),
  content: uploadedFile('文件过大（最大 3 MB）'),
});
export const targetReadOutput = z.object({
  juniors: z.array(z.object({ juniorSchoolId: idSchema, name: z.string(), graduates: z.number().int(), sendingTarget: z.number().int() })),
  problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
  check: checkSchema,
});
