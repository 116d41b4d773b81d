import { gunzipSync, gzipSync } from 'node:zlib';
import { allocationInputSchema } from '../../../../shared/allocation/schema';
import { packRound, roundExportFileSchema, unpackRound, type RoundInputs } from '../../../../shared/allocation/round-export';
import { canonicalJson } from '../../../../shared/canonical-json';
import { unifiedRoundInputIdOf, type UnifiedRound } from '../../../../shared/records/unified-round';
import { records } from '../../../_kit/platform/collections';
import { admissionFailures } from '../failures';

/**
 * R26: what a round's commit allocated over — the export as it stood and, for a later round, every
 * earlier offer's outcome — kept under the commit's run (unifiedRoundInputs), so the round's export
 * publishes the inputs exactly as they were, whatever forms, plans or answers change afterwards.
 * Stored as the file the export publishes without its result (shared/allocation/round-export.ts
 * packRound), gzip-compressed, in parts of PART_CHARS (a city's 30,000 students are about 2 MB
 * compressed: a handful of writes, once a round).
 */
const PART_CHARS = 512 * 1024;

/** The parts a run's inputs are stored in (computed before the round is claimed, so the round records how many). */
export function roundInputParts(year: number, round: number, inputs: RoundInputs): string[] {
  const packed = gzipSync(Buffer.from(canonicalJson(packRound(year, round, inputs)), 'utf8')).toString('base64');
  const parts: string[] = [];
  for (let i = 0; i < packed.length; i += PART_CHARS) parts.push(packed.slice(i, i + PART_CHARS));
  return parts.length ? parts : [''];
}

/** Stores the parts under the run (written again by a rerun of the same run: the same ids, the same text). */
export async function storeRoundInputs(round: Pick<UnifiedRound, 'year' | 'round' | 'runId'>, parts: readonly string[]): Promise<void> {
  for (let part = 0; part < parts.length; part++) {
    await records.unifiedRoundInputs.set(unifiedRoundInputIdOf(round.runId, part), {
      year: round.year,
      round: round.round,
      runId: round.runId,
      part,
      parts: parts.length,
      data: parts[part] ?? '',
    });
  }
}

/** The inputs a round ran with, as stored by its run; refused for a round committed before they were stored. */
export async function readRoundInputs(round: UnifiedRound): Promise<RoundInputs> {
  if (!round.inputParts) throw admissionFailures.roundInputsMissing(round.round);
  const ids = Array.from({ length: round.inputParts }, (_v, i) => unifiedRoundInputIdOf(round.runId, i));
  const parts = await Promise.all(ids.map((id) => records.unifiedRoundInputs.get(id)));
  if (parts.some((p) => !p)) throw admissionFailures.roundInputsMissing(round.round);
  const text = gunzipSync(Buffer.from(parts.map((p) => p?.data ?? '').join(''), 'base64')).toString('utf8');
  const { input, decisions } = unpackRound(roundExportFileSchema.parse(JSON.parse(text)));
  return { input: allocationInputSchema.parse(input), decisions };
}
