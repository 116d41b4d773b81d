import { actionsFrom, isOpen, stepTo } from '../../shared/report-steps';
import type { ReportStatus } from '../../shared/records/report';

/** R19's table (shared/report-steps.ts), every edge. */
test('R19: received → investigating → resolved, dismissed from either open step; settled reports never move', () => {
  const statuses: ReportStatus[] = ['received', 'investigating', 'resolved', 'dismissed'];
  const table = Object.fromEntries(statuses.map((s) => [s, Object.fromEntries((['start', 'resolve', 'dismiss'] as const).map((a) => [a, stepTo(s, a)]))]));
  expect(table).toEqual({
    received: { start: 'investigating', resolve: null, dismiss: 'dismissed' },
    investigating: { start: null, resolve: 'resolved', dismiss: 'dismissed' },
    resolved: { start: null, resolve: null, dismiss: null },
    dismissed: { start: null, resolve: null, dismiss: null },
  });
  expect(statuses.filter(isOpen)).toEqual(['received', 'investigating']);
  expect(statuses.map(actionsFrom)).toEqual([['start', 'dismiss'], ['resolve', 'dismiss'], [], []]);
});
