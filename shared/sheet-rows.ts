import type { z } from 'zod';

/**
 * A registry spreadsheet as the bureau's clerks keep it: the first row names the columns (in any
 * order, extra columns ignored), each later row is one record. The one reading of such rows for
 * every registry import (schools and majors, shared/registry-import.ts; junior highs,
 * shared/junior-registry.ts): which column is which, the columns missing, blank rows skipped, and
 * for each other row either the value its schema parses or, in Chinese, what is wrong with it.
 * Pure: the function reads the file into rows of text (cloudfunctions/_kit/platform/spreadsheet-read.ts).
 */
export interface RowProblem {
  /** the row as the clerk sees it in the spreadsheet (the header is row 1) */
  row: number;
  message: string;
}

export interface ReadRows<T> {
  items: Array<{ row: number; value: T }>;
  problems: RowProblem[];
}

/** The message of a header that lacks columns: which, and what the first row should be. */
export function missingColumnsMessage(missing: readonly string[], columns: readonly string[]): string {
  return `表头缺少这些列：${missing.join('、')}（第一行应为：${columns.join('、')}）`;
}

/**
 * Rows of text → the records they describe. `toInput` turns a row's cells (by column name, trimmed)
 * into what `schema` parses; `messageOf` may reword an issue (default: the schema's own Chinese).
 */
export function readSheetRows<S extends z.ZodType>(
  columns: readonly string[],
  rows: string[][],
  schema: S,
  toInput: (cell: (column: string) => string) => unknown,
  messageOf: (issue: z.core.$ZodIssue) => string = (issue) => issue.message,
): ReadRows<z.infer<S>> {
  const [header = [], ...body] = rows;
  const index = new Map(header.map((h, i) => [h.trim(), i] as const));
  const missing = columns.filter((c) => !index.has(c));
  if (missing.length) return { items: [], problems: [{ row: 1, message: missingColumnsMessage(missing, columns) }] };
  const items: Array<{ row: number; value: z.infer<S> }> = [];
  const problems: RowProblem[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c.trim())) return;
    const cell = (column: string) => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const parsed = schema.safeParse(toInput(cell));
    if (parsed.success) items.push({ row, value: parsed.data });
    else problems.push({ row, message: parsed.error.issues.map(messageOf).join('；') });
  });
  return { items, problems };
}
