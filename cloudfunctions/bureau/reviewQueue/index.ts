import { reviewQueueInput, reviewQueueOutput } from '../../../shared/api/review';
import { brochureActions } from '../../../shared/brochure-lifecycle';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';

/** R2: a reviewer's queue holds only what their bureau decides: city schools, or their own district's. */
export const main = defineFunction({
  name: 'reviewQueue',
  input: reviewQueueInput,
  output: reviewQueueOutput,
  roles: ['reviewer'],
  async handler(_input, caller) {
    const season = await currentSeason();
    const waiting = await records.brochures.find(
      { status: brochureActions.approve.from[0], year: season.year, ...caller.scope },
      { orderBy: [['submittedAt', 'asc']], limit: 200 },
    );
    return {
      items: waiting.map((b) => ({
        id: b._id,
        schoolName: b.schoolName,
        district: b.district,
        version: b.version,
        title: b.title,
        submittedAt: (b.submittedAt ?? b.updatedAt).toISOString(),
      })),
    };
  },
});
