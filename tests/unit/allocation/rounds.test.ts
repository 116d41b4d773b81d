/**
 * R26's later rounds: places that families declined, let expire, or that a school refused go to those
 * waiting; kept offers are kept or improved, never lost; a declined choice is never offered again.
 */
import {
  allocate,
  allocationInputSchema,
  nextRound,
  roundInputSchema,
  seedCommitment,
  type AllocationInput,
  type Decision,
  type OfferStatus,
  type RoundInput,
} from '../../../shared/allocation';
import { prng, randomExport } from '../../../scripts/bench-allocation';
import { keyOf, referenceCompare } from './reference';

const SEED = '00112233445566778899aabbccddeeff';
const S1 = '1'.repeat(32);
const S2 = '2'.repeat(32);
const S3 = '3'.repeat(32);
const nursing = { schoolId: 'xinfu-vocational', majorId: 'nursing' };
const welding = { schoolId: 'xinfu-vocational', majorId: 'welding' };

/** examples.test.ts's first case: S1 (500) nursing, welding · S2 (600) nursing · S3 (400) welding, nursing; one place each. */
const firstCase: AllocationInput = allocationInputSchema.parse({
  schools: [{ schoolId: 'xinfu-vocational', kind: 'district', district: '忻府区' }],
  majors: [
    { ...nursing, places: 1 },
    { ...welding, places: 1 },
  ],
  students: [
    { studentId: S1, choices: [nursing, welding], district: '忻府区', group: 'current-graduate', score: 500 },
    { studentId: S2, choices: [nursing], district: '忻府区', group: 'current-graduate', score: 600 },
    { studentId: S3, choices: [welding, nursing], district: '忻府区', group: 'current-graduate', score: 400 },
  ],
  priorities: [{ kind: 'score' }],
  seed: SEED,
  seedCommitment: seedCommitment(SEED),
});

const round = (input: AllocationInput, decisions: Decision[]) => nextRound(roundInputSchema.parse({ ...input, decisions }));
const summary = (result: ReturnType<typeof nextRound>) =>
  result.students.map((s) => [s.studentId, s.offer ? `${s.offer.majorId} #${s.offer.rank}` : s.unplaced, s.change]);

test('R26: round 1 gave S2 nursing, S1 welding (waiting 1st on nursing), S3 nothing', () => {
  expect(allocate(firstCase).students.map((s) => [s.studentId, s.offer?.majorId ?? null])).toEqual([
    [S1, 'welding'],
    [S2, 'nursing'],
    [S3, null],
  ]);
});

test('R26: S2 declines nursing — S1, first on its waiting list, moves up from welding (released for the commit), and S3 gets welding', () => {
  const result = round(firstCase, [
    { studentId: S1, ...welding, status: 'accepted' },
    { studentId: S2, ...nursing, status: 'declined' },
  ]);
  expect(summary(result)).toEqual([
    [S1, 'nursing #1', 'moved'],
    [S2, 'no-choices-left', 'none'],
    [S3, 'welding #1', 'new'],
  ]);
  expect(result.students[0]?.previous).toEqual({ ...welding, rank: 2 });
  expect(result.majors.map((m) => [m.majorId, m.filled, m.admitted])).toEqual([
    ['nursing', 1, [S1]],
    ['welding', 1, [S3]],
  ]);
});

test('R26: an offer left to expire is released like a declined one', () => {
  const result = round(firstCase, [
    { studentId: S1, ...welding, status: 'held' },
    { studentId: S2, ...nursing, status: 'expired' },
  ]);
  expect(summary(result)).toEqual([
    [S1, 'nursing #1', 'moved'],
    [S2, 'no-choices-left', 'none'],
    [S3, 'welding #1', 'new'],
  ]);
});

test('R26: a school refuses S1 at welding (a stated reason) — the place goes back to S3; S1 still waits on nursing, which S2 keeps', () => {
  const result = round(firstCase, [
    { studentId: S1, ...welding, status: 'refused' },
    { studentId: S2, ...nursing, status: 'accepted' },
  ]);
  expect(summary(result)).toEqual([
    [S1, 'every-choice-full', 'none'],
    [S2, 'nursing #1', 'kept'],
    [S3, 'welding #1', 'new'],
  ]);
  expect(result.students[0]?.waiting).toEqual([{ ...nursing, rank: 1, position: 1, of: 1, why: 'full-at-higher-priority' }]);
  // nobody was admitted to nursing by this round's priorities: S2 kept an earlier offer
  expect(result.majors[0]?.lastAdmitted).toBeNull();
});

