import type { StudentOutcome } from '../../../../shared/allocation/allocate';
import { givesUpSchool } from '../../../../shared/allocation/schema';
import type { ChoiceFormRecord } from '../../../../shared/records/form';
import { unifiedWaitingIdOf, waitingBucketOf, WAITING_PER_BUCKET, type UnifiedRound, type UnifiedWaiting } from '../../../../shared/records/unified-round';
import { _ } from '../../../_kit/platform/app';
import { records } from '../../../_kit/platform/collections';

/**
 * R26, “families see … their place on each higher choice's waiting list”: the allocation computes
 * every student's place on the list of each choice ranked above the one they got (every choice, when
 * unplaced: shared/allocation/allocate.ts `waiting`); the commit keeps them under its run
 * (unifiedWaiting, in buckets of forms: shared/records/unified-round.ts), and 我的志愿 reads its
 * forms' places after the latest committed round — a student without an offer as well as one with.
 */

type Entry = UnifiedWaiting['forms'][number];

/** The run's waiting places, bucketed by form (computed before the round is claimed, so the round records how many buckets). */
export function waitingBuckets(students: readonly Pick<StudentOutcome, 'studentId' | 'waiting'>[], formOf: ReadonlyMap<string, string>): Entry[][] {
  const entries: Entry[] = students.flatMap((s) => {
    const formId = formOf.get(s.studentId);
    if (!formId || !s.waiting.length) return [];
    // a major without places has no list to move up on: position 0
    return [{ formId, at: s.waiting.flatMap((w) => [w.rank, w.why === 'no-places' ? 0 : w.position, w.why === 'no-places' ? 0 : w.of]) }];
  });
  if (!entries.length) return [];
  const count = Math.ceil(entries.length / WAITING_PER_BUCKET);
  const buckets: Entry[][] = Array.from({ length: count }, () => []);
  for (const e of entries) buckets[waitingBucketOf(e.formId, count)]?.push(e);
  return buckets;
}

/** Stores the buckets under the run (written again by a rerun of the same run: the same ids, the same content). */
export async function storeWaiting(round: Pick<UnifiedRound, 'year' | 'round' | 'runId'>, buckets: readonly Entry[][]): Promise<void> {
  for (let bucket = 0; bucket < buckets.length; bucket++) {
    await records.unifiedWaiting.set(unifiedWaitingIdOf(round.runId, bucket), {
      year: round.year,
      round: round.round,
      runId: round.runId,
      bucket,
      buckets: buckets.length,
      forms: buckets[bucket] ?? [],
    });
  }
}

/** One choice a student waits on, as 我的志愿 shows it. */
export interface WaitingPlace {
  rank: number;
  schoolName: string;
  majorName: string;
  /** 1-based place on the list; 0 when the major has no places */
  position: number;
  of: number;
}

/**
 * Each active form's waiting places after the year's latest committed round (none before a round
 * is committed, or for a round committed before they were stored): two reads, however many forms.
 */
export async function familyWaitingOf(
  year: number,
  forms: ReadonlyArray<Pick<ChoiceFormRecord, '_id' | 'status' | 'choices'>>,
): Promise<Map<string, { round: number; places: WaitingPlace[] }>> {
  const shown = new Map<string, { round: number; places: WaitingPlace[] }>();
  const active = forms.filter((f) => f.status === 'active');
  if (!active.length) return shown;
  const [round] = await records.unifiedRounds.find({ year, status: 'committed' }, { orderBy: [['round', 'desc']], limit: 1 });
  if (!round?.waitingBuckets) return shown;
  const buckets = round.waitingBuckets;
  const ids = [...new Set(active.map((f) => unifiedWaitingIdOf(round.runId, waitingBucketOf(f._id, buckets))))];
  const docs = await records.unifiedWaiting.find({ _id: _.in(ids) }, { limit: ids.length });
  for (const form of active) {
    const entry = docs.flatMap((d) => d.forms).find((e) => e.formId === form._id);
    if (!entry) continue;
    const choices = [...form.choices].sort((a, b) => a.rank - b.rank);
    const places: WaitingPlace[] = [];
    for (let i = 0; i + 2 < entry.at.length; i += 3) {
      const [rank = 0, position = 0, of = 0] = entry.at.slice(i, i + 3);
      // the allocation's rank is the choice's place in the form's order
      const choice = choices[rank - 1];
      if (choice) places.push({ rank, schoolName: choice.schoolName, majorName: choice.majorName, position, of });
    }
    if (places.length) shown.set(form._id, { round: round.round, places });
  }
  return shown;
}

/**
 * A form's waiting places as they stand now: once the family has given up a school with its latest
 * offer (declined, or let it expire), it no longer waits on any of that school's majors — the next
 * round leaves them out (shared/allocation/rounds.ts) — though the last round, computed before the
 * answer, still listed them. Offer and places name their choice by its rank on the form, so the
 * school is the choice's school id, as the allocation compares it (not its name).
 */
export function waitingNow(
  waiting: { round: number; places: WaitingPlace[] } | null,
  offer: { status: string; rank: number } | null,
  choices: ChoiceFormRecord['choices'],
): { round: number; places: WaitingPlace[] } | null {
  if (!waiting || !offer || !givesUpSchool(offer.status)) return waiting;
  const schoolAt = (rank: number) => choices[rank - 1]?.schoolId;
  const places = waiting.places.filter((p) => schoolAt(p.rank) !== schoolAt(offer.rank));
  return places.length ? { ...waiting, places } : null;
}
