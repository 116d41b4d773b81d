import { lotterySeedRevealInput, lotterySeedRevealOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { revealSeed } from '../../domains/admission/unified/seed';
import { currentSeason } from '../../domains/season/season';

/**
 * R26: after the choice deadline (server clock) the bureau admin publishes the seed beside its
 * commitment, so anyone can recompute every lottery number; audited once, the same answer after.
 */
export const main = defineFunction({
  name: 'lotterySeedReveal',
  input: lotterySeedRevealInput,
  output: lotterySeedRevealOutput,
  roles: ['bureauAdmin'],
  async handler(_input, caller) {
    const at = now();
    const revealed = await revealSeed(await currentSeason(at), caller.staff, at);
    return { ...revealed, revealedAt: revealed.revealedAt.toISOString() };
  },
});
