import { z } from 'zod';
import { readSheetRows, type ReadRows } from './sheet-rows';
import { districtName, line } from './text';

/**
 * R27: the junior highs' registry (初中名录) as the bureau keeps it — a junior high is a name
 * within its district and a school code (学校标识码 or the bureau's own). The same schemas check a
 * junior high typed into the page and one read from a spreadsheet row. Pure.
 */
export const juniorNameSchema = (missing = '请填写初中名称') => line(missing).min(2, missing).max(40, '初中名称请不超过 40 个字');
export const juniorCodeSchema = (missing = '请填写学校代码') =>
  line(missing)
    .min(1, missing)
    .regex(/^[0-9A-Za-z]{2,20}$/, '学校代码只能由数字和字母组成，2–20 位');

/** The columns of a junior highs' spreadsheet (the first row, in any order). */
export const juniorColumns = ['初中名称', '所在区县', '学校代码'] as const;

export const importedJuniorSchema = z.object({
  name: juniorNameSchema('初中名称为空或过短'),
  district: districtName('所在区县为空'),
  code: juniorCodeSchema('学校代码为空'),
});
export type ImportedJunior = z.infer<typeof importedJuniorSchema>;

/** Rows of text → the junior highs they describe, and a Chinese message for each row that describes none. */
export function readJuniorRows(rows: string[][]): ReadRows<ImportedJunior> {
  return readSheetRows(juniorColumns, rows, importedJuniorSchema, (cell) => ({ name: cell('初中名称'), district: cell('所在区县'), code: cell('学校代码') }));
}

/** The key under which a district holds one junior high of a name (unique: R27). */
export function juniorKey(district: string, name: string): string {
  return `${district}\u0000${name}`;
}
