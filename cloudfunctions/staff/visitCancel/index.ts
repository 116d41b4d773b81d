import { visitCancelInput, visitCancelOutput } from '../../../shared/api/visits';
import type { Visit } from '../../../shared/records/visit';
import { visitStatusLabels } from '../../../shared/records/visit';
import { mayMoveVisit } from '../../../shared/visit-rules';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { decidesFor, freeVisitDay, step, visitView } from '../../domains/visits/visits';
import { visitFailures } from '../../domains/visits/failures';

/**
 * R10: the school withdraws its application or cancels an approved visit; the bureau revokes a
 * permit. The reason is in the history, the junior high's day is freed in the same transaction, and
 * the permit's verification page says it no longer holds.
 */
export const main = defineFunction({
  name: 'visitCancel',
  input: visitCancelInput,
  output: visitCancelOutput,
  roles: ['schoolAdmin', 'reviewer', 'bureauAdmin'],
  async handler({ id, reason }, caller) {
    const at = now();
    const found = await records.visits.get(id);
    const bySchool = caller.role === 'schoolAdmin';
    if (!found || (bySchool ? found.schoolId !== caller.staff.schoolId : !decidesFor(caller, found))) throw failures.notFound();
    const moved = await inTransaction(async (tx): Promise<Visit> => {
      const visit = await tx.visits.get(id);
      if (!visit) throw failures.notFound();
      const to = bySchool ? (visit.status === 'applied' ? 'withdrawn' : 'cancelled') : 'revoked';
      if (!mayMoveVisit(visit.status, to, bySchool ? 'school' : 'bureau'))
        throw visitFailures.visitNotMovable(`这次进校宣传当前为“${visitStatusLabels[visit.status]}”，不能再${bySchool ? '取消' : '撤销'}。`);
      if (visit.status === 'approved') await freeVisitDay(tx, visit);
      const history = [...visit.history, step(to, at, caller.staff, reason)];
      await tx.visits.update(id, { status: to, reason, history, updatedAt: at });
      return { ...visit, status: to, reason, history, updatedAt: at };
    });
    return visitView(moved, caller);
  },
});
