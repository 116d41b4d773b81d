import { readScoreRows } from '../../../../shared/exam-scores';
import { examScoreBucketIdOf, examScoreBucketOf, type ExamScoreBucket } from '../../../../shared/records/exam-score';
import { lotterySeedIdOf } from '../../../../shared/records/lottery-seed';
import type { Season } from '../../../../shared/records/season';
import type { Staff } from '../../../../shared/records/staff';
import type { RowProblem } from '../../../../shared/sheet-rows';
import { records } from '../../../_kit/platform/collections';
import { keyedHash } from '../../../_kit/platform/personal-data';
import type { Tx } from '../../../_kit/platform/transaction';
import { admissionFailures } from '../failures';

/**
 * R26: a unified year's 中考 scores, imported by the bureau (the sheets action `unifiedScoreImport`)
 * and read by the allocation's export when the season's priorities include `score`. A score is kept
 * only under the student key — the keyed hash of the ID number every form carries (`studentKey`,
 * keyedHash in _kit/platform/personal-data.ts) — so a score meets its form without the number ever
 * being stored, and the published export carries it only under the student's pseudonym. The scores
 * are inputs: once the seed is revealed the allocation's inputs are frozen and no import is taken.
 */

/** The student key of an ID number, as choiceSubmit stores it on the form. */
export function studentKeyOfIdNumber(idNumber: string): string {
  return keyedHash(idNumber);
}

/** The year's scores by student key. 256 records at most: one read. */
export async function scoresOf(year: number): Promise<Map<string, number>> {
  const buckets = await records.examScores.find({ year }, { limit: 256 });
  const scores = new Map<string, number>();
  for (const b of buckets) for (const [key, score] of Object.entries(b.scores)) scores.set(key, score);
  return scores;
}

/** Refused once the year's seed is revealed: the allocation's inputs are frozen from then on. */
export async function scoresOpen(season: Season, tx?: Tx): Promise<void> {
  const seed = await (tx ?? records).lotterySeeds.get(lotterySeedIdOf(season.year));
  if (seed?.revealedAt) throw admissionFailures.scoresFrozen();
}

/** One bucket as the import would write it, with the revision its preview read (null: a new bucket). */
export interface ScoreWrite {
  key: string;
  bucket: string;
  before: number | null;
  scores: Record<string, number>;
}

export interface ScorePlan {
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  problems: RowProblem[];
  writes: ScoreWrite[];
}

/** Rows of the sheet → what importing them would change in the year's scores (nothing is written). */
export async function planScoreImport(year: number, rows: string[][]): Promise<ScorePlan> {
  const read = readScoreRows(rows);
  const stored = new Map((await records.examScores.find({ year }, { limit: 256 })).map((b) => [b.bucket, b]));
  const next = new Map<string, Record<string, number>>();
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const { value } of read.items) {
    const key = studentKeyOfIdNumber(value.idNumber);
    const bucket = examScoreBucketOf(key);
    const scores = next.get(bucket) ?? { ...(stored.get(bucket)?.scores ?? {}) };
    const before = scores[key];
    if (before === undefined) added += 1;
    else if (before !== value.score) changed += 1;
    else unchanged += 1;
    scores[key] = value.score;
    next.set(bucket, scores);
  }
  const writes: ScoreWrite[] = [...next.entries()]
    .filter(([bucket, scores]) => {
      const was = stored.get(bucket)?.scores ?? {};
      return Object.keys(scores).length !== Object.keys(was).length || Object.entries(scores).some(([k, v]) => was[k] !== v);
    })
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([bucket, scores]) => ({ key: examScoreBucketIdOf(year, bucket), bucket, before: stored.get(bucket)?.revision ?? null, scores }));
  return { rows: read.items.length + read.problems.length, added, changed, unchanged, problems: read.problems, writes };
}

/** Writes one bucket only at the revision the preview read, and only while the seed is unrevealed. */
export async function applyScoreWrite(tx: Tx, season: Season, write: ScoreWrite, at: Date, staff: Pick<Staff, 'name'>): Promise<void> {
  await scoresOpen(season, tx);
  const now: ExamScoreBucket | null = await tx.examScores.get(write.key);
  if ((now?.revision ?? null) !== write.before) throw admissionFailures.scoresChangedSincePreview();
  await tx.examScores.set(write.key, {
    year: season.year,
    bucket: write.bucket,
    scores: write.scores,
    revision: (now?.revision ?? 0) + 1,
    updatedAt: at,
    updatedByName: staff.name,
  });
}
