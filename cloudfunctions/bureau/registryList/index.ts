import { registryListInput, registryListOutput } from '../../../shared/api/registry';
import { isQualified } from '../../../shared/records/school';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { containing } from '../../_kit/platform/search';
import { currentSeason } from '../../domains/season/season';

const PAGE = 20;

/** R22: the bureau's registry of schools, with this year's qualification and how many majors each has. */
export const main = defineFunction({
  name: 'registryList',
  input: registryListInput,
  output: registryListOutput,
  roles: ['bureauAdmin'],
  async handler({ keyword, page }) {
    const { year } = await currentSeason();
    const where = keyword ? _.or([{ name: containing(keyword) }, { district: containing(keyword) }]) : {};
    const [schools, total] = await Promise.all([
      records.schools.find(where, {
        orderBy: [
          ['district', 'asc'],
          ['name', 'asc'],
        ],
        skip: (page - 1) * PAGE,
        limit: PAGE,
      }),
      records.schools.count(where),
    ]);
    const majors = schools.length ? await records.majors.find({ schoolId: _.in(schools.map((s) => s._id)) }, { limit: 1000 }) : [];
    return {
      year,
      items: schools.map((s) => {
        const q = s.qualifications.find((x) => x.year === year);
        return {
          id: s._id,
          name: s.name,
          kind: s.kind,
          district: s.district,
          qualified: isQualified(s, year),
          inspectionPassed: q?.inspectionPassed ?? false,
          reference: q?.reference ?? '',
          majors: majors.filter((m) => m.schoolId === s._id).length,
        };
      }),
      total,
      page,
    };
  },
});
