import { juniorListInput, juniorListOutput } from '../../../shared/api/junior-registry';
import { isOpenJunior } from '../../../shared/records/content';
import { formatDate } from '../../../shared/time';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { editableDistrict } from '../../domains/juniors/registry';
import { cityNow } from '../../domains/city/city';

/**
 * R27: the junior highs' registry as it is now (read afresh): the bureau admin and the city's
 * reviewers see every district's, a district reviewer their own; closed ones are listed as closed.
 */
export const main = defineFunction({
  name: 'juniorList',
  input: juniorListInput,
  output: juniorListOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler(_input, caller) {
    const own = editableDistrict(caller);
    const [juniors, cityDistricts] = await Promise.all([
      records.juniorSchools.findAll(own ? { district: own } : {}),
      cityNow().then((c) => c?.districts.map((d) => d.name) ?? []),
    ]);
    // R27: the add form offers the city's districts, in the bureau's order (a junior high kept under
    // a district the city no longer lists still sorts, after them)
    const districts = own ? [own] : cityDistricts;
    const order = (d: string) => (districts.includes(d) ? districts.indexOf(d) : districts.length);
    return {
      ownDistrict: own || null,
      mayEdit: own !== false,
      districts,
      items: juniors
        .sort((a, b) => Number(!isOpenJunior(a)) - Number(!isOpenJunior(b)) || order(a.district) - order(b.district) || a.name.localeCompare(b.name, 'zh-CN'))
        .map((j) => ({
          id: j._id,
          name: j.name,
          district: j.district,
          code: j.code ?? '',
          closed: !isOpenJunior(j),
          closedOn: j.closedAt ? formatDate(j.closedAt) : '',
          version: j.revision,
        })),
    };
  },
});
