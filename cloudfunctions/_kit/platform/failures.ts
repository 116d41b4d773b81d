import type { ErrorCode } from '../../../shared/errors';
import type { FieldErrors } from '../../../shared/result';

/** Thrown by a handler to answer with an error code; the kit turns it into `{ ok: false, error }`. */
export class Failure extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly fields?: FieldErrors,
    public readonly customMessage?: string,
  ) {
    super(customMessage ?? code);
  }
}

/**
 * The platform's own refusals (who may call, what exists, what was sent, what an uploaded
 * spreadsheet may hold). Each domain's refusals are in cloudfunctions/domains/<domain>/failures.ts
 * (`formFailures.formWithdrawn()`), named like the rule they enforce, with the words a person reads;
 * handlers never throw a code with positional messages.
 */
export const failures = {
  forbidden: () => new Failure('FORBIDDEN'),
  notFound: () => new Failure('NOT_FOUND'),
  invalid: (fields: FieldErrors) => new Failure('INVALID_INPUT', fields),
  unreadableSpreadsheet: () =>
    new Failure(
      'INVALID_INPUT',
      { content: '无法读取这个文件，请确认是 Excel（.xlsx）或 CSV 表格' },
      '无法读取这个文件，请确认是 Excel（.xlsx）或 CSV 表格，可用 Excel 另存为 .xlsx 后重新选择。',
    ),

  // spreadsheets read from an upload (cloudfunctions/_kit/platform/spreadsheet-read.ts): each refusal is on
  // the file (field `content`) and is also the message the clerk's dialog shows, saying what to do
  spreadsheetTooLarge: (maxMb: number) => {
    const message = `文件过大：最大 ${maxMb} MB。请只保留名单所在的工作表，或分成几个文件。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooManyRows: (maxRows: number, row: number) => {
    const message = `表格过大：最多读取 ${maxRows} 行（含表头），这个文件的第 ${row} 行还有内容。请删去多余的行（包括远处误填的单元格）后重新选择；名单确实更长时，请分成几个文件。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooManyColumns: (maxColumns: number, lastColumn: string, column: string, row: number) => {
    const message = `表格过宽：最多读取 ${maxColumns} 列（A 至 ${lastColumn} 列），这个文件第 ${row} 行的 ${column} 列还有内容。请删去多余的列后重新选择。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooManyCells: (maxCells: number) => {
    const message = `表格内容过多：最多读取 ${maxCells} 个有内容的单元格。请只保留名单所需的列，或分成几个文件。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetUnpacksTooLarge: (maxMb: number) => {
    const message = `表格过大：文件解压后超过 ${maxMb} MB。请只保留名单所在的工作表，另存为新的 .xlsx 文件后重新选择。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooSlow: (seconds: number) => {
    const message = `表格读取超时（超过 ${seconds} 秒）：请只保留名单所在的工作表和所需的列，另存为新文件后重新选择。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
};
