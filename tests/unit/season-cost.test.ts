import type { CloudbasePlan } from '../../config/cloudbase-limits';
import { billed, choosePlan, gbSeconds, type Demand } from '../../scripts/season-cost';

/** Two packages, smallest first; the larger publishes no QPS (as the higher CloudBase packages). */
const small: CloudbasePlan = {
  name: 'small',
  priceYuanPerMonth: null,
  readsPerDay: 50_000,
  writesPerDay: 30_000,
  qps: 30,
  connections: 20,
  gbSecondsPerMonth: 40_000,
  invocationsPerMonth: 200_000,
};
const large: CloudbasePlan = {
  name: 'large',
  priceYuanPerMonth: 30,
  readsPerDay: 250_000,
  writesPerDay: 150_000,
  qps: null,
  connections: 50,
  gbSecondsPerMonth: 200_000,
  invocationsPerMonth: null,
};
const demand = (over: Partial<Demand> = {}): Demand => ({
  readsPerDay: 10_000,
  writesPerDay: 5_000,
  qps: 5,
  connections: 1,
  gbSecondsPerMonth: 1_000,
  invocationsPerMonth: 50_000,
  ...over,
});

test('the smallest package whose quotas hold the demand with 30 % headroom is chosen', () => {
  expect(choosePlan([small, large], demand()).chosen?.plan.name).toBe('small');
  // 40,000 reads × 1.3 = 52,000 > 50,000: the headroom, not the demand alone, decides
  const { chosen, fits } = choosePlan([small, large], demand({ readsPerDay: 40_000 }));
  expect(chosen?.plan.name).toBe('large');
  expect(fits[0]?.over).toEqual([{ measure: 'readsPerDay', ratio: 1.04 }]);
  // a quota the package does not publish is named, not counted as met or missed
  expect(chosen?.unpublished).toEqual(['qps', 'invocationsPerMonth']);
});

test('no package is chosen when none holds, and each says what it lacks', () => {
  const { chosen, fits } = choosePlan([small, large], demand({ writesPerDay: 200_000 }));
  expect(chosen).toBeNull();
  expect(fits.map((f) => f.over.map((o) => o.measure))).toEqual([['writesPerDay'], ['writesPerDay']]);
});

test('SDK requests are billed as reads or writes; a transaction by its operations, its start and commit as writes', () => {
  // choiceSubmit's eight requests (tests/functions/platform/round-trips.test.ts)
  expect(
    billed({
      'database.getDocument': 1,
      'database.aggregateDocuments': 1,
      'database.modifyAndReturnDoc': 1,
      'database.startTransaction': 1,
      'database.insertDocument': 3,
      'database.commitTransaction': 1,
    }),
  ).toEqual({ reads: 2, writes: 6, other: 0 });
  expect(billed({ 'database.calculateDocument': 2, 'database.abortTransaction': 1, 'wx.api': 1 })).toEqual({ reads: 2, writes: 1, other: 1 });
  expect(() => billed({ 'database.somethingNew': 1 })).toThrow(/unclassified/);
});

test('GB-seconds: memory × run time rounded up to the billing step', () => {
  expect(gbSeconds(256, 35, 100)).toBeCloseTo(0.025);
  expect(gbSeconds(512, 101, 100)).toBeCloseTo(0.1);
  expect(gbSeconds(1024, 0, 100)).toBeCloseTo(0.1);
});
