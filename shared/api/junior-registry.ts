import { z } from 'zod';
import { juniorCodeSchema, juniorNameSchema } from '../junior-registry';
import { basedOnSchema, idSchema } from '../records/common';
import { districtName, line, token } from '../text';
import { registryImportOutput, uploadedFile } from './registry';

/**
 * R27: the junior highs' registry. The bureau admin keeps every district's; a district reviewer
 * keeps their own district's (the city's reviewers read it).
 */
export const juniorListInput = z.object({});
export const juniorListOutput = z.object({
  /** the one district the caller may change; null when any (the bureau admin) */
  ownDistrict: z.string().nullable(),
  /** whether the caller may add, edit, close and import */
  mayEdit: z.boolean(),
  /** the city's districts (R27), for the add form; a district reviewer's own */
  districts: z.array(z.string()),
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      district: z.string(),
      code: z.string(),
      closed: z.boolean(),
      /** the day it was closed (Shanghai), or empty */
      closedOn: z.string(),
      /** the revision to send back with a change */
      version: z.number().int(),
    }),
  ),
});

/** `juniorSave`: add a junior high, or change one's name, district or code. */
export const juniorSaveInput = z.object({
  id: idSchema.optional(),
  /** for a change: the revision the editor opened (a new junior high: 0) */
  version: basedOnSchema.default(0),
  name: juniorNameSchema(),
  district: districtName(),
  code: juniorCodeSchema(),
});
export const juniorSaveOutput = z.object({ id: idSchema });

/** `juniorClose`: close a junior high (its history and counts stay), or open it again. */
export const juniorCloseInput = z.object({
  id: idSchema,
  version: basedOnSchema,
  reopen: z.boolean().default(false),
});
export const juniorCloseOutput = z.object({ id: idSchema, closed: z.boolean() });

/**
 * `juniorImport`: junior highs from a spreadsheet (.xlsx or .csv; columns 初中名称、所在区县、学校代码).
 * Without `confirm` it only previews; with `confirm` and the preview's `digest` it applies exactly
 * what was previewed. The answer has the shape of the schools' import.
 */
export const juniorImportInput = z.object({
  fileName: line('请选择文件')
    .min(1, '请选择文件')
    .max(100)
    .regex(/\.(xlsx|csv)$/i, '请上传 .xlsx 或 .csv 表格'),
  content: uploadedFile('文件过大（最大 3 MB），请分成几个文件导入'),
  confirm: z.boolean().default(false),
  digest: token().max(80).optional(),
});
export const juniorImportOutput = registryImportOutput;
