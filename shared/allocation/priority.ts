import type { LearnerGroup } from '../choice-form';
import type { AllocationSchool, AllocationStudent, PriorityOrder } from './schema';

/**
 * A student's priority at one major, as data the bureau's page and the family's page phrase in
 * words: the season's criteria in their order, then the lottery. Lower lottery first; a tie on
 * every entry (vanishingly rare) goes to the smaller student id.
 */
export type PriorityEntry =
  /** `null`: a city school, which does not prefer any district */
  | { criterion: 'ownDistrict'; value: boolean | null }
  /** `position`: 1-based place of the group in the season's order; groups not named share the last place */
  | { criterion: 'learnerGroup'; value: LearnerGroup; position: number }
  | { criterion: 'score'; value: number | null }
  | { criterion: 'lottery'; value: number };

export function priorityEntries(priorities: PriorityOrder, student: AllocationStudent, school: AllocationSchool, lottery: number): PriorityEntry[] {
  const entries: PriorityEntry[] = priorities.map((c): PriorityEntry => {
    switch (c.kind) {
      case 'ownDistrict':
        return { criterion: 'ownDistrict', value: school.kind === 'district' ? student.district === school.district : null };
      case 'learnerGroup':
        return { criterion: 'learnerGroup', value: student.group, position: groupPosition(c.order, student.group) + 1 };
      case 'score':
        return { criterion: 'score', value: student.score ?? null };
    }
  });
  entries.push({ criterion: 'lottery', value: lottery });
  return entries;
}

export function groupPosition(order: readonly LearnerGroup[], group: LearnerGroup): number {
  const i = order.indexOf(group);
  return i < 0 ? order.length : i;
}

/** Strict order of two students on the criteria that do not depend on the major (negative: `a` first). */
export type StudentComparator = (a: number, b: number) => number;

/**
 * Compact keys for the heaps: one number per (student, major), smaller = higher priority, equal
 * only for the same student. The only criterion that depends on the major is `ownDistrict`, so the
 * order splits around it: a dense rank of the criteria before it (`prefix`), the district match,
 * and a unique rank of the criteria after it with the lottery and the id (`suffix`):
 *
 *   key = prefix × 2n + (matches ? 0 : n) + suffix            (without ownDistrict: key = suffix)
 *
 * Ranks are computed once by sorting (O(n log n)); each proposal then compares two numbers. Keys
 * stay below 2n² + 2n, exact in a double for any n this module accepts.
 */
export interface PriorityKeys {
  /** per student index */
  prefix: Int32Array;
  suffix: Int32Array;
  /** whether the season's order has `ownDistrict` at all */
  byDistrict: boolean;
  n: number;
}

export function priorityKeys(priorities: PriorityOrder, students: readonly AllocationStudent[], lottery: Float64Array): PriorityKeys {
  const n = students.length;
  const split = priorities.findIndex((c) => c.kind === 'ownDistrict');
  const before = split < 0 ? [] : priorities.slice(0, split);
  const after = split < 0 ? priorities : priorities.slice(split + 1);
  const compareBefore = comparator(before, students);
  const compareAfter = comparator(after, students);
  const indices = Array.from({ length: n }, (_v, i) => i);

  const prefix = new Int32Array(n);
  if (before.length > 0) {
    const order = indices.slice().sort(compareBefore);
    let rank = 0;
    order.forEach((s, i) => {
      const previous = order[i - 1];
      if (previous !== undefined && compareBefore(previous, s) !== 0) rank = i;
      prefix[s] = rank;
    });
  }

  const suffix = new Int32Array(n);
  const full: StudentComparator = (a, b) => {
    const c = compareAfter(a, b);
    if (c !== 0) return c;
    const la = lottery[a] ?? 0;
    const lb = lottery[b] ?? 0;
    if (la !== lb) return la - lb;
    // ids are distinct (the schema refuses duplicates) and compared by code unit, never by locale
    const ia = students[a]?.studentId ?? '';
    const ib = students[b]?.studentId ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  indices.sort(full).forEach((s, i) => {
    suffix[s] = i;
  });
  return { prefix, suffix, byDistrict: split >= 0, n };
}

/** The key of student `s` at a major of `school` (see PriorityKeys). */
export function keyAt(keys: PriorityKeys, s: number, student: AllocationStudent, school: AllocationSchool): number {
  const suffix = keys.suffix[s] ?? 0;
  if (!keys.byDistrict) return suffix;
  // a city school does not prefer a district: all its applicants count as matching, which keeps their order
  const matches = school.kind !== 'district' || student.district === school.district;
  return (keys.prefix[s] ?? 0) * 2 * keys.n + (matches ? 0 : keys.n) + suffix;
}

function comparator(criteria: PriorityOrder, students: readonly AllocationStudent[]): StudentComparator {
  const parts: StudentComparator[] = criteria.map((c): StudentComparator => {
    switch (c.kind) {
      case 'learnerGroup': {
        const positions = students.map((s) => groupPosition(c.order, s.group));
        return (a, b) => (positions[a] ?? 0) - (positions[b] ?? 0);
      }
      case 'score': {
        // higher first; no score after every score
        const scores = students.map((s) => s.score ?? -1);
        return (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0);
      }
      case 'ownDistrict':
        // split out by priorityKeys: never inside a comparator
        return () => 0;
    }
  });
  return (a, b) => {
    for (const part of parts) {
      const c = part(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
}
