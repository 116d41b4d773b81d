import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { choiceKey } from '../../../../shared/allocation/schema';
import { packRound, type RoundExportOffer } from '../../../../shared/allocation/round-export';
import type { UnifiedRoundExport } from '../../../../shared/api/unified-admission';
import { canonicalJson } from '../../../../shared/canonical-json';
import type { Season } from '../../../../shared/records/season';
import { unifiedRoundIdOf, type UnifiedOffer, type UnifiedRound } from '../../../../shared/records/unified-round';
import { _ } from '../../../_kit/platform/app';
import { MAX_READ, records } from '../../../_kit/platform/collections';
import { admissionFailures } from '../failures';
import { readRoundInputs } from './round-inputs';
import { unifiedSeason } from './seed';

/**
 * R26: a committed round's file (shared/allocation/round-export.ts) — the inputs its commit stored
 * under its run (round-inputs.ts), and its result as committed: each student's offer of this run (a
 * new one, or a move up to a choice ranked higher), else the offer kept from an earlier round, else
 * none. The result is read from the stored offers, never recomputed here, so recomputing the file
 * checks what was really offered. An offer voided while applying (its form withdrawn meanwhile)
 * still counts: it is what the allocation gave.
 */
export async function roundExport(season: Season, number: number): Promise<UnifiedRoundExport> {
  unifiedSeason(season);
  const round = await records.unifiedRounds.get(unifiedRoundIdOf(season.year, number));
  if (round?.status !== 'committed') throw admissionFailures.roundNotCommitted(number);
  const [inputs, offers] = await Promise.all([readRoundInputs(round), offersOfRun(round)]);

  const offered = new Map<string, RoundExportOffer>(offers.map((o) => [o.studentId, { schoolId: o.schoolId, majorId: o.majorId, rank: o.rank }]));
  const kept = new Map(inputs.decisions.filter((d) => d.status === 'held' || d.status === 'accepted').map((d) => [d.studentId, choiceKey(d)]));
  const result = new Map<string, RoundExportOffer | null>(
    inputs.input.students.map((s) => {
      const own = offered.get(s.studentId);
      if (own) return [s.studentId, own];
      const keptKey = kept.get(s.studentId);
      const rank = keptKey ? s.choices.findIndex((c) => choiceKey(c) === keptKey) : -1;
      const choice = s.choices[rank];
      return [s.studentId, choice ? { schoolId: choice.schoolId, majorId: choice.majorId, rank: rank + 1 } : null];
    }),
  );

  const file = packRound(season.year, number, inputs, result);
  const text = canonicalJson(file);
  return {
    year: season.year,
    round: number,
    fileName: `${season.year}年统一录取第${number}轮.json.gz`,
    content: gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64'),
    fileDigest: createHash('sha256').update(text, 'utf8').digest('hex'),
    exportDigest: file.exportDigest,
    students: file.students.length,
    placed: file.placed ?? 0,
    unplaced: file.unplaced ?? 0,
  };
}

/** Every offer the round's run stored, a page at a time. */
async function offersOfRun(round: UnifiedRound): Promise<UnifiedOffer[]> {
  const offers: UnifiedOffer[] = [];
  let after = '';
  for (;;) {
    const page = await records.unifiedOffers.find(
      { runId: round.runId, ...(after ? { _id: _.gt(after) } : {}) },
      { orderBy: [['_id', 'asc']], limit: MAX_READ },
    );
    offers.push(...page);
    if (page.length < MAX_READ) return offers;
    after = page[page.length - 1]?._id ?? after;
  }
}
