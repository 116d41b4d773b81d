import { sendingStatsRemindInput, sendingStatsRemindOutput } from '../../../shared/api/sending';
import { remindOnce } from '../../domains/messages/outbox';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { now } from '../../_kit/platform/clock';
import { defineSystemFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';
import { reportingSchools } from '../../domains/juniors/sending';
import { schoolAdminsOf } from '../../domains/staff/staff';
import { shanghaiDay } from '../../../shared/time';

const DAY_MS = 24 * 60 * 60 * 1000;
/** R13: reminded this many days before the due date. */
export const REMIND_DAYS_BEFORE = 3;

/**
 * R13, on a daily timer: from three days before the sending statistics are due until the due day,
 * each admin of a school that has not submitted is reminded once through the outbox. The
 * reminder's id names the year, school and admin, so a second run (or two at once) writes nothing new.
 */
export const main = defineSystemFunction({
  name: 'sendingStatsRemind',
  input: sendingStatsRemindInput,
  output: sendingStatsRemindOutput,
  async handler() {
    const at = now();
    const { year, sendingStatisticsDue } = await currentSeason(at);
    const due = shanghaiDay(sendingStatisticsDue);
    if (at.getTime() < due.start - REMIND_DAYS_BEFORE * DAY_MS || at.getTime() > due.end) return { reminded: 0 };
    const [schools, reports] = await Promise.all([reportingSchools(year), records.sendingReports.find({ year }, { limit: MAX_READ })]);
    const submitted = new Set(reports.map((r) => r.schoolId));
    let reminded = 0;
    for (const school of schools.filter((s) => !submitted.has(s._id))) {
      for (const admin of await schoolAdminsOf(school._id)) {
        const values = { task: `提交${year}年生源学校送培统计`, due: new Date(due.start) };
        const message = { kind: 'sending-stats-due' as const, values, recipientOpenid: admin.openid, schoolId: school._id, page: '/staff/pages/sending/index' };
        if (await remindOnce(`sending-${year}-${school._id}`, admin._id, message, at)) reminded += 1;
      }
    }
    return { reminded };
  },
});
