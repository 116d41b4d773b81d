import { unifiedCommitContinueInput, unifiedCommitContinueOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineSystemFunction } from '../../_kit/platform/define';
import { COMMIT_BUDGET_MS, commitRound } from '../../domains/admission/unified/commit';
import { runAutomaticRound } from '../../domains/admission/unified/later-rounds';
import { allSeasons } from '../../domains/season/season';
import { seasonInForce } from '../../../shared/season-rules';

/**
 * R26 on the every-minute timer: a round already started goes on applying its offers even when the
 * page that started it was closed or cut off. In a season whose later rounds are automatic it also
 * starts the next round when it is due — the answers settled, places given back, someone waiting,
 * within the window and the season's limit — or ends the rounds at the limit
 * (domains/admission/unified/later-rounds.ts); in a season run by the bureau it never starts one.
 * A few reads a minute when there is nothing to do.
 */
export const main = defineSystemFunction({
  name: 'unifiedCommitContinue',
  input: unifiedCommitContinueInput,
  output: unifiedCommitContinueOutput,
  async handler() {
    const at = now();
    const season = seasonInForce(await allSeasons(), at);
    if (!season || season.admissionMode !== 'unified') return { continued: false, applied: 0, automatic: null };
    const [round] = await records.unifiedRounds.find({ year: season.year, status: 'applying' }, { limit: 1 });
    if (round) {
      const progress = await commitRound(season, null, at, COMMIT_BUDGET_MS, round.round);
      return { continued: true, applied: progress.applied, automatic: null };
    }
    const started = await runAutomaticRound(season, at);
    return { continued: false, applied: started?.applied ?? 0, automatic: started?.round ?? null };
  },
});
