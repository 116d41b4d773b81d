import { monthlyReportRollupInput, monthlyReportRollupOutput } from '../../../shared/api/monthly-report';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { assertReportMonth, liveTable, reportingUnits } from '../../domains/reports/monthly-report';
import { rollupWorkbook } from '../../domains/reports/monthly-report-workbook';
import { currentSeason } from '../../domains/season/season';
import { cityNames } from '../../domains/city/city';

/**
 * R12: the city bureau's roll-up of a month: every unit's table in one workbook — the submitted
 * copy where there is one, else the figures as they stand, each line saying which.
 */
export const main = defineFunction({
  name: 'monthlyReportRollup',
  input: monthlyReportRollupInput,
  output: monthlyReportRollupOutput,
  roles: ['bureauAdmin'],
  async handler({ month }) {
    const at = now();
    const season = await currentSeason(at);
    assertReportMonth(season, month);
    const [units, reports] = await Promise.all([reportingUnits(season.year), records.monthlyReports.find({ year: season.year, month }, { limit: MAX_READ })]);
    const byKey = new Map(reports.map((r) => [r.unitKey, r]));
    const entries = [];
    // one unit after another: each reads its schools' leads a page at a time
    for (const u of units) {
      const report = byKey.get(u.unitKey) ?? null;
      entries.push({ report, table: report ? report.table : await liveTable(season, month, u, at) });
    }
    // R27: the header names the city as the bureau set it
    const { name: city } = await cityNames();
    const content = await rollupWorkbook(season.year, month, entries, at, city);
    return { fileName: `${season.year}年${month}月${city}中等职业学校招生情况汇总表.xlsx`, content: content.toString('base64') };
  },
});
