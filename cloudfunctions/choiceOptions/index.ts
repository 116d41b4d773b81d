import { choiceOptionsInput, choiceOptionsOutput } from '../../shared/api/choices';
import { publishedNow, publishedWhere, qualifiedSchools } from '../_kit/brochures';
import { now } from '../_kit/platform/clock';
import { records } from '../_kit/platform/collections';
import { defineFunction, everyone } from '../_kit/platform/define';
import { currentSeason } from '../_kit/season';
import { isWindowOpen } from '../_kit/forms/window';

/** Only published brochures (R1, R2, R4) are offered; filed majors are all they list (R5). */
export const main = defineFunction({
  name: 'choiceOptions',
  input: choiceOptionsInput,
  output: choiceOptionsOutput,
  roles: everyone,
  async handler() {
    const season = await currentSeason();
    const published = publishedWhere(publishedNow(season, await qualifiedSchools(season.year)));
    const [juniors, brochures] = await Promise.all([
      records.juniorSchools.find({}, { orderBy: [['district', 'asc']], limit: 1000 }),
      published ? records.brochures.find(published, { orderBy: [['schoolName', 'asc']], limit: 1000 }) : [],
    ]);
    return {
      juniorSchools: juniors.map((j) => ({ id: j._id, name: j.name, district: j.district })),
      brochures: brochures.map((b) => ({ id: b._id, schoolName: b.schoolName, majors: b.majors.map((m) => ({ majorId: m.majorId, name: m.name })) })),
      maxChoices: season.maxChoices,
      year: season.year,
      window: { start: season.choices.start, end: season.choices.end, open: isWindowOpen(season, now()) },
    };
  },
});
