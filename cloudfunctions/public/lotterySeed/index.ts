import { prioritiesInWords } from '../../../shared/admission-mode';
import { lotterySeedInput, lotterySeedOutput } from '../../../shared/api/unified-admission';
import { lotterySeedIdOf } from '../../../shared/records/lottery-seed';
import { records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';

/**
 * R26, for anyone: this year's way of admission and its priorities, the lottery seed's commitment
 * once published, and the seed once revealed after the choice deadline. Reads the public record
 * only: the seed is in it only after the reveal.
 */
export const main = definePublicFunction({
  name: 'lotterySeed',
  input: lotterySeedInput,
  output: lotterySeedOutput,
  async handler() {
    const season = await currentSeason();
    const published = season.admissionMode === 'unified' ? await records.lotterySeeds.get(lotterySeedIdOf(season.year)) : null;
    return {
      year: season.year,
      admissionMode: season.admissionMode,
      priorities: season.priorities,
      prioritiesText: prioritiesInWords(season.priorities),
      choiceDeadline: season.choices.end,
      commitment: published?.commitment ?? null,
      publishedAt: published?.publishedAt.toISOString() ?? null,
      seed: published?.revealedAt ? (published.seed ?? null) : null,
      revealedAt: published?.revealedAt?.toISOString() ?? null,
    };
  },
});
