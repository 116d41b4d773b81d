import { lotteryNumber } from './lottery';
import { keyAt, priorityEntries, priorityKeys, type PriorityEntry, type PriorityKeys } from './priority';
import { choiceKey, type AllocationInput, type AllocationSchool, type AllocationStudent } from './schema';

/**
 * R26's allocation: student-proposing deferred acceptance (Gale–Shapley) over (school, major)
 * choices, as New York City's and Denver's school choice run it. Each student proposes to their
 * choices in order; a major holds the best applicants by the season's priorities up to its planned
 * places and rejects the rest, who go on to their next choice; when nobody is left to propose, the
 * holds become offers. Its result is the student-optimal stable matching:
 * - no student prefers a major that has a free place or holds someone of lower priority there;
 * - no student can gain by ranking other than their true preference ("ranking a school first never
 *   costs them a place");
 * - it does not depend on the order of the input lists (ties end at the student id).
 *
 * Cost: O(n log n) to rank the students, then at most one heap operation, O(log places), per
 * (student, choice) — nothing is re-sorted per round.
 */

export interface Offer {
  schoolId: string;
  majorId: string;
  /** 1-based position of the choice in the student's own list */
  rank: number;
}

export interface Waiting extends Offer {
  /** 1-based place on that major's waiting list, by priority at that major */
  position: number;
  /** how many wait on that major */
  of: number;
  /** why the student is not admitted there: the major has no places at all, or every place went to a higher priority */
  why: 'no-places' | 'full-at-higher-priority';
}

export interface StudentOutcome {
  studentId: string;
  offer: Offer | null;
  /** every choice ranked above the offer (every choice, when unplaced), best first */
  waiting: Waiting[];
  /** `null` when placed; `no-choices-left` when earlier rounds' declines and refusals left no choice to try */
  unplaced: null | 'every-choice-full' | 'no-choices-left';
}

export interface MajorOutcome {
  schoolId: string;
  majorId: string;
  places: number;
  filled: number;
  /** student ids, highest priority first */
  admitted: string[];
  /** how many students wait on this major (ranked it above what they got) */
  waiting: number;
  /**
   * The priority of the weakest student admitted by this run's priorities (offers kept from an
   * earlier round are not compared, so do not count); `null` when nobody was. A student whose own
   * priority here comes before it and who ranked this major would have been admitted.
   */
  lastAdmitted: PriorityEntry[] | null;
}

export interface AllocationResult {
  /** ordered by student id */
  students: StudentOutcome[];
  /** ordered by school id, then major id (code-unit order) */
  majors: MajorOutcome[];
  placed: number;
  unplaced: number;
}

/** The allocation, from an input parsed by `allocationInputSchema` (which refuses inconsistent exports). */
export function allocate(input: AllocationInput): AllocationResult {
  const plan = prepare(input);
  const lists = plan.students.map((s) => s.choices.map((c, rank) => ({ major: plan.majorOf(c), rank })));
  return run(plan, lists, new Int32Array(plan.students.length).fill(-1));
}

// ---- what both the first round and the next rounds share ----

export interface Prepared {
  input: AllocationInput;
  /** sorted by id, so indices never depend on the input's order */
  students: AllocationStudent[];
  majors: AllocationInput['majors'];
  schoolOfMajor: AllocationSchool[];
  lottery: Float64Array;
  keys: PriorityKeys;
  majorOf(choice: { schoolId: string; majorId: string }): number;
}

