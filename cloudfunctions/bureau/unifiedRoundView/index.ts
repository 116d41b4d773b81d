import { unifiedRoundViewInput, unifiedRoundViewOutput } from '../../../shared/api/unified-admission';
import { offerRefusalReasons, offerStatusLabels, shownOfferStatuses } from '../../../shared/unified-offer';
import { laterRoundsLabels, roundsClosedWhy } from '../../../shared/admission-mode';
import type { Season } from '../../../shared/records/season';
import type { UnifiedRound } from '../../../shared/records/unified-round';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { progressOf } from '../../domains/admission/unified/commit';
import { nextAutomaticRound, nextRoundInWords } from '../../domains/admission/unified/later-rounds';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';

const answered = shownOfferStatuses;

/**
 * R26 for the bureau: the year's latest round of 统一录取 as it stands — how far its commit has
 * gone — and over every round how the families answered and every school's refusal with its reason. Reads
 * only: a count per state and the refusals (a few; the first 100).
 */
export const main = defineFunction({
  name: 'unifiedRoundView',
  input: unifiedRoundViewInput,
  output: unifiedRoundViewOutput,
  roles: ['bureauAdmin'],
  async handler() {
    const at = now();
    const season = await currentSeason(at);
    // the latest round; the answers and refusals over every round of the year
    const [round] = await records.unifiedRounds.find({ year: season.year }, { orderBy: [['round', 'desc']], limit: 1 });
    const laterRounds = await laterRoundsOf(season, at);
    if (!round)
      return { year: season.year, round: null, committedAt: null, exportDigest: null, answers: [], refusals: [], laterRounds, closed: null, mayClose: false };
    const [progress, counts, refused] = await Promise.all([
      progressOf(round, round.round),
      Promise.all(answered.map((status) => records.unifiedOffers.count({ year: season.year, status }))),
      records.unifiedOffers.find({ year: season.year, status: 'refused' }, { limit: 100 }),
    ]);
    const schools = await Promise.all([...new Set(refused.map((o) => o.schoolId))].map((id) => schoolById(id)));
    const nameOf = new Map(schools.flatMap((s) => (s ? [[s._id, s.name] as const] : [])));
    return {
      year: season.year,
      round: progress,
      committedAt: round.committedAt?.toISOString() ?? null,
      exportDigest: round.exportDigest,
      answers: answered.map((status, i) => ({ status, label: offerStatusLabels[status], count: counts[i] ?? 0 })).filter((a) => a.count > 0),
      laterRounds,
      closed: closedOf(round),
      mayClose: round.status === 'committed' && !round.closed,
      refusals: refused.flatMap((o) =>
        o.refused
          ? [
              {
                schoolName: nameOf.get(o.schoolId) ?? '',
                majorName: o.majorName,
                reason: offerRefusalReasons[o.refused.reason],
                staffName: o.refused.staffName,
                at: o.refused.at.toISOString(),
              },
            ]
          : [],
      ),
    };
  },
});

/** The season's way of running the later rounds and where the next one stands (R26: later-rounds.ts). */
async function laterRoundsOf(season: Season, at: Date) {
  const mode = season.laterRounds;
  return { mode, label: laterRoundsLabels[mode], maxRounds: season.maxRounds, next: nextRoundInWords(await nextAutomaticRound(season, at), season) };
}

function closedOf(round: UnifiedRound) {
  return round.closed
    ? { afterRound: round.round, at: round.closed.at.toISOString(), byName: round.closed.byName, why: roundsClosedWhy[round.closed.why] }
    : null;
}
