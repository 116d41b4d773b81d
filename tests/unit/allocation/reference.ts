/**
 * An independent reading of R26's published rules, for the allocation's tests: the priority order
 * written straight from the season's menu (lottery by node:crypto, not the module's SHA-256), and a
 * deliberately naive deferred acceptance (whole rounds, every list re-sorted) to compare against.
 */
import { createHash } from 'node:crypto';
import type { AllocationInput, AllocationResult, AllocationStudent } from '../../../shared/allocation';

export const keyOf = (c: { schoolId: string; majorId: string }) => `${c.schoolId}/${c.majorId}`;

const lotteries = new Map<string, number>();
/** The published formula, recomputed with node:crypto (remembered: the checks compare the same pairs often). */
export function referenceLottery(seed: string, studentId: string): number {
  const input = `${seed}:${studentId}`;
  let n = lotteries.get(input);
  if (n === undefined) {
    if (lotteries.size > 200_000) lotteries.clear();
    n = parseInt(createHash('sha256').update(input, 'utf8').digest('hex').slice(0, 12), 16);
    lotteries.set(input, n);
  }
  return n;
}

/** Negative when `a` comes before `b` at `major`, by the season's priorities then the lottery then the id. */
export function referenceCompare(input: AllocationInput, major: { schoolId: string }, a: AllocationStudent, b: AllocationStudent): number {
  const school = input.schools.find((s) => s.schoolId === major.schoolId);
  for (const c of input.priorities) {
    if (c.kind === 'ownDistrict') {
      if (school?.kind !== 'district') continue;
      const da = a.district === school.district ? 0 : 1;
      const db = b.district === school.district ? 0 : 1;
      if (da !== db) return da - db;
    } else if (c.kind === 'learnerGroup') {
      const pos = (s: AllocationStudent) => (c.order.includes(s.group) ? c.order.indexOf(s.group) : c.order.length);
      if (pos(a) !== pos(b)) return pos(a) - pos(b);
    } else {
      const sa = a.score ?? -1;
      const sb = b.score ?? -1;
      if (sa !== sb) return sb - sa;
    }
  }
  const la = referenceLottery(input.seed, a.studentId);
  const lb = referenceLottery(input.seed, b.studentId);
  if (la !== lb) return la - lb;
  return a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0;
}

/** Naive deferred acceptance: in each round every free student proposes; each major re-sorts all it holds. */
export function naiveDeferredAcceptance(input: AllocationInput, lists?: Map<string, string[]>): Map<string, string | null> {
  const places = new Map(input.majors.map((m) => [keyOf(m), m.places]));
  const majorByKey = new Map(input.majors.map((m) => [keyOf(m), m]));
  const listOf = (s: AllocationStudent) => lists?.get(s.studentId) ?? s.choices.map(keyOf);
  const next = new Map(input.students.map((s) => [s.studentId, 0]));
  const held = new Map<string, AllocationStudent[]>(input.majors.map((m) => [keyOf(m), []]));
  let free = input.students.slice();
  while (free.length > 0) {
    const proposals = new Map<string, AllocationStudent[]>();
    for (const s of free) {
      const i = next.get(s.studentId) ?? 0;
      const m = listOf(s)[i];
      if (m === undefined) continue;
      next.set(s.studentId, i + 1);
      proposals.set(m, [...(proposals.get(m) ?? []), s]);
    }
    free = [];
    for (const [m, applicants] of proposals) {
      const major = majorByKey.get(m);
      if (!major) throw new Error(`unknown ${m}`);
      const all = [...(held.get(m) ?? []), ...applicants].sort((a, b) => referenceCompare(input, major, a, b));
      const cap = places.get(m) ?? 0;
      held.set(m, all.slice(0, cap));
      free.push(...all.slice(cap));
    }
  }
  const result = new Map<string, string | null>(input.students.map((s) => [s.studentId, null]));
  for (const [m, students] of held) for (const s of students) result.set(s.studentId, m);
  return result;
}

/** Every blocking pair of a result: a student and a major they rank above their offer that has room or admitted someone of lower priority. */
export function blockingPairs(input: AllocationInput, result: AllocationResult): string[] {
  const byId = new Map(input.students.map((s) => [s.studentId, s]));
  const majors = new Map(result.majors.map((m) => [keyOf(m), m]));
  const found: string[] = [];
  for (const outcome of result.students) {
    const student = byId.get(outcome.studentId);
    if (!student) throw new Error('a student the input does not have');
    const stop = outcome.offer ? outcome.offer.rank - 1 : student.choices.length;
    for (const choice of student.choices.slice(0, stop)) {
      const major = majors.get(keyOf(choice));
      if (!major) throw new Error('a major the result does not have');
      if (major.filled < major.places) found.push(`${student.studentId} → ${keyOf(choice)}: a free place`);
      for (const other of major.admitted) {
        const admitted = byId.get(other);
        if (admitted && referenceCompare(input, choice, student, admitted) < 0)
          found.push(`${student.studentId} → ${keyOf(choice)}: admitted ${other} of lower priority`);
      }
    }
  }
  return found;
}

/** How good an outcome is for a student by their TRUE list: the rank of the offer, or past the end. */
export function trueRank(truth: AllocationStudent, offer: { schoolId: string; majorId: string } | null): number {
  if (!offer) return Number.POSITIVE_INFINITY;
  const i = truth.choices.findIndex((c) => keyOf(c) === keyOf(offer));
  return i < 0 ? Number.POSITIVE_INFINITY : i;
}

/** Every ordered selection of 0…k items of `items` (permutations of every truncation and subset). */
export function orderedSelections<T>(items: readonly T[], max = items.length): T[][] {
  const out: T[][] = [[]];
  const grow = (prefix: T[], rest: readonly T[]) => {
    if (prefix.length >= max) return;
    rest.forEach((item, i) => {
      const next = [...prefix, item];
      out.push(next);
      grow(next, [...rest.slice(0, i), ...rest.slice(i + 1)]);
    });
  };
  grow([], items);
  return out;
}
