import { earlyStudyDecideInput, earlyStudyDecideOutput } from '../../../shared/api/early-study';
import { mayDecide, refusedDecisionMessage, statusOf, stepPhrase } from '../../../shared/early-study';
import type { EarlyStudy } from '../../../shared/records/early-study';
import { sideOf, viewOf } from '../../domains/juniors/early-study';
import { enqueue } from '../../domains/messages/outbox';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { juniorFailures } from '../../domains/juniors/failures';

/**
 * R8: the junior high (its staff) or the receiving school (its admins and recruiters) confirms an
 * early-study request, or declines it with a reason, once, with who and when. Both confirmations
 * make it confirmed; one decline settles it. The family is told of each answer.
 */
export const main = defineFunction({
  name: 'earlyStudyDecide',
  input: earlyStudyDecideInput,
  output: earlyStudyDecideOutput,
  roles: ['juniorStaff', 'schoolAdmin', 'recruiter'],
  async handler(input, caller) {
    const at = now();
    const found = await records.earlyStudies.get(input.id);
    const side = found && sideOf(caller, found);
    // another school's request is not theirs to see, let alone answer (R23)
    if (!found || !side) throw failures.notFound();
    const decided = await inTransaction(async (tx): Promise<EarlyStudy> => {
      const request = await tx.earlyStudies.get(input.id);
      if (!request) throw failures.notFound();
      if (!mayDecide(request, side)) throw juniorFailures.earlyStudyNotDecidable(refusedDecisionMessage(request, side));
      const answer = {
        decision: input.decision === 'confirm' ? ('confirmed' as const) : ('declined' as const),
        staffId: caller.staff._id,
        staffName: caller.staff.name,
        at,
        ...(input.decision === 'decline' ? { reason: input.reason } : {}),
      };
      const next = { ...request, [side]: answer };
      const status = statusOf(next.junior.decision, next.school.decision);
      const settled: EarlyStudy = { ...next, status, updatedAt: at };
      // a declined request no longer stands: the family may ask again
      await tx.earlyStudies.update(request._id, { [side]: answer, status, updatedAt: at, ...(status === 'declined' ? { activeKey: _.remove() } : {}) });
      const values = { student: request.studentName, school: request.schoolName, status: stepPhrase(settled), at };
      await enqueue(
        tx,
        { kind: 'early-study-step', recipientOpenid: request.openid, schoolId: request.schoolId, values, page: '/family/pages/forms/index' },
        at,
      );
      return settled;
    });
    return viewOf(decided, caller);
  },
});
