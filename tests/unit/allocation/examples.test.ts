/**
 * R26's allocation on small cases worked out by hand; each expected result is written out in full.
 * The lottery numbers used are those of the published vectors (properties.test.ts): with
 * SEED = 00112233445566778899aabbccddeeff,
 *   S1 = 1111…  → 34,890,059,603,772     S2 = 2222…  → 145,650,885,197,909
 *   S3 = 3333…  → 181,836,264,073,267    S4 = 4444…  → 145,013,120,755,889
 * so by lottery alone the order is S1, S4, S2, S3.
 */
import { allocate, allocationInputSchema, seedCommitment, type AllocationInput, type AllocationStudent, type PriorityOrder } from '../../../shared/allocation';

const SEED = '00112233445566778899aabbccddeeff';
const S1 = '1'.repeat(32);
const S2 = '2'.repeat(32);
const S3 = '3'.repeat(32);
const S4 = '4'.repeat(32);
const LOTTERY = { [S1]: 34_890_059_603_772, [S2]: 145_650_885_197_909, [S3]: 181_836_264_073_267, [S4]: 145_013_120_755_889 };

const schools = [
  { schoolId: 'xinfu-vocational', kind: 'district' as const, district: '忻府区' },
  { schoolId: 'city-technical', kind: 'city' as const, district: '忻府区' },
];
const nursing = { schoolId: 'xinfu-vocational', majorId: 'nursing' };
const welding = { schoolId: 'xinfu-vocational', majorId: 'welding' };
const railway = { schoolId: 'city-technical', majorId: 'railway' };

function student(studentId: string, choices: { schoolId: string; majorId: string }[], extra: Partial<AllocationStudent> = {}): AllocationStudent {
  return { studentId, choices, district: '忻府区', group: 'current-graduate', ...extra };
}

function exportOf(students: AllocationStudent[], places: Record<string, number>, priorities: PriorityOrder): AllocationInput {
  const majors = [nursing, welding, railway].map((m) => ({ ...m, places: places[m.majorId] ?? 0 }));
  return allocationInputSchema.parse({ schools, majors, students, priorities, seed: SEED, seedCommitment: seedCommitment(SEED) });
}

const outcomeOf = (result: ReturnType<typeof allocate>, id: string) => result.students.find((s) => s.studentId === id);
const majorOf = (result: ReturnType<typeof allocate>, majorId: string) => result.majors.find((m) => m.majorId === majorId);

test('R26: a student who loses their first choice keeps the claim of their priority at the second — not "first choices first"', () => {
  // nursing and welding have one place each; the score decides.
  //   S1 (500): nursing, welding    S2 (600): nursing    S3 (400): welding, nursing
  // S2 beats S1 at nursing; S1 goes on to welding, where S1 (500) beats S3 (400) although S3
  // ranked welding first; S3 goes on to nursing and loses to S2. A "first choices first" desk would
  // have given welding to S3 — and punished S1 for ranking nursing, which R26 forbids.
  const result = allocate(
    exportOf(
      [student(S1, [nursing, welding], { score: 500 }), student(S2, [nursing], { score: 600 }), student(S3, [welding, nursing], { score: 400 })],
      { nursing: 1, welding: 1 },
      [{ kind: 'score' }],
    ),
  );
  expect(result.students).toEqual([
    { studentId: S1, offer: { ...welding, rank: 2 }, waiting: [{ ...nursing, rank: 1, position: 1, of: 2, why: 'full-at-higher-priority' }], unplaced: null },
    { studentId: S2, offer: { ...nursing, rank: 1 }, waiting: [], unplaced: null },
    {
      studentId: S3,
      offer: null,
      waiting: [
        { ...welding, rank: 1, position: 1, of: 1, why: 'full-at-higher-priority' },
        { ...nursing, rank: 2, position: 2, of: 2, why: 'full-at-higher-priority' },
      ],
      unplaced: 'every-choice-full',
    },
  ]);
  expect(result.majors).toEqual([
    { ...railway, places: 0, filled: 0, admitted: [], waiting: 0, lastAdmitted: null },
    {
      ...nursing,
      places: 1,
      filled: 1,
      admitted: [S2],
      waiting: 2,
      lastAdmitted: [
        { criterion: 'score', value: 600 },
        { criterion: 'lottery', value: LOTTERY[S2] },
      ],
    },
    {
      ...welding,
      places: 1,
      filled: 1,
      admitted: [S1],
      waiting: 1,
      lastAdmitted: [
        { criterion: 'score', value: 500 },
        { criterion: 'lottery', value: LOTTERY[S1] },
      ],
    },
  ]);
  expect([result.placed, result.unplaced]).toEqual([2, 1]);
});

