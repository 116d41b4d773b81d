import { isStanding, mayDecide, statusOf, stepPhrase } from '../../shared/early-study';
import type { EarlyStudyStatus } from '../../shared/records/early-study';

/** R8's table (shared/early-study.ts), walked edge by edge. */
const decisions = ['pending', 'confirmed', 'declined'] as const;
const statuses: EarlyStudyStatus[] = ['pending', 'confirmed', 'declined', 'cancelled'];

test('R8: a request is confirmed only by both confirmations, declined by either decline, pending otherwise', () => {
  const table = Object.fromEntries(decisions.flatMap((j) => decisions.map((s) => [`${j}/${s}`, statusOf(j, s)])));
  expect(table).toEqual({
    'pending/pending': 'pending',
    'pending/confirmed': 'pending',
    'pending/declined': 'declined',
    'confirmed/pending': 'pending',
    'confirmed/confirmed': 'confirmed',
    'confirmed/declined': 'declined',
    'declined/pending': 'declined',
    'declined/confirmed': 'declined',
    'declined/declined': 'declined',
  });
});

test('R8: a side answers once, and only while the request is pending; settled requests never move again', () => {
  for (const status of statuses) {
    for (const junior of decisions) {
      for (const school of decisions) {
        const request = { status, junior: { decision: junior }, school: { decision: school } };
        expect({ status, junior, may: mayDecide(request, 'junior') }).toEqual({ status, junior, may: status === 'pending' && junior === 'pending' });
        expect({ status, school, may: mayDecide(request, 'school') }).toEqual({ status, school, may: status === 'pending' && school === 'pending' });
      }
    }
  }
  expect(statuses.filter(isStanding)).toEqual(['pending', 'confirmed']);
});

test('R8: each step the family is told of fits WeChat’s five-character phrase', () => {
  for (const status of statuses) {
    for (const junior of decisions) {
      for (const school of decisions) {
        const phrase = stepPhrase({ status, junior: { decision: junior }, school: { decision: school } });
        expect([...phrase].length).toBeLessThanOrEqual(5);
      }
    }
  }
  expect(stepPhrase({ status: 'pending', junior: { decision: 'confirmed' }, school: { decision: 'pending' } })).toBe('初中已确认');
});
