import { offerExpireInput, offerExpireOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineSystemFunction } from '../../_kit/platform/define';
import { expireOffers } from '../../domains/admission/unified/answers';

/**
 * R26 on the hourly timer: an offer of 统一录取 the family did not answer by its day expires, and its
 * place goes back for the next round's waiting lists. One read an hour when none is due.
 */
export const main = defineSystemFunction({
  name: 'offerExpire',
  input: offerExpireInput,
  output: offerExpireOutput,
  async handler() {
    return { expired: await expireOffers(now()) };
  },
});
