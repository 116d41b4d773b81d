import { anomalyReviewInput, anomalyReviewOutput } from '../../../shared/api/anomalies';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { districtScopeOf } from '../../domains/juniors/targets';

/** R6: the bureau marks a flag reviewed, with what it found (reviewing again replaces the note). */
export const main = defineFunction({
  name: 'anomalyReview',
  input: anomalyReviewInput,
  output: anomalyReviewOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ id, note }, caller) {
    const at = now();
    await inTransaction(async (tx) => {
      const flag = await tx.anomalyFlags.get(id);
      const district = districtScopeOf(caller);
      if (!flag || (district && !flag.districts.includes(district))) throw failures.notFound();
      await tx.anomalyFlags.update(id, { status: 'reviewed', review: { staffId: caller.staff._id, staffName: caller.staff.name, at, note } });
    });
    return { id, status: 'reviewed' as const };
  },
});
