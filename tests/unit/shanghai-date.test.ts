import { formatDate as fixedOffset } from '../../shared/shanghai-date';
import { inShanghai } from '../../shared/time';

const withTimeZone = (at: Date | number | string) => inShanghai(at).format('YYYY年M月D日');

/** The main package's date label (fixed UTC+8) and dayjs's time-zone reading agree on every day. */
test('the fixed-offset date is the Shanghai date dayjs gives, around every midnight of a few years', () => {
  const hour = 60 * 60 * 1000;
  for (let at = Date.UTC(2019, 11, 31); at < Date.UTC(2031, 0, 2); at += 7 * 24 * hour + 5 * hour) {
    for (const instant of [at, new Date(at).toISOString(), new Date(at)]) expect(fixedOffset(instant)).toBe(withTimeZone(instant));
  }
  // 16:00 UTC is midnight in Shanghai: the day turns there, not at UTC midnight
  expect(fixedOffset('2026-04-19T15:59:59.999Z')).toBe('2026年4月19日');
  expect(fixedOffset('2026-04-19T16:00:00.000Z')).toBe('2026年4月20日');
});
