import { sendingStatsSubmitInput, sendingStatsSubmitOutput } from '../../../shared/api/sending';
import { sendingReportIdOf } from '../../../shared/records/sending-report';
import { shanghaiDay } from '../../../shared/time';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';
import { liveSendingRows, sendingStatsOpen, sendingStatsOpensOn } from '../../domains/juniors/sending';
import { juniorFailures } from '../../domains/juniors/failures';

/**
 * R13: the school admin submits the school's sending statistics: the figures as they stand are
 * frozen in a copy the junior highs and the bureau read; a later admission or enrollment does not
 * change it. Once per school and year, from the day admission opens; after the due date it is
 * taken and marked late.
 */
export const main = defineFunction({
  name: 'sendingStatsSubmit',
  input: sendingStatsSubmitInput,
  output: sendingStatsSubmitOutput,
  roles: ['schoolAdmin'],
  async handler(_input, caller) {
    const at = now();
    const season = await currentSeason(at);
    const { year, sendingStatisticsDue } = season;
    if (!sendingStatsOpen(season, at)) throw juniorFailures.sendingStatsNotOpen(sendingStatsOpensOn(season));
    const { schoolId } = caller.staff;
    const [school, rows] = await Promise.all([schoolById(schoolId), liveSendingRows(year, schoolId)]);
    const id = sendingReportIdOf(year, schoolId);
    const late = at.getTime() > shanghaiDay(sendingStatisticsDue).end;
    await inTransaction(async (tx) => {
      if (await tx.sendingReports.get(id)) throw juniorFailures.sendingStatsSubmitted();
      await tx.sendingReports.set(id, {
        year,
        schoolId,
        schoolName: school?.name ?? '',
        rows,
        submittedAt: at,
        submittedByStaffId: caller.staff._id,
        submittedByName: caller.staff.name,
        late,
      });
    });
    return { submittedAt: at.toISOString(), submittedByName: caller.staff.name, late, rows };
  },
});
