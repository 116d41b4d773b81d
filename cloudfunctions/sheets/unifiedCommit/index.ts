import { unifiedCommitInput, unifiedCommitOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { COMMIT_BUDGET_MS, commitRound } from '../../domains/admission/unified/commit';
import { currentSeason } from '../../domains/season/season';

/**
 * R26: the bureau admin commits a round of 统一录取 — after the choice deadline, with the seed
 * revealed, in the admission window: every offer of the allocation becomes the lead's admission
 * (the place taken, the family told); a later round fills the places given up since, from the
 * waiting lists, moving students up to choices they ranked higher. It lives with the heavy work (60 s, 512 MB): the allocation of
 * a city and the first thousands of admissions run in one call; the answer says how far it went,
 * and calling again (or the every-minute timer) goes on from there, never applying an offer twice.
 */
export const main = defineFunction({
  name: 'unifiedCommit',
  input: unifiedCommitInput,
  output: unifiedCommitOutput,
  roles: ['bureauAdmin'],
  async handler({ round }, caller) {
    const at = now();
    return commitRound(await currentSeason(at), caller.staff, at, COMMIT_BUDGET_MS, round);
  },
});