/** The same three students, with nursing taught at another school (one place each). */
const healthNursing = { schoolId: 'xinzhou-health', majorId: 'nursing' };
const twoSchools: AllocationInput = allocationInputSchema.parse({
  ...firstCase,
  schools: [...firstCase.schools, { schoolId: 'xinzhou-health', kind: 'city', district: '忻府区' }],
  majors: [
    { ...healthNursing, places: 1 },
    { ...welding, places: 1 },
  ],
  students: firstCase.students.map((st) => ({ ...st, choices: st.choices.map((c) => (c.majorId === 'nursing' ? healthNursing : c)) })),
});

test('R26: a declined choice is never offered again, nor one ranked below it, even when its place comes free; a choice ranked above it at another school is still waited on', () => {
  // S1 declines welding (their 2nd): they wait only on nursing, at the other school; S2 then declines nursing too
  const result = round(twoSchools, [
    { studentId: S1, ...welding, status: 'declined' },
    { studentId: S2, ...healthNursing, status: 'declined' },
  ]);
  expect(summary(result)).toEqual([
    [S1, 'nursing #1', 'new'],
    [S2, 'no-choices-left', 'none'],
    [S3, 'welding #1', 'new'],
  ]);
  const again = round(twoSchools, [
    { studentId: S1, ...healthNursing, status: 'declined' },
    { studentId: S1, ...welding, status: 'declined' },
    { studentId: S2, ...healthNursing, status: 'accepted' },
  ]);
  expect(summary(again)).toEqual([
    [S1, 'no-choices-left', 'none'],
    [S2, 'nursing #1', 'kept'],
    [S3, 'welding #1', 'new'],
  ]);
});

test("R26: a family that gave up a school's admission is not offered another of its majors, even one ranked above — the place goes to the next student waiting on it", () => {
  // S1 declines welding (their 2nd) at the school that also teaches their 1st, nursing; S2 declines nursing
  const result = round(firstCase, [
    { studentId: S1, ...welding, status: 'declined' },
    { studentId: S2, ...nursing, status: 'declined' },
  ]);
  // nursing's place is free, but S1 gave the school up: S3 (nursing 2nd) is not placed there either, having welding, ranked above
  expect(summary(result)).toEqual([
    [S1, 'no-choices-left', 'none'],
    [S2, 'no-choices-left', 'none'],
    [S3, 'welding #1', 'new'],
  ]);
  // an offer left to expire is given up the same way
  expect(summary(round(firstCase, [{ studentId: S1, ...welding, status: 'expired' }]))[0]).toEqual([S1, 'no-choices-left', 'none']);
});

test('R26: raised places go to the waiting lists in priority order', () => {
  const raised = {
    ...firstCase,
    majors: [
      { ...nursing, places: 2 },
      { ...welding, places: 1 },
    ],
  };
  const result = round(raised, [
    { studentId: S1, ...welding, status: 'accepted' },
    { studentId: S2, ...nursing, status: 'accepted' },
  ]);
  // S1 (500) is first on nursing's list: moves up; welding comes free for S3
  expect(summary(result)).toEqual([
    [S1, 'nursing #1', 'moved'],
    [S2, 'nursing #1', 'kept'],
    [S3, 'welding #1', 'new'],
  ]);
});

// ---- random instances ----

const INSTANCES = 200;
const statuses: OfferStatus[] = ['held', 'accepted', 'declined', 'expired', 'refused'];

function randomRound(seed: number): { first: ReturnType<typeof allocate>; input: RoundInput } {
  const random = prng(seed * 104_729 + 5);
  const majors = 2 + Math.floor(random() * 6);
  const export1 = allocationInputSchema.parse(
    randomExport(seed + 50_000, {
      students: 4 + Math.floor(random() * 30),
      majors,
      schools: 1 + Math.floor(random() * 3),
      districts: 1 + Math.floor(random() * 3),
      minChoices: 1,
      maxChoices: Math.min(majors, 4),
      placesPerStudent: 0.3 + random() * 0.7,
      priorities: random() < 0.5 ? [{ kind: 'ownDistrict' }, { kind: 'score' }] : [{ kind: 'learnerGroup', order: ['veteran', 'rural-youth'] }],
      scored: 0.7,
      scoreLevels: 4,
    }),
  );
  const first = allocate(export1);
  const decisions: Decision[] = first.students.flatMap((s) =>
    s.offer
      ? [{ studentId: s.studentId, schoolId: s.offer.schoolId, majorId: s.offer.majorId, status: statuses[Math.floor(random() * statuses.length)] ?? 'held' }]
      : [],
  );
  // sometimes the bureau raises a plan, sometimes a family withdraws its form
  const majorsNow = export1.majors.map((m) => ({ ...m, places: m.places + (random() < 0.2 ? 1 : 0) }));
  const studentsNow = export1.students.filter(() => random() > 0.05);
  return { first, input: roundInputSchema.parse({ ...export1, majors: majorsNow, students: studentsNow, decisions }) };
}

