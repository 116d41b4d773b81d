import { unifiedRoundViewInput, unifiedRoundViewOutput } from '../../../shared/api/unified-admission';
import { offerRefusalReasons, offerStatusLabels, shownOfferStatuses } from '../../../shared/unified-offer';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { progressOf } from '../../domains/admission/unified/commit';
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
    const season = await currentSeason(now());
    // the latest round; the answers and refusals over every round of the year
    const [round] = await records.unifiedRounds.find({ year: season.year }, { orderBy: [['round', 'desc']], limit: 1 });
    if (!round) return { year: season.year, round: null, committedAt: null, exportDigest: null, answers: [], refusals: [] };
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
      refusals: refused.flatMap((o) => (o.refused ? [{ schoolName: nameOf.get(o.schoolId) ?? '', majorName: o.majorName, reason: offerRefusalReasons[o.refused.reason], staffName: o.refused.staffName, at: o.refused.at.toISOString() }] : [])),
    };
  },
});
