import { sendingStatsGetInput, sendingStatsGetOutput } from '../../../shared/api/sending';
import { sendingReportIdOf } from '../../../shared/records/sending-report';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';
import { liveSendingRows, sendingStatsOpen, sendingStatsOpensOn } from '../../domains/juniors/sending';
import { now } from '../../_kit/platform/clock';

/** R13: a school's own sending statistics per junior high as they stand, and the copy it submitted. */
export const main = defineFunction({
  name: 'sendingStatsGet',
  input: sendingStatsGetInput,
  output: sendingStatsGetOutput,
  roles: ['schoolAdmin', 'recruiter'],
  async handler(_input, caller) {
    const at = now();
    const season = await currentSeason(at);
    const { year, sendingStatisticsDue } = season;
    const { schoolId } = caller.staff;
    const [school, live, report] = await Promise.all([
      schoolById(schoolId),
      liveSendingRows(year, schoolId),
      records.sendingReports.get(sendingReportIdOf(year, schoolId)),
    ]);
    return {
      year,
      schoolName: school?.name ?? '',
      due: sendingStatisticsDue,
      live,
      submitted: report
        ? { submittedAt: report.submittedAt.toISOString(), submittedByName: report.submittedByName, late: report.late, rows: report.rows }
        : null,
      opensOn: sendingStatsOpensOn(season),
      maySubmit: caller.role === 'schoolAdmin' && !report && sendingStatsOpen(season, at),
    };
  },
});
