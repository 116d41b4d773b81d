import { schoolNoticeGetInput, schoolNoticeGetOutput } from '../../../shared/api/admission';
import { schoolNoticeIdOf } from '../../../shared/records/unified-round';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';

/** R26: the school's admission notice for this year's 统一录取, as its admin last saved it. */
export const main = defineFunction({
  name: 'schoolNoticeGet',
  input: schoolNoticeGetInput,
  output: schoolNoticeGetOutput,
  roles: ['schoolAdmin'],
  async handler(_input, caller) {
    const season = await currentSeason(now());
    const stored = await records.schoolNotices.get(schoolNoticeIdOf(caller.staff.schoolId, season.year));
    return {
      year: season.year,
      unified: season.admissionMode === 'unified',
      tuitionExempt: season.tuitionExempt,
      notice: stored ? { reportOn: stored.reportOn, place: stored.place, bring: stored.bring } : null,
      revision: stored?.revision ?? 0,
      updatedAt: stored?.updatedAt.toISOString() ?? null,
      updatedByName: stored?.updatedByName ?? null,
    };
  },
});
