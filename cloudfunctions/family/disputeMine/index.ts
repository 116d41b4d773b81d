import { disputeMineInput, disputeMineOutput } from '../../../shared/api/disputes';
import { disputeStatusLabels } from '../../../shared/records/dispute';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';

/** R7, R6: the family's own requests for a check and their outcome; never the other form. */
export const main = defineFunction({
  name: 'disputeMine',
  input: disputeMineInput,
  output: disputeMineOutput,
  roles: ['family'],
  async handler(_input, caller) {
    const disputes = await records.disputes.find({ raiserOpenid: caller.openid }, { orderBy: [['createdAt', 'desc']], limit: 20 });
    return {
      items: disputes.map((d) => ({
        id: d._id,
        idMasked: d.idMasked,
        status: d.status,
        statusLabel: disputeStatusLabels[d.status],
        reason: d.decision?.reason ?? null,
        createdAt: d.createdAt.toISOString(),
      })),
    };
  },
});
