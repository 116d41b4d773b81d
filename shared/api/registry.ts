import { z } from 'zod';
import { basedOnSchema, idSchema, phoneSchema, yearSchema } from '../records/common';
import { majorModeSchema } from '../records/major';
import { schoolKindSchema } from '../records/school';
import { districtName, line, token } from '../text';

/** `registryList`: the registry of schools (R22), searched by name or district, with this year's qualification. */
export const registryListInput = z.object({ keyword: line().max(30, '搜索词请不超过 30 个字').optional(), page: z.number().int().min(1).max(1000).default(1) });
export const registryListOutput = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      kind: schoolKindSchema,
      district: z.string(),
      qualified: z.boolean(),
      inspectionPassed: z.boolean(),
      reference: z.string(),
      majors: z.number().int(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
});

/** `registrySchool`: one school with its qualification history and its majors, for editing. */
export const registrySchoolInput = z.object({ id: idSchema });
export const registrySchoolOutput = z.object({
  /** the season's year, whose qualification the page edits */
  year: z.number().int(),
  /** the school's revision, to send back with a change: an edit based on an older one is refused */
  version: z.number().int(),
  school: z.object({
    id: idSchema,
    name: z.string(),
    kind: schoolKindSchema,
    district: z.string(),
    phone: z.string(),
    campuses: z.array(z.object({ name: z.string(), address: z.string() })),
    qualifications: z.array(z.object({ year: z.number().int(), qualified: z.boolean(), inspectionPassed: z.boolean(), reference: z.string() })),
  }),
  majors: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      category: z.string(),
      durationYears: z.number().int(),
      mode: majorModeSchema,
      filed: z.boolean(),
      filingNumber: z.string(),
      version: z.number().int(),
    }),
  ),
  history: z.array(
    z.object({
      at: z.string(),
      actorName: z.string(),
      action: z.string(),
      changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
    }),
  ),
});

const campusInput = z.object({
  name: line('请填写校区名称').min(1, '请填写校区名称').max(30),
  address: line('请填写校区地址').min(1, '请填写校区地址').max(100),
});

/** `schoolSave`: add a school to the registry, or change one; the qualification is for the year given (R1, R22). */
export const schoolSaveInput = z.object({
  id: idSchema.optional(),
  /** for a change: the revision the editor opened (a new school: 0) */
  version: basedOnSchema.default(0),
  name: line('请填写学校名称').min(2, '请填写学校名称').max(60, '学校名称请不超过 60 个字'),
  kind: schoolKindSchema,
  district: districtName(),
  phone: phoneSchema,
  campuses: z.array(campusInput).min(1, '请至少填写一个校区').max(10),
  qualification: z.object({ year: yearSchema, qualified: z.boolean(), inspectionPassed: z.boolean(), reference: line().max(60).default('') }),
});
export const schoolSaveOutput = z.object({ id: idSchema });

/** `majorSave`: add a major to a school, or change one; only filed majors recruit (R5). */
export const majorSaveInput = z.object({
  id: idSchema.optional(),
  /** for a change: the revision the editor opened (a new major: 0) */
  version: basedOnSchema.default(0),
  schoolId: idSchema,
  name: line('请填写专业名称').min(2, '请填写专业名称').max(40, '专业名称请不超过 40 个字'),
  category: line('请填写专业类别').min(1, '请填写专业类别').max(20),
  durationYears: z.number({ error: '请填写学制' }).int('请填写学制').min(2, '学制为 2–5 年').max(5, '学制为 2–5 年'),
  mode: majorModeSchema,
  filed: z.boolean(),
  filingNumber: line().max(40).default(''),
});
export const majorSaveOutput = z.object({ id: idSchema });

/** The largest spreadsheet a clerk sends in one import (as base64, a third larger). */
export const IMPORT_MAX_BYTES = 3 * 1024 * 1024;

/** A spreadsheet as the page sends it: base64 of at most IMPORT_MAX_BYTES, and nothing else. */
export function uploadedFile(tooLarge: string) {
  return z
    .string()
    .min(1, '文件是空的')
    .max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4, tooLarge)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件没有完整上传，请重新选择文件');
}

/**
 * `registryImport`: the province's qualification list or the filed majors from a spreadsheet
 * (.xlsx or .csv). Without `confirm` it only previews; with `confirm` and the preview's `digest` it
 * applies exactly what was previewed. Importing the same file again changes nothing.
 */
export const registryImportInput = z.object({
  kind: z.enum(['schools', 'majors'], { error: '请选择导入学校名单还是专业备案' }),
  fileName: line('请选择文件')
    .min(1, '请选择文件')
    .max(100)
    .regex(/\.(xlsx|csv)$/i, '请上传 .xlsx 或 .csv 表格'),
  content: uploadedFile('文件过大（最大 3 MB），请分成几个文件导入'),
  confirm: z.boolean().default(false),
  digest: token().max(80).optional(),
});
export const registryImportOutput = z.object({
  digest: z.string(),
  applied: z.boolean(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
  /** a few of each, to show before confirming */
  samples: z.object({
    added: z.array(z.string()),
    changed: z.array(
      z.object({ name: z.string(), changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })) }),
    ),
  }),
});
