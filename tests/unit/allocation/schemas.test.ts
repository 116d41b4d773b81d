/**
 * Hostile and broken exports, refused by the allocation's schemas before anything is allocated.
 * Decided: a choice naming a major that is not in the export is REFUSED, not ignored — ignoring it
 * would move the student's later choices up without a trace in the export, so the published result
 * could not be explained from the published inputs. A major that may not admit is exported with 0
 * places instead (examples.test.ts: "no places").
 */
import { allocationInputSchema, roundInputSchema, seedCommitment, type AllocationInput } from '../../../shared/allocation';

const SEED = 'c0ffee'.repeat(6);
const id = (n: number) => n.toString(16).padStart(32, '0');
const a = { schoolId: 'school-a', majorId: 'nursing' };
const b = { schoolId: 'school-a', majorId: 'welding' };

function valid(): AllocationInput {
  return {
    schools: [{ schoolId: 'school-a', kind: 'district', district: '忻府区' }],
    majors: [
      { ...a, places: 2 },
      { ...b, places: 1 },
    ],
    students: [
      { studentId: id(1), choices: [a, b], district: '忻府区', group: 'current-graduate', score: 500 },
      { studentId: id(2), choices: [b], district: '原平市', group: 'veteran' },
    ],
    priorities: [{ kind: 'ownDistrict' }, { kind: 'learnerGroup', order: ['veteran'] }, { kind: 'score' }],
    seed: SEED,
    seedCommitment: seedCommitment(SEED),
  };
}

/** The paths of the issues a broken export is refused with (empty: accepted). */
function refusedAt(change: (input: AllocationInput) => unknown): string[] {
  const result = allocationInputSchema.safeParse(change(valid()));
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path.join('.')))];
}

const withStudent = (input: AllocationInput, changes: Record<string, unknown>) => ({
  ...input,
  students: [{ ...input.students[0], ...changes }, ...input.students.slice(1)],
});

test('a valid export is accepted', () => {
  expect(refusedAt((x) => x)).toEqual([]);
});

test('R26: a repeated choice is refused, not merged — the order is the preference, and a repeat has none', () => {
  expect(refusedAt((x) => withStudent(x, { choices: [a, b, a] }))).toEqual(['students.0.choices']);
});

test('R26: more than 6 choices, or none, are refused', () => {
  const seven = Array.from({ length: 7 }, (_v, i) => ({ schoolId: 'school-a', majorId: `m${i}` }));
  const majors = seven.map((m) => ({ ...m, places: 1 }));
  expect(refusedAt((x) => ({ ...withStudent(x, { choices: seven }), majors: [...x.majors, ...majors] }))).toEqual(['students.0.choices']);
  expect(refusedAt((x) => withStudent(x, { choices: [] }))).toEqual(['students.0.choices']);
});

test('R25: negative, fractional or absurd places are refused', () => {
  for (const places of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9, '3']) {
    expect(refusedAt((x) => ({ ...x, majors: [{ ...a, places }, x.majors[1]] }))).toEqual(['majors.0.places']);
  }
});

test("R26: a choice of a major not in the export is refused (see the file's note), as are a major of an unknown school and repeated majors, schools and students", () => {
  expect(refusedAt((x) => withStudent(x, { choices: [a, { schoolId: 'school-a', majorId: 'cooking' }] }))).toEqual(['students.0.choices.1']);
  expect(refusedAt((x) => withStudent(x, { choices: [{ schoolId: 'school-b', majorId: 'nursing' }] }))).toEqual(['students.0.choices.0']);
  expect(refusedAt((x) => ({ ...x, majors: [...x.majors, { schoolId: 'school-z', majorId: 'x', places: 1 }] }))).toEqual(['majors.2.schoolId']);
  expect(refusedAt((x) => ({ ...x, majors: [...x.majors, { ...a, places: 5 }] }))).toEqual(['majors.2']);
  expect(refusedAt((x) => ({ ...x, schools: [...x.schools, { schoolId: 'school-a', kind: 'city', district: '原平市' }] }))).toEqual(['schools.1.schoolId']);
  expect(refusedAt((x) => ({ ...x, students: [...x.students, { ...x.students[1] }] }))).toEqual(['students.2.studentId']);
});