test('R26: own district first — a district school prefers its district over a higher score, a city school does not; the order of the menu decides', () => {
  // S1 from 忻府区 (450) and S2 from 原平市 (520) both rank nursing (忻府区's district school), then railway (a city school); one place each
  const students = [student(S1, [nursing, railway], { score: 450 }), student(S2, [nursing, railway], { district: '原平市', score: 520 })];
  const districtFirst = allocate(exportOf(students, { nursing: 1, railway: 1 }, [{ kind: 'ownDistrict' }, { kind: 'score' }]));
  expect(districtFirst.students.map((s) => [s.studentId, s.offer?.majorId])).toEqual([
    [S1, 'nursing'],
    [S2, 'railway'],
  ]);
  expect(majorOf(districtFirst, 'nursing')?.lastAdmitted).toEqual([
    { criterion: 'ownDistrict', value: true },
    { criterion: 'score', value: 450 },
    { criterion: 'lottery', value: LOTTERY[S1] },
  ]);
  // at the city school the district does not count: `null`, not `false`
  expect(majorOf(districtFirst, 'railway')?.lastAdmitted?.[0]).toEqual({ criterion: 'ownDistrict', value: null });

  const scoreFirst = allocate(exportOf(students, { nursing: 1, railway: 1 }, [{ kind: 'score' }, { kind: 'ownDistrict' }]));
  expect(scoreFirst.students.map((s) => [s.studentId, s.offer?.majorId])).toEqual([
    [S1, 'railway'],
    [S2, 'nursing'],
  ]);

  // both rank the city school first: there the score decides even with the district first on the menu
  const cityFirst = allocate(
    exportOf(
      [student(S1, [railway, nursing], { score: 450 }), student(S2, [railway, nursing], { district: '原平市', score: 520 })],
      { nursing: 1, railway: 1 },
      [{ kind: 'ownDistrict' }, { kind: 'score' }],
    ),
  );
  expect(cityFirst.students.map((s) => [s.studentId, s.offer?.majorId])).toEqual([
    [S1, 'nursing'],
    [S2, 'railway'],
  ]);
});

test("R26: learner groups in the season's order, groups not named after them, then the score; a student without a score after every score", () => {
  // welding, 2 places. S1 a veteran without a score; S2 current graduate 700; S3 earlier graduate 650; S4 current graduate, no score.
  // Order [veteran], then score: S1 (veteran) first; the others share the last group place: S2 (700), S3 (650), then S4 (no score)
  const result = allocate(
    exportOf(
      [
        student(S1, [welding], { group: 'veteran' }),
        student(S2, [welding], { score: 700 }),
        student(S3, [welding], { group: 'earlier-graduate', score: 650 }),
        student(S4, [welding]),
      ],
      { welding: 2 },
      [{ kind: 'learnerGroup', order: ['veteran'] }, { kind: 'score' }],
    ),
  );
  expect(majorOf(result, 'welding')).toEqual({
    ...welding,
    places: 2,
    filled: 2,
    admitted: [S1, S2],
    waiting: 2,
    lastAdmitted: [
      { criterion: 'learnerGroup', value: 'current-graduate', position: 2 },
      { criterion: 'score', value: 700 },
      { criterion: 'lottery', value: LOTTERY[S2] },
    ],
  });
  expect(outcomeOf(result, S3)?.waiting).toEqual([{ ...welding, rank: 1, position: 1, of: 2, why: 'full-at-higher-priority' }]);
  expect(outcomeOf(result, S4)?.waiting).toEqual([{ ...welding, rank: 1, position: 2, of: 2, why: 'full-at-higher-priority' }]);
});

test('R26: with no priorities the lottery alone decides — the smaller number first (S1, S4, S2, S3 under the published seed)', () => {
  const result = allocate(
    exportOf(
      [S3, S2, S4, S1].map((id) => student(id, [nursing])),
      { nursing: 2 },
      [],
    ),
  );
  expect(majorOf(result, 'nursing')?.admitted).toEqual([S1, S4]);
  expect(majorOf(result, 'nursing')?.lastAdmitted).toEqual([{ criterion: 'lottery', value: LOTTERY[S4] }]);
  expect(result.students.map((s) => [s.studentId, s.offer?.majorId ?? null, s.waiting[0]?.position ?? null])).toEqual([
    [S1, 'nursing', null],
    [S2, null, 1],
    [S3, null, 2],
    [S4, 'nursing', null],
  ]);
});

test('R26: a major with no places says so; a student with places left on a lower choice gets it', () => {
  // railway has 0 places (its brochure was withdrawn: the export keeps it with 0, see schema.ts)
  const result = allocate(exportOf([student(S1, [railway]), student(S2, [railway, welding])], { welding: 1 }, []));
  expect(outcomeOf(result, S1)).toEqual({
    studentId: S1,
    offer: null,
    waiting: [{ ...railway, rank: 1, position: 1, of: 2, why: 'no-places' }],
    unplaced: 'every-choice-full',
  });
  expect(outcomeOf(result, S2)).toEqual({
    studentId: S2,
    offer: { ...welding, rank: 2 },
    waiting: [{ ...railway, rank: 1, position: 2, of: 2, why: 'no-places' }],
    unplaced: null,
  });
});

test('R26: an empty export allocates nothing and fails nothing', () => {
  const result = allocate(exportOf([], { nursing: 3 }, [{ kind: 'score' }]));
  expect(result).toEqual({
    students: [],
    majors: [
      { ...railway, places: 0, filled: 0, admitted: [], waiting: 0, lastAdmitted: null },
      { ...nursing, places: 3, filled: 0, admitted: [], waiting: 0, lastAdmitted: null },
      { ...welding, places: 0, filled: 0, admitted: [], waiting: 0, lastAdmitted: null },
    ],
    placed: 0,
    unplaced: 0,
  });
});
