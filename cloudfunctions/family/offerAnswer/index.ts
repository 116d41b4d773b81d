import { offerAnswerInput, offerAnswerOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { ownForm } from '../../domains/forms/own-form';
import { admissionFailures } from '../../domains/admission/failures';
import { answerOffer, heldOfferOf } from '../../domains/admission/unified/answers';

/**
 * R26: the family answers its offer of 统一录取 in 我的志愿 — accepts it, or declines it and gives
 * the place back to those waiting — by the day the offer names. Once answered, it stays answered.
 */
export const main = defineFunction({
  name: 'offerAnswer',
  input: offerAnswerInput,
  output: offerAnswerOutput,
  roles: ['family'],
  async handler({ formId, answer }, caller) {
    await ownForm(caller, formId);
    const offer = await heldOfferOf(formId);
    if (!offer) throw admissionFailures.offerAnswered(null);
    return { status: await answerOffer(offer._id, answer === 'accept', now()) };
  },
});
