import { pairedRatio } from '../../scripts/bench-lighthouse';

/**
 * The bench judges a page's blocking time against the bare page round by round (issue 25): a
 * machine that slows down halfway through a bench slows both runs of a round, and the ratio stays.
 */
test('each round is judged against the bare run beside it, and the median of those ratios is the figure', () => {
  // the machine doubled its times from round 3 on: both medians move, the ratios do not
  const bare = [200, 210, 400, 420, 410];
  const page = [220, 231, 440, 462, 451];
  expect(pairedRatio(page, bare)).toBeCloseTo(1.1, 5);
  // one wild round does not move the median of the ratios
  expect(pairedRatio([220, 231, 2000, 462, 451], [200, 210, 400, 420, 410])).toBeCloseTo(1.1, 5);
});

test('a bare run without any long task counts as the floor given, not as a division by zero', () => {
  expect(pairedRatio([40, 60, 80], [0, 0, 0], 50)).toBeCloseTo(1.2, 5);
  expect(Number.isFinite(pairedRatio([10], [0]))).toBe(true);
});
