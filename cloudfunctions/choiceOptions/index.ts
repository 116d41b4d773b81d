import { season } from '../../config/season';
import { choiceOptionsInput, choiceOptionsOutput } from '../../shared/api/choices';
import { brochureSchema } from '../../shared/records/brochure';
import { juniorSchoolSchema } from '../../shared/records/content';
import { isWithin } from '../../shared/windows';
import { db } from '../_kit/app';
import { publishedWhere, qualifiedSchools } from '../_kit/brochures';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { everyone } from '../_kit/roles';

/** Only approved brochures of qualified schools are offered (R1, R2); filed majors are all they list (R5). */
export const main = defineFunction({
  name: 'choiceOptions',
  input: choiceOptionsInput,
  output: choiceOptionsOutput,
  roles: everyone,
  async handler() {
    const published = publishedWhere(season.year, await qualifiedSchools(season.year));
    const [juniors, brochures] = await Promise.all([
      db.collection('juniorSchools').orderBy('district', 'asc').limit(1000).get(),
      db.collection('brochures').where(published).orderBy('schoolName', 'asc').limit(1000).get(),
    ]);
    return {
      juniorSchools: juniors.data.map((j) => juniorSchoolSchema.parse(j)).map((j) => ({ id: j._id, name: j.name, district: j.district })),
      brochures: brochures.data
        .map((b) => brochureSchema.parse(b))
        .map((b) => ({ id: b._id, schoolName: b.schoolName, majors: b.majors.map((m) => ({ majorId: m.majorId, name: m.name })) })),
      maxChoices: season.maxChoices,
      year: season.year,
      window: { start: season.choices.start, end: season.choices.end, open: isWithin(season.choices, now()) },
    };
  },
});