test('a student id must be a hash: a name, an ID number, upper case or a short code are refused', () => {
  for (const studentId of ['张三', '11010120000101123X', '110101200001011234', id(0xabcdef).toUpperCase(), 'abc123', `${id(1)}\u0000`, id(1) + 'g']) {
    expect(refusedAt((x) => withStudent(x, { studentId }))).toEqual(['students.0.studentId']);
  }
});

test('the priorities come only from the fixed menu, each once; the lottery is always last and not on the menu', () => {
  expect(refusedAt((x) => ({ ...x, priorities: [{ kind: 'lottery' }] }))).toEqual(['priorities.0.kind']);
  expect(refusedAt((x) => ({ ...x, priorities: [{ kind: 'score' }, { kind: 'score' }] }))).toEqual(['priorities']);
  expect(refusedAt((x) => ({ ...x, priorities: [{ kind: 'learnerGroup', order: ['veteran', 'veteran'] }] }))).toEqual(['priorities.0.order']);
  expect(refusedAt((x) => ({ ...x, priorities: [{ kind: 'learnerGroup', order: ['mayor'] }] }))).toEqual(['priorities.0.order.0']);
  expect(refusedAt((x) => ({ ...x, priorities: [{ kind: 'learnerGroup', order: [] }] }))).toEqual(['priorities.0.order']);
});

test('R26: a seed that is short, not hex, or not the one committed to is refused', () => {
  expect(refusedAt((x) => ({ ...x, seed: 'abc', seedCommitment: seedCommitment('abc') }))).toEqual(['seed']);
  expect(refusedAt((x) => ({ ...x, seed: 'z'.repeat(32), seedCommitment: seedCommitment('z'.repeat(32)) }))).toEqual(['seed']);
  expect(refusedAt((x) => ({ ...x, seed: 'd'.repeat(32) }))).toEqual(['seed']);
  expect(refusedAt((x) => ({ ...x, seedCommitment: 'not-a-hash' }))).toEqual(['seedCommitment', 'seed']);
});

test('scores that are negative, not numbers or infinite, and districts a database would treat specially, are refused', () => {
  for (const score of [-1, Number.NaN, Number.POSITIVE_INFINITY, '600', 1001])
    expect(refusedAt((x) => withStudent(x, { score }))).toEqual(['students.0.score']);
  for (const district of ['', '__proto__', 'a.b', '$where']) expect(refusedAt((x) => withStudent(x, { district }))).toEqual(['students.0.district']);
  expect(refusedAt((x) => withStudent(x, { group: 'mayor' }))).toEqual(['students.0.group']);
  // the hidden right-to-left mark is refused, and the id it makes names no major in the export
  expect(refusedAt((x) => withStudent(x, { choices: [{ schoolId: 'school-a\u202e', majorId: 'nursing' }] }))).toEqual([
    'students.0.choices.0.schoolId',
    'students.0.choices.0',
  ]);
});

test('R26 rounds: a decision on a choice the student never made, two live offers, a repeated decision or a plan shrunk below the kept offers are refused', () => {
  const round = (decisions: unknown[], majors?: unknown[]) => {
    const result = roundInputSchema.safeParse({ ...valid(), ...(majors ? { majors } : {}), decisions });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  expect(round([{ studentId: id(1), ...a, status: 'accepted' }])).toEqual([]);
  // a decision about a student who withdrew since is ignored: the export no longer has them
  expect(round([{ studentId: id(9), ...a, status: 'accepted' }])).toEqual([]);
  expect(round([{ studentId: id(2), ...a, status: 'accepted' }])).toEqual(['decisions.0: 该录取结果不是学生所填的志愿']);
  expect(
    round([
      { studentId: id(1), ...a, status: 'held' },
      { studentId: id(1), ...b, status: 'accepted' },
    ]),
  ).toEqual(['decisions.1: 一名学生同时只能保留一个录取']);
  expect(
    round([
      { studentId: id(1), ...a, status: 'declined' },
      { studentId: id(1), ...a, status: 'declined' },
    ]),
  ).toEqual(['decisions.1: 同一志愿的结果重复']);
  expect(
    round([
      { studentId: id(1), ...b, status: 'held' },
      { studentId: id(2), ...b, status: 'held' },
    ]),
  ).toEqual(['majors.1.places: 计划数少于已保留的录取数']);
  expect(round([{ studentId: id(1), ...a, status: 'maybe' }])).toEqual([expect.stringMatching(/^decisions\.0\.status: /)]);
});