export function prepare(input: AllocationInput): Prepared {
  const students = input.students.slice().sort((a, b) => compareText(a.studentId, b.studentId));
  const majors = input.majors.slice().sort((a, b) => compareText(a.schoolId, b.schoolId) || compareText(a.majorId, b.majorId));
  const schools = new Map(input.schools.map((s) => [s.schoolId, s]));
  const majorIndex = new Map(majors.map((m, i) => [choiceKey(m), i]));
  const schoolOfMajor = majors.map((m) => {
    const school = schools.get(m.schoolId);
    if (!school) throw new Error(`allocation: major ${m.majorId} of an unknown school ${m.schoolId} (parse the input with allocationInputSchema)`);
    return school;
  });
  const lottery = new Float64Array(students.map((s) => lotteryNumber(input.seed, s.studentId)));
  return {
    input,
    students,
    majors,
    schoolOfMajor,
    lottery,
    keys: priorityKeys(input.priorities, students, lottery),
    majorOf(choice) {
      const m = majorIndex.get(choiceKey(choice));
      if (m === undefined)
        throw new Error(`allocation: a choice of an unknown major ${choice.schoolId}/${choice.majorId} (parse the input with allocationInputSchema)`);
      return m;
    },
  };
}

/** One student's choices still in play: the major's index and the choice's rank in their own list (0-based). */
export type ChoiceList = { major: number; rank: number }[];

/**
 * Deferred acceptance over `lists`. `kept[s]` is the major whose place student `s` keeps from an
 * earlier round (-1: none): there they come before every other applicant, so they can only move up.
 */
