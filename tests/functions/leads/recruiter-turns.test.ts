import { counterKey, incrementEach } from '../../../cloudfunctions/_kit/platform/counters';
import { chooseRecruiters } from '../../../cloudfunctions/domains/leads/recruiters';
import type { Staff } from '../../../shared/records/staff';
import { freshBackendPerTest } from '../../helpers/backend';

/** The recruiters' turns: every school a form needs in one atomic increment, outside any transaction. */
const backend = freshBackendPerTest();

const recruiter = (id: string, schoolId: string, territories: string[] = []): Staff =>
  ({ _id: id, openid: `openid-${id}`, name: id, role: 'recruiter', schoolId, territories, status: 'active' }) as unknown as Staff;

test('ids from a spreadsheet (dots, dollars, spaces) are safe counter keys and stay distinct', async () => {
  const ids = ['school.a', 'school$b', 'school a', 'school%2Ea', 'school.a.b'];
  expect(new Set(ids.map(counterKey)).size).toBe(ids.length);
  for (const key of ids.map(counterKey)) expect(key).not.toMatch(/[.$\s]/);
  const first = await incrementEach('recruiterTurns', 'test-turns', ids);
  const second = await incrementEach('recruiterTurns', 'test-turns', ids.slice(0, 2));
  expect([...first.values()]).toEqual([1, 1, 1, 1, 1]);
  expect([...second.values()]).toEqual([2, 2]);
});

test('50 forms at once, each needing two schools’ turns: every number taken once per school, none lost', async () => {
  const turns = await Promise.all(Array.from({ length: 50 }, () => incrementEach('recruiterTurns', 'race-turns', ['x', 'y'])));
  for (const school of ['x', 'y'])
    expect(turns.map((t) => t.get(school)).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  expect(backend.emulator.store.getById('recruiterTurns', 'race-turns')?.doc).toMatchObject({ counts: { x: 50, y: 50 } });
});

test('a territory or a single recruiter takes no turn; schools with several recruiters take theirs in one request', async () => {
  const bySchool = new Map([
    ['s1', [recruiter('a', 's1', ['junior-1']), recruiter('b', 's1')]],
    ['s2', [recruiter('c', 's2')]],
    ['s3', [recruiter('d', 's3'), recruiter('e', 's3')]],
    ['s4', []],
  ]);
  const { result, roundTrips } = await backend.emulator.measure(() => chooseRecruiters('junior-1', bySchool));
  expect([...result.entries()].map(([school, staff]) => [school, staff?._id ?? null])).toEqual([
    ['s1', 'a'],
    ['s2', 'c'],
    ['s3', 'd'],
    ['s4', null],
  ]);
  expect(roundTrips.byAction).toEqual({ 'database.modifyAndReturnDoc': 2, 'database.insertDocument': 1 });
  const next = await chooseRecruiters('junior-1', bySchool);
  expect(next.get('s3')?._id).toBe('e');
});
