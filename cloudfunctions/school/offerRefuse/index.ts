import { offerRefuseInput, offerRefuseOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { refuseOffer } from '../../domains/admission/unified/answers';

/**
 * R26: a school admin refuses an offer of 统一录取 to the school, only for a reason on the fixed list;
 * the family is told and sees the reason, the bureau sees it, the place goes back for the next round.
 */
export const main = defineFunction({
  name: 'offerRefuse',
  input: offerRefuseInput,
  output: offerRefuseOutput,
  roles: ['schoolAdmin'],
  async handler({ leadId, reason }, caller) {
    const lead = await records.leads.get(leadId);
    // another school's lead is answered as missing: a school learns nothing of the others'
    if (!lead || lead.schoolId !== caller.staff.schoolId) throw failures.notFound();
    await refuseOffer(lead, reason, caller.staff, now());
    return { refused: true as const };
  },
});
