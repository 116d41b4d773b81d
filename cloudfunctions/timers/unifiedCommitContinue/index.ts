import { unifiedCommitContinueInput, unifiedCommitContinueOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineSystemFunction } from '../../_kit/platform/define';
import { COMMIT_BUDGET_MS, commitRound } from '../../domains/admission/unified/commit';
import { allSeasons } from '../../domains/season/season';
import { seasonInForce } from '../../../shared/season-rules';

/**
 * R26 on the every-minute timer: a round the bureau started goes on applying its offers even when
 * the page that started it was closed or cut off. It never starts a round (only a bureau admin
 * does), and costs one read a minute when there is nothing to go on with.
 */
export const main = defineSystemFunction({
  name: 'unifiedCommitContinue',
  input: unifiedCommitContinueInput,
  output: unifiedCommitContinueOutput,
  async handler() {
    const at = now();
    const season = seasonInForce(await allSeasons(), at);
    if (!season || season.admissionMode !== 'unified') return { continued: false, applied: 0 };
    const [round] = await records.unifiedRounds.find({ year: season.year, status: 'applying' }, { limit: 1 });
    if (!round) return { continued: false, applied: 0 };
    const progress = await commitRound(season, null, at, COMMIT_BUDGET_MS, round.round);
    return { continued: true, applied: progress.applied };
  },
});
