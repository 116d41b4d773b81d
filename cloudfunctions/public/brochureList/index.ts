import { brochureListInput, brochureListOutput, type BrochureSummary } from '../../../shared/api/brochures';
import { publishedCondition } from '../../../shared/brochure-lifecycle';
import { isListed, searchable, type ListedCard } from '../../../shared/records/brochure-card';
import { qualifiedSchools } from '../../domains/brochures/brochures';
import { now } from '../../_kit/platform/clock';
import { _ } from '../../_kit/platform/app';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';
import { memo } from '../../_kit/platform/memo';
import { containing } from '../../_kit/platform/search';
import { currentSeason } from '../../domains/season/season';

const FACETS_TTL_MS = 60_000;

function summary(c: ListedCard): BrochureSummary {
  return {
    id: c.brochureId,
    schoolName: c.schoolName,
    schoolKind: c.schoolKind,
    district: c.district,
    title: c.title,
    majors: c.majors.map((m) => m.name),
    totalPlaces: c.totalPlaces,
    filingNumber: c.filingNumber,
  };
}

/** The filter options (only options, so a minute old is fine): districts and filed majors' categories. */
const facets = memo(FACETS_TTL_MS, async () => {
  const schools = await qualifiedSchools((await currentSeason()).year);
  const { data } = await records.majors
    .aggregate()
    .match({ schoolId: _.in(schools.map((s) => s._id)), filed: true })
    .group({ _id: '$category' })
    // CloudBase answers an aggregation 20 rows at a time unless told: a city has more categories
    .limit(MAX_READ)
    .end();
  return {
    districts: [...new Set(schools.map((s) => s.district))].sort(),
    categories: (data as Array<{ _id: string }>).map((c) => c._id).sort(),
  };
});

/**
 * R2, R1, R4: only published brochures (approved, current, of qualified schools, until the season's
 * work ends). Approval, withdrawal and the registry keep one card per published brochure
 * (domains/brochures/brochure-cards.ts); the list reads only those of the year in force, and none once the season's
 * work has ended — the same `publishedCondition` the verification uses.
 */
export const main = definePublicFunction({
  name: 'brochureList',
  input: brochureListInput,
  output: brochureListOutput,
  async handler(input) {
    const { page, pageSize } = input;
    const season = await currentSeason();
    const options = await facets();
    const empty = { items: [], total: 0, page, pageSize, facets: { categories: options.categories, districts: options.districts } };
    const condition = publishedCondition(season, now(), []);
    if (condition.none) return empty;
    const where: Record<string, unknown> = { year: condition.year, listed: true };
    if (input.district) where.district = input.district;
    if (input.schoolKind) where.schoolKind = input.schoolKind;
    if (input.category) where['majors.category'] = input.category;
    // a plain substring of the normalized names: matched against the indexed searchText
    if (input.keyword) where.searchText = containing(searchable(input.keyword), '');
    const [found, total] = await Promise.all([
      records.brochureCards.find(where, {
        orderBy: [
          ['district', 'asc'],
          ['schoolName', 'asc'],
        ],
        skip: (page - 1) * pageSize,
        limit: pageSize,
      }),
      records.brochureCards.count(where),
    ]);
    return { ...empty, items: found.filter(isListed).map(summary), total };
  },
});
