import { monthlyReportReturnInput, monthlyReportReturnOutput } from '../../../shared/api/monthly-report';
import { unitKeyOf } from '../../../shared/records/monthly-report';
import { audit } from '../../domains/staff/audit';
import { assertReportMonth, monthlyReportIdOf, reportingUnits, resubmitByOf, returnedOf } from '../../domains/reports/monthly-report';
import { enqueue } from '../../domains/messages/outbox';
import { nextInSequence } from '../../_kit/platform/claims';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { currentSeason } from '../../domains/season/season';
import { shanghaiDay } from '../../../shared/time';
import { reportFailures } from '../../domains/reports/failures';

/**
 * R12: the city bureau sends a unit's submitted table back for correction ("如需更正，请联系市教育局").
 * In one transaction the submitted copy moves, whole, into a kept return with the reason, and the
 * unit's preparer is told through the outbox; the unit may then submit again until the resubmit day.
 * Two returns at once, or a return racing nothing to return, leave exactly one return.
 */
export const main = defineFunction({
  name: 'monthlyReportReturn',
  input: monthlyReportReturnInput,
  output: monthlyReportReturnOutput,
  roles: ['bureauAdmin'],
  async handler({ month, unit, reason }, caller) {
    const at = now();
    const season = await currentSeason(at);
    assertReportMonth(season, month);
    const unitKey = unitKeyOf(unit);
    if (!(await reportingUnits(season.year)).some((u) => u.unitKey === unitKey)) throw reportFailures.monthlyReportUnknownUnit();
    const id = monthlyReportIdOf(season.year, month, unit);
    const resubmitBy = resubmitByOf(at);
    const returned = await inTransaction(async (tx) => {
      const report = await tx.monthlyReports.get(id);
      if (!report) throw reportFailures.monthlyReportNotSubmitted(month);
      const submitter = await tx.staff.get(report.submittedByStaffId);
      const ret = {
        year: season.year,
        month,
        unitKey,
        report,
        // the order of this unit-month's returns, counted in this transaction: never a tie
        sequence: await nextInSequence(tx, `returns-${id}`),
        reason,
        returnedAt: at,
        returnedByStaffId: caller.staff._id,
        returnedByName: caller.staff.name,
        resubmitBy,
      };
      await tx.monthlyReports.remove(id);
      // the database names it: two returns of one unit within the same instant are two records
      await tx.monthlyReportReturns.add(ret);
      await audit(
        caller.staff,
        {
          action: 'monthly-report.return',
          subjectId: id,
          at,
          before: { submittedAt: report.submittedAt, submittedByName: report.submittedByName },
          after: { reason, resubmitBy },
        },
        tx,
      );
      // the one who submitted it hears why, and by when (their role may have changed since: still told)
      if (submitter?.openid) {
        const values = { task: `重新提交${month}月招生情况统计表（已退回：${reason}）`, due: new Date(shanghaiDay(resubmitBy).start) };
        await enqueue(
          tx,
          {
            kind: 'task-due',
            values,
            recipientOpenid: submitter.openid,
            schoolId: unit.kind === 'school' ? unit.schoolId : unitKey.slice(0, 64),
            page: '/staff/pages/monthly-report/index',
          },
          at,
        );
      }
      return ret;
    });
    return { unitKey, ...returnedOf(returned) };
  },
});
