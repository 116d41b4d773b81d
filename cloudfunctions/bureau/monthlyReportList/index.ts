import { monthlyReportListInput, monthlyReportListOutput } from '../../../shared/api/monthly-report';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { assertReportMonth, monthWindow, reportingUnits, returnedOf, submissionOf } from '../../domains/reports/monthly-report';
import type { MonthlyReportReturn } from '../../../shared/records/monthly-report';
import { currentSeason } from '../../domains/season/season';

/**
 * R12: for a month, every unit that reports — each city school and each district — whether it has
 * submitted, when, by whom and who prepared it. A district reviewer sees their district's line.
 */
export const main = defineFunction({
  name: 'monthlyReportList',
  input: monthlyReportListInput,
  output: monthlyReportListOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ month }, caller) {
    const season = await currentSeason();
    assertReportMonth(season, month);
    const district = caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? caller.scope.district : null;
    const [units, reports, returns] = await Promise.all([
      reportingUnits(season.year),
      records.monthlyReports.find({ year: season.year, month }, { limit: MAX_READ }),
      records.monthlyReportReturns.find(
        { year: season.year, month },
        {
          orderBy: [
            ['unitKey', 'asc'],
            ['sequence', 'asc'],
          ],
          limit: MAX_READ,
        },
      ),
    ]);
    const byKey = new Map(reports.map((r) => [r.unitKey, r]));
    // the latest return of each unit (later ones overwrite earlier)
    const returnedByKey = new Map<string, MonthlyReportReturn>(returns.map((r) => [r.unitKey, r]));
    return {
      year: season.year,
      month,
      months: season.monthlyReports.months,
      due: monthWindow(season, month).due,
      units: units
        .filter((u) => !district || (u.unit.kind === 'district' && u.district === district))
        .map((u) => {
          const report = byKey.get(u.unitKey);
          const returned = report ? undefined : returnedByKey.get(u.unitKey);
          return {
            unit: u.unit,
            unitKey: u.unitKey,
            unitName: u.unitName,
            district: u.district,
            submitted: report ? submissionOf(report) : null,
            returned: returned ? returnedOf(returned) : null,
          };
        }),
    };
  },
});
