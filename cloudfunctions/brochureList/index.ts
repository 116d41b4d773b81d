import { brochureListInput, brochureListOutput, type BrochureSummary } from '../../shared/api/brochures';
import type { Brochure } from '../../shared/records/brochure';
import { publishedNow, publishedWhere, qualifiedSchools } from '../_kit/brochures';
import { _ } from '../_kit/platform/app';
import { records } from '../_kit/platform/collections';
import { defineFunction, everyone } from '../_kit/platform/define';
import { memo } from '../_kit/platform/memo';
import { containing } from '../_kit/platform/search';
import { currentSeason } from '../_kit/season';

const FACETS_TTL_MS = 60_000;

function summary(b: Brochure): BrochureSummary {
  return {
    id: b._id,
    schoolName: b.schoolName,
    schoolKind: b.schoolKind,
    district: b.district,
    title: b.title,
    majors: b.majors.map((m) => m.name),
    totalPlaces: b.majors.reduce((n, m) => n + m.places, 0),
    filingNumber: b.filing?.number ?? '',
  };
}

/** The filter options (only options, so a minute old is fine): districts and filed majors' categories. */
const facets = memo(FACETS_TTL_MS, async () => {
  const schools = await qualifiedSchools((await currentSeason()).year);
  const { data } = await records.majors
    .aggregate()
    .match({ schoolId: _.in(schools.map((s) => s._id)), filed: true })
    .group({ _id: '$category' })
    .end();
  return {
    districts: [...new Set(schools.map((s) => s.district))].sort(),
    categories: (data as Array<{ _id: string }>).map((c) => c._id).sort(),
  };
});

/** R2, R1, R4: only published brochures (approved, current, of qualified schools, until the season's work ends). */
export const main = defineFunction({
  name: 'brochureList',
  input: brochureListInput,
  output: brochureListOutput,
  roles: everyone,
  async handler(input) {
    const { page, pageSize } = input;
    // R1 is never cached: a school that loses its qualification leaves the list at once.
    const season = await currentSeason();
    const [options, schools] = await Promise.all([facets(), qualifiedSchools(season.year)]);
    const empty = { items: [], total: 0, page, pageSize, facets: { categories: options.categories, districts: options.districts } };
    const published = publishedWhere(publishedNow(season, schools));
    if (!published) return empty;
    const conditions: object[] = [published];
    if (input.district) conditions.push({ district: input.district });
    if (input.schoolKind) conditions.push({ schoolKind: input.schoolKind });
    if (input.category) conditions.push({ 'majors.category': input.category });
    if (input.keyword) {
      const pattern = containing(input.keyword);
      conditions.push(_.or([{ schoolName: pattern }, { 'majors.name': pattern }]));
    }
    const query = _.and(conditions);
    const [found, total] = await Promise.all([
      records.brochures.find(query, { orderBy: [['district', 'asc'], ['schoolName', 'asc']], skip: (page - 1) * pageSize, limit: pageSize }),
      records.brochures.count(query),
    ]);
    return { ...empty, items: found.map(summary), total };
  },
});
