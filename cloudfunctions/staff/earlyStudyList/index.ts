import { earlyStudyListInput, earlyStudyListOutput } from '../../../shared/api/early-study';
import { scopeOf, viewOf } from '../../domains/juniors/early-study';
import { records } from '../../_kit/platform/collections';
import { defineFunction, everyone } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';

const PAGE_SIZE = 20;

/**
 * R8, R23: the early-study requests the caller may see, newest first — a family its own, a junior
 * high its students' (and nothing else of their forms), a school those made to it, the bureau all.
 */
export const main = defineFunction({
  name: 'earlyStudyList',
  input: earlyStudyListInput,
  output: earlyStudyListOutput,
  roles: everyone,
  async handler({ status, page }, caller) {
    const season = await currentSeason();
    const where = { ...(await scopeOf(caller, season.year)), ...(status ? { status } : {}) };
    const [items, total] = await Promise.all([
      records.earlyStudies.find(where, { orderBy: [['createdAt', 'desc']], skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
      records.earlyStudies.count(where),
    ]);
    return { items: items.map((r) => viewOf(r, caller)), total, page, from: season.earlyStudyFrom };
  },
});
