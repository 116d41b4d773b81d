import { meetsRatio, percentOf, sheetCheck, targetSheetProblems, weekOf } from '../../shared/targets';

/** R11's arithmetic (shared/targets.ts), at its edges. */
test('R11: 45:55 is met at exactly 45 % and missed just below, decided in whole numbers rather than a rounded percent', () => {
  expect(meetsRatio(45, 100)).toBe(true);
  expect(meetsRatio(900, 2000)).toBe(true);
  expect(meetsRatio(4499, 10000)).toBe(false);
  // 44.96 % would round to 45.0 %: still short
  expect(percentOf(4496, 10000)).toBe(45);
  expect(meetsRatio(4496, 10000)).toBe(false);
  expect(meetsRatio(0, 10)).toBe(false);
  // with no graduates entered there is nothing to measure
  expect(meetsRatio(3, 0)).toBeNull();
});

test('R11: rates are percents to one decimal; a missing target gives no rate rather than 0 % or infinity', () => {
  expect(percentOf(1, 3)).toBe(33.3);
  expect(percentOf(2, 3)).toBe(66.7);
  expect(percentOf(330, 330)).toBe(100);
  expect(percentOf(400, 330)).toBe(121.2);
  expect(percentOf(5, 0)).toBeNull();
  expect(percentOf(0, 0)).toBeNull();
});

test("R11: the sheet's sum against the district's total, in a clerk's words", () => {
  expect(sheetCheck([{ sendingTarget: 1000 }, { sendingTarget: 1000 }], 2000)).toMatchObject({
    sum: 2000,
    difference: 0,
    message: expect.stringContaining('一致'),
  });
  expect(sheetCheck([{ sendingTarget: 1990 }], 2000)).toMatchObject({ difference: -10, message: expect.stringContaining('少 10 人') });
  expect(sheetCheck([{ sendingTarget: 2001 }], 2000)).toMatchObject({ difference: 1, message: expect.stringContaining('多 1 人') });
  expect(sheetCheck([], null)).toMatchObject({ sum: 0, total: null, difference: null });
});

test('R11: a target may equal the graduates but not exceed them', () => {
  const ids = new Set(['a']);
  expect(targetSheetProblems([{ juniorSchoolId: 'a', graduates: 10, sendingTarget: 10 }], ids)).toEqual({});
  expect(targetSheetProblems([{ juniorSchoolId: 'a', graduates: 10, sendingTarget: 11 }], ids)).toEqual({
    'juniors.0.sendingTarget': '送培目标不能超过毕业生人数（10 人）',
  });
});

test('a week begins on Monday: every day maps to its Monday, across a month and a year end', () => {
  expect(['2027-04-12', '2027-04-15', '2027-04-18'].map(weekOf)).toEqual(['2027-04-12', '2027-04-12', '2027-04-12']);
  expect(weekOf('2027-04-19')).toBe('2027-04-19');
  expect(weekOf('2027-05-02')).toBe('2027-04-26');
  expect(weekOf('2028-01-01')).toBe('2027-12-27');
});
