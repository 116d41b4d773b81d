import { monthlyReportGetInput, monthlyReportGetOutput } from '../../../shared/api/monthly-report';
import { unitKeyOf } from '../../../shared/records/monthly-report';
import { now } from '../../_kit/platform/clock';
import { cityNames } from '../../domains/city/city';
import { defineFunction } from '../../_kit/platform/define';
import { isLateAt, latestReturn, monthWindow, ownUnitOf, readableTable, returnedOf, submissionOf, submitRefusal } from '../../domains/reports/monthly-report';
import { currentSeason } from '../../domains/season/season';

/**
 * R12: a unit's 招生情况统计表 for a month of the season — the frozen copy once submitted, else the
 * figures as the leads stand. A city school's admin reads their school's, a district reviewer
 * their district's, the bureau (and the city reviewers) any unit's.
 */
export const main = defineFunction({
  name: 'monthlyReportGet',
  input: monthlyReportGetInput,
  output: monthlyReportGetOutput,
  roles: ['schoolAdmin', 'reviewer', 'bureauAdmin'],
  async handler({ month, unit }, caller) {
    const at = now();
    const season = await currentSeason(at);
    const { info, report, table } = await readableTable(caller, season, month, unit, at);
    const own = ownUnitOf(caller);
    const preparer = !!own && unitKeyOf(own) === info.unitKey;
    // a table the bureau sent back and not yet submitted again: why, and by when
    const returned = report ? null : await latestReturn(season.year, month, info.unitKey);
    const refusal = preparer && !report ? submitRefusal(season, month, at, returned, (await cityNames()).bureauName) : null;
    const window = monthWindow(season, month);
    return {
      year: season.year,
      month,
      months: season.monthlyReports.months,
      due: window.due,
      opens: window.opens,
      table: { ...table, countedAt: table.countedAt.toISOString() },
      submitted: report ? submissionOf(report) : null,
      returned: returned ? returnedOf(returned) : null,
      maySubmit: preparer && !report && !refusal,
      submitNote: refusal,
      overdue: !report && isLateAt(season, month, at),
    };
  },
});
