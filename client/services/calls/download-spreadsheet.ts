import type { Result } from '../../../shared/result-core';
import { tell } from '../platform/confirm';
import { tellFailure } from './feedback';
import { saveSpreadsheet, type SpreadsheetFile } from '../platform/save-spreadsheet';

/**
 * An export button's whole errand: asks the server for the workbook, saves it on the phone (opens
 * it in WeChat), and says in words what went wrong if either fails. `setBusy` keeps the button
 * from being tapped twice meanwhile. Answers the server's answer (a page may read more than the
 * file from it), or null when it refused.
 */
export async function downloadSpreadsheet<T extends SpreadsheetFile>(load: () => Promise<Result<T>>, setBusy: (busy: boolean) => void): Promise<T | null> {
  setBusy(true);
  try {
    const result = await load();
    if (!result.ok) {
      tellFailure('未能导出', result.error);
      return null;
    }
    try {
      await saveSpreadsheet(result.data);
    } catch {
      void tell('未能保存表格', '表格已生成，但无法保存或打开，请稍后再试。');
    }
    return result.data;
  } finally {
    setBusy(false);
  }
}
