import { schoolOffersInput, schoolOffersOutput } from '../../../shared/api/unified-admission';
import { shownOfferStatuses } from '../../../shared/unified-offer';
import { offerFacts } from '../../domains/admission/unified/answers';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { leadIdFor } from '../../domains/forms/ids';
import { currentSeason } from '../../domains/season/season';

/**
 * R26 for a school admin: the offers of this year's 统一录取 to the school, newest round first, with
 * each family's answer and any refusal's reason. A page of the first MAX_READ; the admission page
 * and the lead list carry the rest of each student's record.
 */
export const main = defineFunction({
  name: 'schoolOffers',
  input: schoolOffersInput,
  output: schoolOffersOutput,
  roles: ['schoolAdmin'],
  async handler(_input, caller) {
    const season = await currentSeason(now());
    const schoolId = caller.staff.schoolId;
    const offers = await records.unifiedOffers.find(
      { schoolId, year: season.year, status: _.in([...shownOfferStatuses]) },
      {
        orderBy: [
          ['round', 'desc'],
          ['_id', 'asc'],
        ],
        limit: MAX_READ,
      },
    );
    const leads = offers.length ? await records.leads.find({ _id: _.in(offers.map((o) => leadIdFor(o.formId, schoolId))) }, { limit: MAX_READ }) : [];
    const nameOf = new Map(leads.map((l) => [l._id, l.studentName]));
    return {
      year: season.year,
      unified: season.admissionMode === 'unified',
      offers: offers.flatMap((o) => {
        const facts = offerFacts(o);
        const leadId = leadIdFor(o.formId, schoolId);
        return facts ? [{ leadId, studentName: nameOf.get(leadId) ?? '', round: o.round, ...facts }] : [];
      }),
    };
  },
});
