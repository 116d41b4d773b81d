import { monthlyReportRemindInput, monthlyReportRemindOutput } from '../../../shared/api/monthly-report';
import type { Staff } from '../../../shared/records/staff';
import { shanghaiDay, shanghaiMinute } from '../../../shared/time';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineSystemFunction } from '../../_kit/platform/define';
import { monthWindow, reportingUnits } from '../../domains/reports/monthly-report';
import { currentSeason } from '../../domains/season/season';
import { schoolAdminsOf } from '../../domains/staff/staff';
import { remindOnce } from '../../domains/messages/outbox';

/** The active district reviewers of a district (its bureau prepares the district's table). */
async function districtReviewersOf(district: string): Promise<Staff[]> {
  return (await records.staff.find({ role: 'reviewer', level: 'district', district }, { limit: 100 })).filter((s) => s.status === 'active');
}

/**
 * R12, on a daily timer: on the season's reminder day of a report month (the 20th), each unit that
 * has not submitted that month's table is reminded through the outbox — a city school's admins, a
 * district's reviewers. The reminder's id names the year, month, unit and person, so a second run
 * (or two at once) writes nothing new; on any other day nothing is sent.
 */
export const main = defineSystemFunction({
  name: 'monthlyReportRemind',
  input: monthlyReportRemindInput,
  output: monthlyReportRemindOutput,
  async handler() {
    const at = now();
    const season = await currentSeason(at);
    const today = shanghaiMinute(at);
    const month = today.month() + 1;
    if (today.year() !== season.year || !season.monthlyReports.months.includes(month) || today.date() !== season.monthlyReports.reminderDay)
      return { reminded: 0 };
    const window = monthWindow(season, month);
    const [units, reports] = await Promise.all([reportingUnits(season.year), records.monthlyReports.find({ year: season.year, month }, { limit: MAX_READ })]);
    const submitted = new Set(reports.map((r) => r.unitKey));
    let reminded = 0;
    for (const unit of units.filter((u) => !submitted.has(u.unitKey))) {
      const people = unit.unit.kind === 'school' ? await schoolAdminsOf(unit.unit.schoolId) : await districtReviewersOf(unit.unit.district);
      for (const person of people) {
        const values = { task: `提交${month}月招生情况统计表`, due: new Date(shanghaiDay(window.due).start) };
        const message = {
          kind: 'task-due' as const,
          values,
          recipientOpenid: person.openid,
          schoolId: unit.unit.kind === 'school' ? unit.unit.schoolId : unit.unitKey.slice(0, 64),
          page: '/staff/pages/monthly-report/index',
        };
        if (await remindOnce(`monthly-${season.year}-${month}-${unit.unitKey}`, person._id, message, at)) reminded += 1;
      }
    }
    return { reminded };
  },
});
