import { season } from '../../config/season';
import { brochureListInput, brochureListOutput, type BrochureSummary } from '../../shared/api/brochures';
import { brochureSchema, type Brochure } from '../../shared/records/brochure';
import { isPast } from '../../shared/windows';
import { _, db } from '../_kit/app';
import { publishedWhere, qualifiedSchools } from '../_kit/brochures';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { containing } from '../_kit/search';
import { memo } from '../_kit/memo';
import { everyone } from '../_kit/roles';

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
  const schools = await qualifiedSchools(season.year);
  const { data } = await db
    .collection('majors')
    .aggregate()
    .match({ schoolId: _.in(schools.map((s) => s._id)), filed: true })
    .group({ _id: '$category' })
    .end();
  return {
    districts: [...new Set(schools.map((s) => s.district))].sort(),
    categories: (data as Array<{ _id: string }>).map((c) => c._id).sort(),
  };
});

/** R2, R1, R4: only approved, current brochures of qualified schools, until the season's work ends. */
export const main = defineFunction({
  name: 'brochureList',
  input: brochureListInput,
  output: brochureListOutput,
  roles: everyone,
  async handler(input) {
    const { page, pageSize } = input;
    // R1 is never cached: a school that loses its qualification leaves the list at once.
    const [options, schools] = await Promise.all([facets(), qualifiedSchools(season.year)]);
    const empty = { items: [], total: 0, page, pageSize, facets: { categories: options.categories, districts: options.districts } };
    if (isPast(season.admission, now())) return empty;
    const conditions: object[] = [publishedWhere(season.year, schools)];
    if (input.district) conditions.push({ district: input.district });
    if (input.schoolKind) conditions.push({ schoolKind: input.schoolKind });
    if (input.category) conditions.push({ 'majors.category': input.category });
    if (input.keyword) {
      const pattern = containing(input.keyword);
      conditions.push(_.or([{ schoolName: pattern }, { 'majors.name': pattern }]));
    }
    const query = _.and(conditions);
    const [found, counted] = await Promise.all([
      db.collection('brochures').where(query).orderBy('district', 'asc').orderBy('schoolName', 'asc').skip((page - 1) * pageSize).limit(pageSize).get(),
      db.collection('brochures').where(query).count(),
    ]);
    return { ...empty, items: found.data.map((b) => summary(brochureSchema.parse(b))), total: counted.total ?? 0 };
  },
});
