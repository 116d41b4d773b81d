import { unifiedRoundViewInput, unifiedRoundViewOutput } from '../../../shared/api/unified-admission';
import { offerRefusalReasons, offerStatusLabels, unifiedRoundIdOf } from '../../../shared/records/unified-round';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { progressOf } from '../../domains/admission/unified/commit';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';

const answered = ['held', 'accepted', 'declined', 'expired', 'refused'] as const;

/**
 * R26 for the bureau: the year's round of 统一录取 as it stands — how far its commit has gone, how
 * the families answered, and every school's refusal with its reason from the fixed list. Reads
 * only: a count per state and the refusals (a few; the first 100).
 */
export const main = defineFunction({
  name: 'unifiedRoundView',
  input: unifiedRoundViewInput,
  output: unifiedRoundViewOutput,
  roles: ['bureauAdmin'],
  async handler() {
    const season = await currentSeason(now());
    const round = await records.unifiedRounds.get(unifiedRoundIdOf(season.year, 1));
    if (!round) return { year: season.year, round: null, committedAt: null, exportDigest: null, answers: [], refusals: [] };
    const [progress, counts, refused] = await Promise.all([
      progressOf(round, 1),
      Promise.all(answered.map((status) => records.unifiedOffers.count({ runId: round.runId, status }))),
      records.unifiedOffers.find({ runId: round.runId, status: 'refused' }, { limit: 100 }),
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
