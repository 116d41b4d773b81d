/**
 * 统一录取's allocation at a city's size (issue 24): 30,000 students × 6 choices × 300 majors,
 * parsed and allocated in one process, the median of a few runs held to 2 s. Also the generator of
 * random, reproducible exports the allocation's property tests use (tests/unit/allocation).
 */
import { allocate, allocationInputSchema, seedCommitment, type AllocationInput, type PriorityOrder } from '../shared/allocation';
import { learnerGroupSchema, type LearnerGroup } from '../shared/choice-form';
import { timed, type BenchRow } from './bench-row';

/** mulberry32: a small seeded PRNG, so a failing instance is reproduced from its number. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ExportShape {
  students: number;
  majors: number;
  schools: number;
  districts: number;
  /** each student ranks between `minChoices` and `maxChoices` majors */
  minChoices: number;
  maxChoices: number;
  /** total places ≈ students × this */
  placesPerStudent: number;
  priorities: PriorityOrder;
  /** share of students with a 中考 score */
  scored: number;
  /** scores drawn from this many distinct values, so ties happen and the lottery decides */
  scoreLevels: number;
}

export const cityShape: ExportShape = {
  students: 30_000,
  majors: 300,
  schools: 40,
  districts: 8,
  minChoices: 6,
  maxChoices: 6,
  placesPerStudent: 0.85,
  priorities: [{ kind: 'ownDistrict' }, { kind: 'learnerGroup', order: ['veteran', 'current-graduate'] }, { kind: 'score' }],
  scored: 0.9,
  scoreLevels: 400,
};

const hex = (random: () => number, digits: number) => Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');

/** A random export of the given shape, the same for the same `seed`; majors are unevenly popular, as in a real city. */
export function randomExport(seed: number, shape: ExportShape): AllocationInput {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const districts = Array.from({ length: shape.districts }, (_v, i) => `区${i + 1}`);
  const schools = Array.from({ length: shape.schools }, (_v, i) => ({
    schoolId: `school-${i}`,
    kind: random() < 0.7 ? ('district' as const) : ('city' as const),
    district: pick(districts),
  }));
  // popularity ∝ 1 / (i + 1)^0.7; places follow popularity loosely (a plan is made to the demand it expects)
  const weights = Array.from({ length: shape.majors }, (_v, i) => 1 / Math.pow(i + 1, 0.7));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const totalPlaces = Math.round(shape.students * shape.placesPerStudent);
  const majors = weights.map((w, i) => ({
    schoolId: schools[i % schools.length]?.schoolId ?? 'school-0',
    majorId: `major-${i}`,
    // one major in twenty has no places (a withdrawn brochure stays in the export with 0)
    places: random() < 0.05 ? 0 : Math.round((totalPlaces * (w / weightSum) * (0.4 + random())) / 0.9),
  }));
  const cumulative: number[] = [];
  weights.reduce((sum, w) => {
    cumulative.push(sum + w);
    return sum + w;
  }, 0);
  const popular = (): number => {
    const x = random() * weightSum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const groups = learnerGroupSchema.options;
  const students = Array.from({ length: shape.students }, () => {
    const wanted = Math.min(shape.majors, shape.minChoices + Math.floor(random() * (shape.maxChoices - shape.minChoices + 1)));
    const chosen: number[] = [];
    while (chosen.length < wanted) {
      const m = popular();
      if (!chosen.includes(m)) chosen.push(m);
    }
    const group: LearnerGroup = random() < 0.8 ? 'current-graduate' : pick(groups);
    return {
      studentId: hex(random, 32),
      choices: chosen.map((m) => ({ schoolId: majors[m]?.schoolId ?? '', majorId: majors[m]?.majorId ?? '' })),
      district: pick(districts),
      group,
      ...(random() < shape.scored ? { score: 300 + Math.floor(random() * shape.scoreLevels) } : {}),
    };
  });
  const lotterySeed = hex(random, 64);
  return { schools, majors, students, priorities: shape.priorities, seed: lotterySeed, seedCommitment: seedCommitment(lotterySeed) };
}

export async function allocationRows(): Promise<BenchRow[]> {
  const raw = randomExport(2027, cityShape);
  const input = allocationInputSchema.parse(raw);
  let placed = 0;
  const label = `${cityShape.students.toLocaleString('en')} students × ${cityShape.maxChoices} choices × ${cityShape.majors} majors`;
  const rows: BenchRow[] = [];
  // five runs after one warm-up (bench-row's `time` warms up 20 times: half a minute at this size);
  // the p99 column is the slowest of the five
  const runs = async (n: number, body: () => void) => {
    body();
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = process.hrtime.bigint();
      body();
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    samples.sort((a, b) => a - b);
    return { median: samples[Math.floor(samples.length / 2)] ?? Number.NaN, p99: samples[samples.length - 1] ?? Number.NaN };
  };
  rows.push(
    timed(
      `allocation: ${label}, parse + allocate`,
      await runs(5, () => {
        placed = allocate(allocationInputSchema.parse(raw)).placed;
      }),
      2000,
    ),
  );
  rows.push(timed(`allocation: the same, allocate only (${placed.toLocaleString('en')} placed)`, await runs(5, () => allocate(input)), 2000));
  return rows;
}
