import { visitDecideInput, visitDecideOutput } from '../../../shared/api/visits';
import type { Visit } from '../../../shared/records/visit';
import { PERMIT_CODE_LENGTH, visitStatusLabels } from '../../../shared/records/visit';
import { mayMoveVisit, overlaps } from '../../../shared/visit-rules';
import { shanghaiMinute } from '../../../shared/time';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { cityNames, districtBureau } from '../../domains/city/city';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { randomCode } from '../../_kit/platform/readable-code';
import { inTransaction } from '../../_kit/platform/transaction';
import { decidesFor, step, visitDayIdOf, visitView } from '../../domains/visits/visits';
import { visitFailures } from '../../domains/visits/failures';

/**
 * R10: the bureau (the junior high's district reviewer, the city's reviewers, the bureau admin)
 * approves a visit with a permit number — checking, in the transaction that writes the junior
 * high's day, that no approved visit overlaps it — or declines it with a reason.
 */
export const main = defineFunction({
  name: 'visitDecide',
  input: visitDecideInput,
  output: visitDecideOutput,
  roles: ['reviewer', 'bureauAdmin'],
  async handler(input, caller) {
    const at = now();
    const found = await records.visits.get(input.id);
    if (!found || !decidesFor(caller, found)) throw failures.notFound();
    // R27: the permit is issued by the district's bureau or the city's, as the city names them
    const city = await cityNames();
    const issuedBy = caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? districtBureau(city, caller.scope.district) : city.bureauName;
    const decided = await inTransaction(async (tx): Promise<Visit> => {
      const visit = await tx.visits.get(input.id);
      if (!visit) throw failures.notFound();
      const to = input.decision === 'approve' ? 'approved' : 'declined';
      if (!mayMoveVisit(visit.status, to, 'bureau'))
        throw visitFailures.visitNotMovable(`这次进校宣传当前为“${visitStatusLabels[visit.status]}”，不能${to === 'approved' ? '批准' : '不批准'}。`);
      // a day gone by is not approved after the fact
      if (to === 'approved' && visit.day < shanghaiMinute(at).format('YYYY-MM-DD'))
        throw visitFailures.visitNotMovable('这次进校宣传的日期已经过去，不能再批准。');
      if (input.decision === 'decline') {
        const declined = {
          ...visit,
          status: 'declined' as const,
          reason: input.reason,
          history: [...visit.history, step('declined', at, caller.staff, input.reason)],
          updatedAt: at,
        };
        await tx.visits.update(visit._id, { status: declined.status, reason: declined.reason, history: declined.history, updatedAt: at });
        return declined;
      }
      const dayId = visitDayIdOf(visit.juniorSchoolId, visit.day);
      const approved = (await tx.visitDays.get(dayId))?.approved ?? [];
      const clash = approved.find((a) => a.visitId !== visit._id && overlaps(a, visit));
      if (clash)
        throw visitFailures.visitOverlaps({ schoolName: (await tx.visits.get(clash.visitId))?.schoolName ?? '其他学校', start: clash.start, end: clash.end });
      await tx.visitDays.set(dayId, { approved: [...approved, { visitId: visit._id, start: visit.start, end: visit.end }] });
      const permit = { permitNumber: input.permitNumber, permitCode: randomCode(PERMIT_CODE_LENGTH), issuedBy };
      const history = [...visit.history, step('approved', at, caller.staff, `准入证 ${input.permitNumber}`)];
      await tx.visits.update(visit._id, { status: 'approved', ...permit, history, updatedAt: at });
      return { ...visit, status: 'approved', ...permit, history, updatedAt: at };
    });
    return visitView(decided, caller);
  },
});
