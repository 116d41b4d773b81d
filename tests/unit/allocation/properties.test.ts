/**
 * R26's allocation on random instances. Every instance comes from a numbered seed of a small PRNG
 * (scripts/bench-allocation.ts), so a failure names the instance that reproduces it.
 */
import { createHash } from 'node:crypto';
import {
  allocate,
  allocationInputSchema,
  lotteryNumber,
  seedCommitment,
  seedMatchesCommitment,
  sha256Hex,
  type AllocationInput,
  type PriorityCriterion,
  type PriorityOrder,
} from '../../../shared/allocation';
import { learnerGroupSchema } from '../../../shared/choice-form';
import { prng, randomExport, type ExportShape } from '../../../scripts/bench-allocation';
import { blockingPairs, keyOf, naiveDeferredAcceptance, orderedSelections, referenceCompare, referenceLottery, trueRank } from './reference';

/** A season's priorities drawn from the fixed menu: some of the criteria, in some order. */
function randomPriorities(random: () => number): PriorityOrder {
  const groups = learnerGroupSchema.options.filter(() => random() < 0.3);
  const menu: PriorityCriterion[] = [{ kind: 'ownDistrict' }, { kind: 'learnerGroup', order: groups.length ? groups : ['veteran'] }, { kind: 'score' }];
  return menu.filter(() => random() < 0.6).sort(() => random() - 0.5);
}

/** A small instance: few places, many ties on score, so priorities, lottery and rejections all matter. */
function smallInstance(seed: number): AllocationInput {
  const random = prng(seed * 7919 + 1);
  const majors = 2 + Math.floor(random() * 7);
  const shape: ExportShape = {
    students: 3 + Math.floor(random() * 38),
    majors,
    schools: 1 + Math.floor(random() * 4),
    districts: 1 + Math.floor(random() * 3),
    minChoices: 1,
    maxChoices: Math.min(majors, 1 + Math.floor(random() * 4)),
    placesPerStudent: 0.3 + random() * 0.9,
    priorities: randomPriorities(random),
    scored: random(),
    scoreLevels: 1 + Math.floor(random() * 6),
  };
  return allocationInputSchema.parse(randomExport(seed, shape));
}

const INSTANCES = 400;
const instances = Array.from({ length: INSTANCES }, (_v, i) => ({ seed: i, input: smallInstance(i) }));