export function run(plan: Prepared, lists: ChoiceList[], kept: Int32Array): AllocationResult {
  const n = plan.students.length;
  const majorCount = plan.majors.length;
  // kept places sit below every key (keys are ≥ 0 and < 2n² + 2n), in the same order among themselves
  const keptShift = 2 * n * n + 2 * n + 1;
  const keyOf = (s: number, m: number): number => {
    const student = plan.students[s];
    const school = plan.schoolOfMajor[m];
    if (!student || !school) throw new Error('allocation: index out of range');
    const key = keyAt(plan.keys, s, student, school);
    return kept[s] === m ? key - keptShift : key;
  };

  // one max-heap of held students per major (the weakest on top), all in two flat arrays
  const capacity = new Int32Array(majorCount);
  const offset = new Int32Array(majorCount + 1);
  plan.majors.forEach((m, i) => {
    capacity[i] = m.places;
    offset[i + 1] = (offset[i] ?? 0) + m.places;
  });
  const total = offset[majorCount] ?? 0;
  const heldStudent = new Int32Array(total);
  const heldKey = new Float64Array(total);
  const size = new Int32Array(majorCount);

  const next = new Int32Array(n);
  const free = new Int32Array(n);
  let freeCount = 0;
  // proposing from the last index first is as good as any order: the result does not depend on it
  for (let s = n - 1; s >= 0; s--) free[freeCount++] = s;

  while (freeCount > 0) {
    const s = free[--freeCount] ?? 0;
    const list = lists[s] ?? [];
    while ((next[s] ?? 0) < list.length) {
      const m = list[next[s] ?? 0]?.major ?? 0;
      const key = keyOf(s, m);
      const base = offset[m] ?? 0;
      const held = size[m] ?? 0;
      if (held < (capacity[m] ?? 0)) {
        siftUp(heldStudent, heldKey, base, held, s, key);
        size[m] = held + 1;
        break;
      }
      if (held > 0 && key < (heldKey[base] ?? 0)) {
        // the weakest held student is displaced and proposes again, to their next choice
        const out = heldStudent[base] ?? 0;
        siftDown(heldStudent, heldKey, base, held, s, key);
        next[out] = (next[out] ?? 0) + 1;
        free[freeCount++] = out;
        break;
      }
      next[s] = (next[s] ?? 0) + 1;
    }
  }

  // ---- the result ----
  const offerMajor = new Int32Array(n).fill(-1);
  for (let m = 0; m < majorCount; m++) {
    const base = offset[m] ?? 0;
    for (let i = 0; i < (size[m] ?? 0); i++) offerMajor[heldStudent[base + i] ?? 0] = m;
  }

  // waiting lists: every student rejected by a major ranked it above their outcome
  const waitingAt: number[][] = Array.from({ length: majorCount }, () => []);
  for (let s = 0; s < n; s++) {
    const list = lists[s] ?? [];
    const stop = Math.min(next[s] ?? 0, list.length);
    for (let i = 0; i < stop; i++) waitingAt[list[i]?.major ?? 0]?.push(s);
  }
  // position of (student, major) on the list: one sort per major, O(P log P) overall
  const positionAt: Map<number, number>[] = waitingAt.map((waiting, m) => {
    const keys = new Map(waiting.map((s) => [s, keyOf(s, m)]));
    waiting.sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0));
    return new Map(waiting.map((s, i) => [s, i + 1]));
  });

  const majorRef = (m: number) => plan.majors[m] ?? { schoolId: '', majorId: '', places: 0 };
  let placed = 0;
  const students: StudentOutcome[] = plan.students.map((student, s) => {
    const list = lists[s] ?? [];
    const stop = Math.min(next[s] ?? 0, list.length);
    const waiting: Waiting[] = [];
    for (let i = 0; i < stop; i++) {
      const choice = list[i];
      if (!choice) continue;
      const major = majorRef(choice.major);
      waiting.push({
        schoolId: major.schoolId,
        majorId: major.majorId,
        rank: choice.rank + 1,
        position: positionAt[choice.major]?.get(s) ?? 0,
        of: waitingAt[choice.major]?.length ?? 0,
        why: major.places === 0 ? 'no-places' : 'full-at-higher-priority',
      });
    }
    const m = offerMajor[s] ?? -1;
    if (m < 0) return { studentId: student.studentId, offer: null, waiting, unplaced: list.length === 0 ? 'no-choices-left' : 'every-choice-full' };
    placed += 1;
    const major = majorRef(m);
    return {
      studentId: student.studentId,
      offer: { schoolId: major.schoolId, majorId: major.majorId, rank: (list[next[s] ?? 0]?.rank ?? 0) + 1 },
      waiting,
      unplaced: null,
    };
  });

  const majors: MajorOutcome[] = plan.majors.map((major, m) => {
    const base = offset[m] ?? 0;
    const held = Array.from({ length: size[m] ?? 0 }, (_v, i) => ({ s: heldStudent[base + i] ?? 0, key: heldKey[base + i] ?? 0 })).sort(
      (a, b) => a.key - b.key,
    );
    // kept offers carry negative keys: the weakest admitted by priority is the last with a key ≥ 0
    const weakest = held.filter((h) => h.key >= 0).pop();
    const school = plan.schoolOfMajor[m];
    const weakestStudent = weakest ? plan.students[weakest.s] : undefined;
    return {
      schoolId: major.schoolId,
      majorId: major.majorId,
      places: major.places,
      filled: held.length,
      admitted: held.map((h) => plan.students[h.s]?.studentId ?? ''),
      waiting: waitingAt[m]?.length ?? 0,
      lastAdmitted: weakest && weakestStudent && school ? priorityEntries(plan.input.priorities, weakestStudent, school, plan.lottery[weakest.s] ?? 0) : null,
    };
  });

  return { students, majors, placed, unplaced: n - placed };
}

/** Inserts (s, key) at the end of a heap of `count` entries starting at `base`, keeping the largest key on top. */
function siftUp(students: Int32Array, keys: Float64Array, base: number, count: number, s: number, key: number): void {
  let i = count;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const parentKey = keys[base + parent] ?? 0;
    if (parentKey >= key) break;
    keys[base + i] = parentKey;
    students[base + i] = students[base + parent] ?? 0;
    i = parent;
  }
  keys[base + i] = key;
  students[base + i] = s;
}

/** Replaces the top of a heap of `count` entries with (s, key) and restores the order. */
function siftDown(students: Int32Array, keys: Float64Array, base: number, count: number, s: number, key: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= count) break;
    const right = left + 1;
    const child = right < count && (keys[base + right] ?? 0) > (keys[base + left] ?? 0) ? right : left;
    const childKey = keys[base + child] ?? 0;
    if (childKey <= key) break;
    keys[base + i] = childKey;
    students[base + i] = students[base + child] ?? 0;
    i = child;
  }
  keys[base + i] = key;
  students[base + i] = s;
}

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
