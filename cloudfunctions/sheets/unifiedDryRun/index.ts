import { unifiedDryRunInput, unifiedDryRunOutput } from '../../../shared/api/unified-admission';
import { choiceDeadlinePassed } from '../../../shared/season-rules';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { admissionFailures } from '../../domains/admission/failures';
import { dryRunOf } from '../../domains/admission/unified/dry-run';
import { unifiedExport } from '../../domains/admission/unified/export';
import { revealedSeedOf, unifiedSeason } from '../../domains/admission/unified/seed';
import { currentSeason } from '../../domains/season/season';

/**
 * R26: after the choice deadline, in a unified season, with the seed revealed, the bureau admin runs
 * the allocation over every active form as it stands and sees each major's fill and last admitted
 * priority and why students stay unplaced. Nothing is written (not even the audit trail): the
 * round's commit is a separate step.
 */
export const main = defineFunction({
  name: 'unifiedDryRun',
  input: unifiedDryRunInput,
  output: unifiedDryRunOutput,
  roles: ['bureauAdmin'],
  async handler() {
    const at = now();
    const season = unifiedSeason(await currentSeason(at));
    if (!choiceDeadlinePassed(season, at)) throw admissionFailures.beforeChoiceDeadline(season.choices.end, '试运行统一录取');
    const exported = await unifiedExport(season, await revealedSeedOf(season));
    return dryRunOf(season.year, exported);
  },
});