/** Runs `check` on every instance; a failure names the instance's seed. */
function everyInstance(check: (input: AllocationInput) => void) {
  for (const { seed, input } of instances) {
    try {
      check(input);
    } catch (error) {
      throw new Error(`instance ${seed}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

test('the instances are varied: places run out, majors with 0 places, priorities of every kind', () => {
  const results = instances.map(({ input }) => allocate(input));
  expect(results.filter((r) => r.unplaced > 0).length).toBeGreaterThan(INSTANCES / 4);
  expect(results.filter((r) => r.students.some((s) => s.offer && s.offer.rank > 1)).length).toBeGreaterThan(INSTANCES / 4);
  expect(instances.filter(({ input }) => input.majors.some((m) => m.places === 0)).length).toBeGreaterThan(10);
  for (const kind of ['ownDistrict', 'learnerGroup', 'score'] as const)
    expect(instances.filter(({ input }) => input.priorities.some((c) => c.kind === kind)).length).toBeGreaterThan(INSTANCES / 4);
});

test(`R26: no blocking pair — no student prefers a major with a free place or one that admitted a lower priority (${INSTANCES} instances)`, () => {
  everyInstance((input) => expect(blockingPairs(input, allocate(input))).toEqual([]));
});

test(`R26: no major over its places, each student at most one offer, the offers and the admitted lists agree (${INSTANCES} instances)`, () => {
  everyInstance((input) => {
    const result = allocate(input);
    const admittedTo = new Map<string, string>();
    for (const major of result.majors) {
      expect(major.filled).toBeLessThanOrEqual(major.places);
      expect(major.admitted).toHaveLength(major.filled);
      for (const id of major.admitted) {
        expect(admittedTo.has(id)).toBe(false);
        admittedTo.set(id, keyOf(major));
      }
    }
    expect(result.students).toHaveLength(input.students.length);
    for (const outcome of result.students) {
      expect(outcome.offer ? keyOf(outcome.offer) : undefined).toBe(admittedTo.get(outcome.studentId));
      expect(outcome.unplaced === null).toBe(outcome.offer !== null);
      const student = input.students.find((s) => s.studentId === outcome.studentId);
      if (outcome.offer) expect(keyOf(student?.choices[outcome.offer.rank - 1] ?? { schoolId: '', majorId: '' })).toBe(keyOf(outcome.offer));
    }
    expect(result.placed).toBe(admittedTo.size);
    expect(result.placed + result.unplaced).toBe(input.students.length);
  });
});

test(`R26: the result is the student-optimal stable matching — the same as a naive deferred acceptance re-sorting every list (${INSTANCES} instances)`, () => {
  everyInstance((input) => {
    const result = allocate(input);
    const naive = naiveDeferredAcceptance(input);
    for (const outcome of result.students) expect(outcome.offer ? keyOf(outcome.offer) : null).toBe(naive.get(outcome.studentId));
  });
});

test("R26: ranking one's true preference never costs a place — sampled misreports (reorderings, truncations, another major) do not help", () => {
  let misreports = 0;
  let students = 0;
  for (const { seed, input } of instances.slice(0, 200)) {
    const truthful = allocate(input);
    const random = prng(seed + 100_000);
    // three students per instance, the first of them often one who did not get their first choice
    const sampled = new Set([
      truthful.students.find((s) => s.offer?.rank !== 1)?.studentId,
      ...[0, 1].map(() => input.students[Math.floor(random() * input.students.length)]?.studentId),
    ]);
    for (const id of sampled) {
      const truth = input.students.find((s) => s.studentId === id);
      if (!truth) continue;
      students += 1;
      const honest = trueRank(truth, truthful.students.find((s) => s.studentId === id)?.offer ?? null);
      const other = input.majors.find((m) => !truth.choices.some((c) => keyOf(c) === keyOf(m)));
      const pool = [...truth.choices.slice(0, 4), ...(other ? [{ schoolId: other.schoolId, majorId: other.majorId }] : [])];
      for (const list of orderedSelections(pool, 4)) {
        if (list.length === 0) continue;
        misreports += 1;
        const lied = allocate({ ...input, students: input.students.map((s) => (s.studentId === id ? { ...s, choices: list } : s)) });
        const got = trueRank(truth, lied.students.find((s) => s.studentId === id)?.offer ?? null);
        if (got < honest) throw new Error(`instance ${seed}: student ${id} gains by ranking ${list.map(keyOf).join(', ')}`);
      }
    }
  }
  expect(students).toBeGreaterThan(500);
  expect(misreports).toBeGreaterThan(12_000);
});

test(`R26: the same inputs and seed give the same result, whatever the order of the students, majors and schools (${INSTANCES} instances)`, () => {
  everyInstance((input) => {
    const random = prng(input.students.length * 31 + input.majors.length);
    const shuffled = <T>(items: T[]) =>
      items
        .map((item) => ({ item, k: random() }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.item);
    const again = { ...input, students: shuffled(input.students), majors: shuffled(input.majors), schools: shuffled(input.schools) };
    expect(JSON.stringify(allocate(again))).toBe(JSON.stringify(allocate(input)));
  });
});

test('R26: a different seed draws other lottery numbers: on the same export, it changes some outcome', () => {
  const changed = instances.slice(0, 100).filter(({ input }) => {
    const other = '1'.repeat(64);
    return JSON.stringify(allocate({ ...input, seed: other, seedCommitment: seedCommitment(other) }).students) !== JSON.stringify(allocate(input).students);
  });
  expect(changed.length).toBeGreaterThan(20);
});

test(`R26: the waiting lists — numbered 1…n by priority at the major, everyone waiting after everyone admitted; the last admitted is the weakest admitted (${INSTANCES} instances)`, () => {
  everyInstance((input) => {
    const result = allocate(input);
    const byId = new Map(input.students.map((s) => [s.studentId, s]));
    for (const major of result.majors) {
      const waiting = result.students.flatMap((o) => o.waiting.filter((w) => keyOf(w) === keyOf(major)).map((w) => ({ id: o.studentId, ...w })));
      expect(waiting).toHaveLength(major.waiting);
      const byPosition = waiting.slice().sort((a, b) => a.position - b.position);
      expect(byPosition.map((w) => w.position)).toEqual(waiting.map((_w, i) => i + 1));
      for (const w of waiting) expect(w.of).toBe(waiting.length);
      for (const w of waiting) expect(w.why).toBe(major.places === 0 ? 'no-places' : 'full-at-higher-priority');
      const students = (ids: string[]) => ids.map((id) => byId.get(id) ?? input.students[0]!);
      const order = (ids: string[]) =>
        students(ids)
          .slice()
          .sort((a, b) => referenceCompare(input, major, a, b))
          .map((s) => s.studentId);
      expect(byPosition.map((w) => w.id)).toEqual(order(byPosition.map((w) => w.id)));
      expect(major.admitted).toEqual(order(major.admitted));
      const weakest = byId.get(major.admitted[major.admitted.length - 1] ?? '');
      if (!weakest) expect(major.lastAdmitted).toBeNull();
      else {
        expect(major.lastAdmitted?.[major.lastAdmitted.length - 1]).toEqual({ criterion: 'lottery', value: referenceLottery(input.seed, weakest.studentId) });
        expect(major.lastAdmitted?.map((e) => e.criterion)).toEqual([...input.priorities.map((c) => c.kind), 'lottery']);
        const bestWaiting = byId.get(byPosition[0]?.id ?? '');
        if (bestWaiting) expect(referenceCompare(input, major, weakest, bestWaiting)).toBeLessThan(0);
      }
    }
  });
});

test('R26: the lottery is recomputable from the published seed — every number is the published formula, by node:crypto', () => {
  let checked = 0;
  for (const { input } of instances.slice(0, 50)) {
    for (const s of input.students) {
      expect(lotteryNumber(input.seed, s.studentId)).toBe(parseInt(createHash('sha256').update(`${input.seed}:${s.studentId}`).digest('hex').slice(0, 12), 16));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(500);
  // published test vectors: anyone implementing the formula elsewhere must get these numbers
  // (computed once with `printf '%s' "$seed:$id" | openssl dgst -sha256`, first 12 hex digits)
  const seed = '00112233445566778899aabbccddeeff';
  expect(lotteryNumber(seed, '0123456789abcdef0123456789abcdef')).toBe(224_567_515_823_153); // cc3e33023c31…
  expect(lotteryNumber(seed, 'fedcba9876543210fedcba9876543210')).toBe(96_207_011_238_636); // 577ff0bad2ec…
});

test("R26: the seed's commitment — the hash published before the deadline matches the seed revealed after it, and no other seed", () => {
  const seed = 'a'.repeat(64);
  const commitment = seedCommitment(seed);
  expect(commitment).toBe(createHash('sha256').update(`zz-allocation-seed:${seed}`).digest('hex'));
  expect(seedMatchesCommitment(seed, commitment)).toBe(true);
  expect(seedMatchesCommitment(seed, commitment.toUpperCase())).toBe(true);
  expect(seedMatchesCommitment('b'.repeat(64), commitment)).toBe(false);
  // the allocation refuses to run on a seed that is not the committed one
  const input = instances[0]!.input;
  const parsed = allocationInputSchema.safeParse({ ...input, seed: 'b'.repeat(64) });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['seed']);
});

test("the module's SHA-256 is node:crypto's, byte for byte: empty, ASCII, Chinese, astral, lone surrogates, every length around the block edges", () => {
  const random = prng(42);
  const alphabet = ['a', 'Z', '0', ':', '中', '职', '录', '😀', '\u00e9', '\ud800', '\udfff', '\u0000', '\n'];
  const texts = ['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '统一录取'];
  for (let length = 0; length < 200; length++) texts.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
  for (let length = 50; length < 140; length++) texts.push('x'.repeat(length));
  for (const text of texts) expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('a city-sized export (2,000 students, 60 majors, 6 choices) is stable too', () => {
  const input = allocationInputSchema.parse(
    randomExport(7, {
      students: 2000,
      majors: 60,
      schools: 12,
      districts: 4,
      minChoices: 6,
      maxChoices: 6,
      placesPerStudent: 0.8,
      priorities: [{ kind: 'learnerGroup', order: ['veteran'] }, { kind: 'ownDistrict' }, { kind: 'score' }],
      scored: 0.8,
      scoreLevels: 50,
    }),
  );
  const result = allocate(input);
  expect(result.unplaced).toBeGreaterThan(0);
  expect(blockingPairs(input, result)).toEqual([]);
  const naive = naiveDeferredAcceptance(input);
  for (const outcome of result.students) expect(outcome.offer ? keyOf(outcome.offer) : null).toBe(naive.get(outcome.studentId));
});
