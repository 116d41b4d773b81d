import { z } from 'zod';
import { isValidIdNumber, normaliseIdNumber } from './id-number';
import { readSheetRows, type ReadRows, type RowProblem } from './sheet-rows';

/**
 * R26: the 中考 scores the bureau imports for a unified season's priorities (the `score` criterion,
 * higher first): a spreadsheet of 身份证号 and 中考成绩, one student a row (other columns, such as a
 * name, are ignored and never stored). Pure: the function reads the file into rows of text
 * (cloudfunctions/_kit/platform/spreadsheet-read.ts) and keeps each score only by the keyed hash of
 * the ID number (domains/admission/unified/scores.ts); this module says what each row means or, in
 * Chinese, what is wrong with it — a wrong ID number, a score out of range, an ID number twice.
 */
export const examScoreColumns = ['身份证号', '中考成绩'] as const;

/** The allocation's bound on a score (shared/allocation/schema.ts): far above any city's total. */
export const MAX_EXAM_SCORE = 1000;

export const importedScoreSchema = z.object({
  idNumber: z
    .string()
    .transform(normaliseIdNumber)
    .superRefine((id, ctx) => {
      // one message a cell: the first thing wrong with it
      const message = !id
        ? '身份证号为空'
        : /^\d+(\.\d+)?E\+\d+$/i.test(id)
          ? '身份证号被表格存成了数字（显示为科学计数法），请把这一列设为文本格式后重新填写'
          : isValidIdNumber(id)
            ? null
            : '身份证号有误，请核对（18 位，最后一位可能是 X）';
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  score: z
    .number({ error: `中考成绩应为 0–${MAX_EXAM_SCORE} 的数` })
    .finite(`中考成绩应为 0–${MAX_EXAM_SCORE} 的数`)
    .min(0, `中考成绩应为 0–${MAX_EXAM_SCORE} 的数，不能为负`)
    .max(MAX_EXAM_SCORE, `中考成绩超出范围（0–${MAX_EXAM_SCORE}）`)
    .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, '中考成绩最多保留一位小数'),
});
export type ImportedScore = z.infer<typeof importedScoreSchema>;

/** A cell's number, or NaN for text that is not one (an empty cell is not 0). */
function numberOf(text: string): number {
  const t = text.replace(/分$/, '').trim();
  return t && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

/**
 * Rows of text → one score per ID number. A row whose ID number another row also has is refused
 * with the rows it repeats, and so is every row of that number: which score is right is the clerk's
 * to say, not the import's.
 */
export function readScoreRows(rows: string[][]): ReadRows<ImportedScore> {
  const read = readSheetRows(
    examScoreColumns,
    rows,
    importedScoreSchema,
    (cell) => ({ idNumber: cell('身份证号'), score: numberOf(cell('中考成绩')) }),
    (issue) => (issue.path[0] === 'score' && issue.code === 'invalid_type' ? `中考成绩应为 0–${MAX_EXAM_SCORE} 的数` : issue.message),
  );
  const rowsOf = new Map<string, number[]>();
  for (const item of read.items) rowsOf.set(item.value.idNumber, [...(rowsOf.get(item.value.idNumber) ?? []), item.row]);
  const duplicated: RowProblem[] = [];
  const items = read.items.filter((item) => {
    const same = rowsOf.get(item.value.idNumber) ?? [];
    if (same.length < 2) return true;
    duplicated.push({ row: item.row, message: `身份证号与第 ${same.filter((r) => r !== item.row).join('、')} 行重复，同一名学生只能有一个中考成绩` });
    return false;
  });
  return { items, problems: [...read.problems, ...duplicated].sort((a, b) => a.row - b.row) };
}
