import { monthlyReportSubmitInput, monthlyReportSubmitOutput } from '../../../shared/api/monthly-report';
import { now } from '../../_kit/platform/clock';
import { cityNames } from '../../domains/city/city';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import {
  assertReportMonth,
  isLateAt,
  latestReturn,
  liveTable,
  monthlyReportIdOf,
  submissionOf,
  submitRefusal,
  unitForCall,
} from '../../domains/reports/monthly-report';
import { currentSeason } from '../../domains/season/season';
import { reportFailures } from '../../domains/reports/failures';

/**
 * R12: the unit's preparer — a city school's admin, a district's reviewer — submits the month's
 * table with 填表人 and phone. The figures as they stand are frozen in the submitted copy; a later
 * step of any lead does not change it, and the month cannot be submitted again unless the city
 * bureau sent the table back. Open from the 1st of the month; on time through the season's due day,
 * marked late after it until the month ends (a returned table: until its resubmit day).
 */
export const main = defineFunction({
  name: 'monthlyReportSubmit',
  input: monthlyReportSubmitInput,
  output: monthlyReportSubmitOutput,
  roles: ['schoolAdmin', 'reviewer'],
  async handler({ month, preparer, unit }, caller) {
    const at = now();
    const season = await currentSeason(at);
    assertReportMonth(season, month);
    const info = await unitForCall(caller, season.year, unit, true);
    const [returned, city] = await Promise.all([latestReturn(season.year, month, info.unitKey), cityNames()]);
    const refusal = submitRefusal(season, month, at, returned, city.bureauName);
    if (refusal) throw reportFailures.monthlyReportWindow(refusal);
    const table = await liveTable(season, month, info, at);
    const late = isLateAt(season, month, at);
    const id = monthlyReportIdOf(season.year, month, info.unit);
    const report = {
      year: season.year,
      month,
      unitKey: info.unitKey,
      table,
      preparer,
      submittedAt: at,
      submittedByStaffId: caller.staff._id,
      submittedByName: caller.staff.name,
      late,
    };
    await inTransaction(async (tx) => {
      if (await tx.monthlyReports.get(id)) throw reportFailures.monthlyReportSubmitted(month, city.bureauName);
      await tx.monthlyReports.set(id, report);
    });
    return submissionOf({ _id: id, ...report });
  },
});
