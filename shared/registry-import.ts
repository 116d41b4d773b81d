import { z } from 'zod';
import { phoneSchema, yearSchema } from './records/common';
import { majorModeSchema, type MajorMode } from './records/major';
import type { SchoolKind } from './records/school';
import { readSheetRows, type ReadRows } from './sheet-rows';
import { districtName, line } from './text';

/**
 * R22: the province's published qualification list and the filed majors, as the bureau's clerks
 * keep them in a spreadsheet. The first row names the columns (in any order); each later row is one
 * school or one major (read as every registry sheet is, shared/sheet-rows.ts). Pure: the function
 * reads the file into rows of text, this module says what each row means or, in Chinese, what is
 * wrong with it.
 */
export type ImportKind = 'schools' | 'majors';

export const importColumns: Record<ImportKind, readonly string[]> = {
  schools: ['学校名称', '办学类别', '所在区县', '地址', '联系电话', '年度', '招生资质', '年检', '公布文号'],
  majors: ['学校名称', '所在区县', '专业名称', '专业类别', '学制', '办学形式', '是否备案', '备案编号'],
};

const kinds: Record<string, SchoolKind> = { 市属: 'city', 市直: 'city', 区县属: 'district', 区属: 'district', 县属: 'district' };
const yesNo: Record<string, boolean> = { 是: true, 有: true, 通过: true, 合格: true, 否: false, 无: false, 未通过: false, 不合格: false };
const modes: Record<string, MajorMode> = { 三年制: 'three-year', '3+2': 'three-plus-two', 五年一贯制: 'five-year' };

export const importedSchoolSchema = z.object({
  name: line().min(2, '学校名称为空或过短').max(60, '学校名称过长'),
  kind: z.enum(['city', 'district'], { error: '办学类别应为“市属”或“区县属”' }),
  district: districtName('所在区县为空'),
  address: line().min(1, '地址为空').max(100, '地址过长'),
  phone: phoneSchema,
  year: yearSchema,
  qualified: z.boolean({ error: '招生资质应为“有”或“无”' }),
  inspectionPassed: z.boolean({ error: '年检应为“通过”或“未通过”' }),
  reference: line().max(60, '公布文号过长'),
});
export type ImportedSchool = z.infer<typeof importedSchoolSchema>;

export const importedMajorSchema = z.object({
  schoolName: line().min(2, '学校名称为空或过短').max(60),
  district: districtName('所在区县为空'),
  name: line().min(2, '专业名称为空或过短').max(40, '专业名称过长'),
  category: line().min(1, '专业类别为空').max(20),
  durationYears: z.number({ error: '学制应为 2–5 的整数' }).int('学制应为 2–5 的整数').min(2, '学制应为 2–5 的整数').max(5, '学制应为 2–5 的整数'),
  mode: majorModeSchema,
  filed: z.boolean({ error: '是否备案应为“是”或“否”' }),
  filingNumber: line().max(40),
});
export type ImportedMajor = z.infer<typeof importedMajorSchema>;

export type { RowProblem } from './sheet-rows';

/** Rows of text → the records they describe, and a Chinese message for each row that describes none. */
export function readRows(kind: 'schools', rows: string[][]): ReadRows<ImportedSchool>;
export function readRows(kind: 'majors', rows: string[][]): ReadRows<ImportedMajor>;
export function readRows(kind: ImportKind, rows: string[][]): ReadRows<ImportedSchool | ImportedMajor> {
  if (kind === 'schools') {
    return readSheetRows(importColumns.schools, rows, importedSchoolSchema, (cell) => ({
      name: cell('学校名称'),
      kind: kinds[cell('办学类别')],
      district: cell('所在区县'),
      address: cell('地址'),
      phone: cell('联系电话'),
      year: Number(cell('年度')),
      qualified: yesNo[cell('招生资质')],
      inspectionPassed: yesNo[cell('年检')],
      reference: cell('公布文号'),
    }));
  }
  return readSheetRows(
    importColumns.majors,
    rows,
    importedMajorSchema,
    (cell) => ({
      schoolName: cell('学校名称'),
      district: cell('所在区县'),
      name: cell('专业名称'),
      category: cell('专业类别'),
      durationYears: Number(cell('学制')),
      mode: modes[cell('办学形式')] ?? cell('办学形式'),
      filed: yesNo[cell('是否备案')],
      filingNumber: cell('备案编号'),
    }),
    (issue) => (issue.code === 'invalid_value' && issue.path[0] === 'mode' ? '办学形式应为“三年制”“3+2”或“五年一贯制”' : issue.message),
  );
}