const rounds = Array.from({ length: INSTANCES }, (_v, i) => ({ seed: i, ...randomRound(i) }));

test(`R26: in a next round kept offers are kept or improved, released choices are never offered again, no major goes over its places, each student holds at most one offer (${INSTANCES} instances)`, () => {
  let moved = 0;
  let filledFromLists = 0;
  for (const { seed, input } of rounds) {
    const result = nextRound(input);
    const statusOf = new Map(input.decisions.map((d) => [`${d.studentId}|${keyOf(d)}`, d.status]));
    const admitted = new Set<string>();
    for (const major of result.majors) {
      expect(major.filled).toBeLessThanOrEqual(major.places);
      for (const id of major.admitted) {
        expect(admitted.has(id)).toBe(false);
        admitted.add(id);
      }
    }
    for (const outcome of result.students) {
      const student = input.students.find((s) => s.studentId === outcome.studentId);
      if (!student) throw new Error(`instance ${seed}: a student not in the export`);
      const ranks = student.choices.map((c) => statusOf.get(`${student.studentId}|${keyOf(c)}`));
      const keptRank = ranks.findIndex((st) => st === 'held' || st === 'accepted');
      const declinedRank = ranks.findIndex((st) => st === 'declined' || st === 'expired');
      if (keptRank >= 0) {
        expect(outcome.offer).not.toBeNull();
        expect(outcome.offer?.rank).toBeLessThanOrEqual(keptRank + 1);
        expect(outcome.previous?.rank).toBe(keptRank + 1);
        if ((outcome.offer?.rank ?? 0) < keptRank + 1) moved += 1;
      }
      if (outcome.offer) {
        expect(ranks[outcome.offer.rank - 1] === 'declined' || ranks[outcome.offer.rank - 1] === 'expired' || ranks[outcome.offer.rank - 1] === 'refused').toBe(
          false,
        );
        if (declinedRank >= 0) expect(outcome.offer.rank - 1).toBeLessThan(declinedRank);
        const givenUp = student.choices.filter((_c, rank) => ranks[rank] === 'declined' || ranks[rank] === 'expired').map((c) => c.schoolId);
        expect(givenUp).not.toContain(outcome.offer.schoolId);
        if (outcome.change === 'new') filledFromLists += 1;
      }
    }
  }
  // the instances exercise what they claim to
  expect(moved).toBeGreaterThan(20);
  expect(filledFromLists).toBeGreaterThan(50);
});

test(`R26: a next round is stable on what is still in play — a student waiting on a major is behind everyone admitted there except those keeping an earlier offer (${INSTANCES} instances)`, () => {
  for (const { seed, input } of rounds) {
    const result = nextRound(input);
    const byId = new Map(input.students.map((s) => [s.studentId, s]));
    const kept = new Set(input.decisions.filter((d) => d.status === 'held' || d.status === 'accepted').map((d) => `${d.studentId}|${keyOf(d)}`));
    const majors = new Map(result.majors.map((m) => [keyOf(m), m]));
    for (const outcome of result.students) {
      const student = byId.get(outcome.studentId);
      if (!student) continue;
      for (const w of outcome.waiting) {
        const major = majors.get(keyOf(w));
        if (!major) throw new Error(`instance ${seed}: unknown major`);
        expect(major.filled).toBe(major.places);
        for (const other of major.admitted) {
          if (kept.has(`${other}|${keyOf(w)}`)) continue;
          const admitted = byId.get(other);
          if (admitted && referenceCompare(input, w, admitted, student) > 0)
            throw new Error(`instance ${seed}: ${student.studentId} waits on ${keyOf(w)} behind ${other} of lower priority`);
        }
      }
    }
  }
});

test(`R26: a round where every offer is still held changes nothing (${INSTANCES} instances)`, () => {
  for (const { input } of rounds) {
    const now = allocate(input);
    const held: Decision[] = now.students.flatMap((s) =>
      s.offer ? [{ studentId: s.studentId, schoolId: s.offer.schoolId, majorId: s.offer.majorId, status: 'held' as const }] : [],
    );
    const result = nextRound(roundInputSchema.parse({ ...input, decisions: held }));
    expect(result.students.map((s) => s.offer)).toEqual(now.students.map((s) => s.offer));
    expect(result.students.every((s) => s.change === (s.offer ? 'kept' : 'none'))).toBe(true);
  }
});
