import { season } from '../../config/season';
import { reviewQueueInput, reviewQueueOutput } from '../../shared/api/review';
import { reviewScope } from '../../shared/brochure-rules';
import { brochureSchema } from '../../shared/records/brochure';
import { db } from '../_kit/app';
import { defineFunction } from '../_kit/define';
import { reviewer } from '../_kit/staff';

/** R2: a reviewer's queue holds only what their bureau decides: city schools, or their own district's. */
export const main = defineFunction({
  name: 'reviewQueue',
  input: reviewQueueInput,
  output: reviewQueueOutput,
  roles: ['reviewer'],
  async handler(_input, caller) {
    const { data } = await db
      .collection('brochures')
      .where({ status: 'submitted', year: season.year, ...reviewScope(reviewer(caller)) })
      .orderBy('submittedAt', 'asc')
      .limit(200)
      .get();
    return {
      items: data
        .map((b) => brochureSchema.parse(b))
        .map((b) => ({ id: b._id, schoolName: b.schoolName, district: b.district, version: b.version, title: b.title, submittedAt: (b.submittedAt ?? b.updatedAt).toISOString() })),
    };
  },
});
