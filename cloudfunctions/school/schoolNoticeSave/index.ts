import { schoolNoticeSaveInput, schoolNoticeSaveOutput } from '../../../shared/api/admission';
import { noticeTuitionProblem } from '../../../shared/admission';
import { schoolNoticeIdOf } from '../../../shared/records/unified-round';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { admissionFailures } from '../../domains/admission/failures';
import { unifiedSeason } from '../../domains/admission/unified/seed';
import { currentSeason } from '../../domains/season/season';

/**
 * R26, R25, R16: in a unified year the school's admin writes, once for all its offers, what an
 * admitted family does next — the day and place to report and what to bring (no tuition where it is
 * exempt). Saved on the revision read: two admins saving at once, the second is told to reload.
 */
export const main = defineFunction({
  name: 'schoolNoticeSave',
  input: schoolNoticeSaveInput,
  output: schoolNoticeSaveOutput,
  roles: ['schoolAdmin'],
  async handler({ notice, revision }, caller) {
    const at = now();
    const season = unifiedSeason(await currentSeason(at));
    const tuition = noticeTuitionProblem(notice, season.tuitionExempt);
    if (tuition) throw admissionFailures.noticeInvalid({ 'notice.bring': tuition });
    const id = schoolNoticeIdOf(caller.staff.schoolId, season.year);
    return inTransaction(async (tx) => {
      const stored = await tx.schoolNotices.get(id);
      const next = nextRevision(stored, revision, admissionFailures.noticeChangedMeanwhile);
      await tx.schoolNotices.set(id, {
        ...notice,
        schoolId: caller.staff.schoolId,
        year: season.year,
        revision: next,
        updatedAt: at,
        updatedByName: caller.staff.name,
      });
      return { revision: next };
    });
  },
});
