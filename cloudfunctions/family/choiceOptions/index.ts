import { choiceOptionsInput, choiceOptionsOutput } from '../../../shared/api/choices';
import { howAdmissionWorks } from '../../../shared/admission-mode';
import { publishedCondition } from '../../../shared/brochure-lifecycle';
import { isListed, type BrochureCard } from '../../../shared/records/brochure-card';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';
import { openJuniorSchools } from '../../domains/juniors/junior-schools';
import { currentSeason } from '../../domains/season/season';
import { isWindowOpen } from '../../domains/forms/window';

/**
 * Only published brochures (R1, R2, R4) are offered — the same cards the list reads
 * (domains/brochures/brochure-cards.ts); filed majors are all they list (R5). Each choice is verified again on submit.
 */
export const main = definePublicFunction({
  name: 'choiceOptions',
  input: choiceOptionsInput,
  output: choiceOptionsOutput,
  async handler() {
    const season = await currentSeason();
    const condition = publishedCondition(season, now(), []);
    const [juniors, cards] = await Promise.all([
      // R27: read afresh, beside the cards (no longer wait): a junior high added a moment ago is offered, a closed one is not
      openJuniorSchools(),
      condition.none
        ? ([] as BrochureCard[])
        : records.brochureCards.find({ year: condition.year, listed: true }, { orderBy: [['schoolName', 'asc']], limit: MAX_READ }),
    ]);
    const brochures = cards.filter(isListed).map((c) => ({ _id: c.brochureId, schoolName: c.schoolName, majors: c.majors }));
    return {
      juniorSchools: juniors.map((j) => ({ id: j._id, name: j.name, district: j.district })),
      brochures: brochures.map((b) => ({ id: b._id, schoolName: b.schoolName, majors: b.majors.map((m) => ({ majorId: m.majorId, name: m.name })) })),
      maxChoices: season.maxChoices,
      year: season.year,
      window: { start: season.choices.start, end: season.choices.end, open: isWindowOpen(season, now()) },
      howAdmitted: howAdmissionWorks(season),
    };
  },
});
