import { monthlyReportExportInput, monthlyReportExportOutput } from '../../../shared/api/monthly-report';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { readableTable } from '../../domains/reports/monthly-report';
import { monthlyWorkbook } from '../../domains/reports/monthly-report-workbook';
import { currentSeason } from '../../domains/season/season';

/**
 * R12: the unit's 招生情况统计表 as an .xlsx to print, stamp and send (000 §5.2): the submitted
 * copy with its 填表人, else the live figures marked as not submitted. Who may read it as monthlyReportGet.
 */
export const main = defineFunction({
  name: 'monthlyReportExport',
  input: monthlyReportExportInput,
  output: monthlyReportExportOutput,
  roles: ['schoolAdmin', 'reviewer', 'bureauAdmin'],
  async handler({ month, unit }, caller) {
    const at = now();
    const season = await currentSeason(at);
    const { info, report, table } = await readableTable(caller, season, month, unit, at);
    const content = await monthlyWorkbook(table, report);
    return { fileName: `${season.year}年${month}月招生情况统计表（${info.unitName}）.xlsx`, content: content.toString('base64') };
  },
});
