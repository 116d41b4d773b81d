import { unifiedRoundsCloseInput, unifiedRoundsCloseOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { closeRounds } from '../../domains/admission/unified/later-rounds';
import { currentSeason } from '../../domains/season/season';

/**
 * R26: the bureau admin ends the rounds of 统一录取 after the latest committed round (the page
 * asks for confirmation first, naming the round): no round follows, and schools may admit the
 * students still unplaced on their own desk (补录). The request names the round the admin saw, so a
 * page left open while another round ran cannot close the wrong one. Audited.
 */
export const main = defineFunction({
  name: 'unifiedRoundsClose',
  input: unifiedRoundsCloseInput,
  output: unifiedRoundsCloseOutput,
  roles: ['bureauAdmin'],
  async handler({ round }, caller) {
    const at = now();
    const closed = await closeRounds(await currentSeason(at), caller.staff, round, at);
    return { round, closedAt: closed.at.toISOString(), byName: closed.byName };
  },
});
