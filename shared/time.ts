import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date rule of the enrollment season is read in China Standard Time. */
export const ZONE = 'Asia/Shanghai';

export function inShanghai(at: Date | number | string): dayjs.Dayjs {
  return dayjs(at).tz(ZONE);
}

/** e.g. 2027年6月2日 09:30: a moment as staff pages show it, in Shanghai. */
export function formatMoment(at: Date | number | string): string {
  return inShanghai(at).format('YYYY年M月D日 HH:mm');
}

/** e.g. 2026年4月20日: one home, free of dayjs, so the main package's pages can use it too. */
export { formatDate } from './shanghai-date';

/**
 * A calendar day of Shanghai (YYYY-MM-DD) as the instants it begins and ends, in ms. Every window
 * check asks this of the same few season days, and dayjs's time-zone conversion is slow (it was
 * the largest cost of a choice submit at 50 concurrent clients), so each day is converted once.
 */
const dayBounds = new Map<string, { start: number; end: number }>();

export function shanghaiDay(day: string): { start: number; end: number } {
  let bounds = dayBounds.get(day);
  if (!bounds) {
    const d = dayjs.tz(day, ZONE);
    bounds = { start: d.startOf('day').valueOf(), end: d.endOf('day').valueOf() };
    // (a season has a few dozen days; the map stays small, but is bounded anyway)
    if (dayBounds.size > 1000) dayBounds.clear();
    dayBounds.set(day, bounds);
  }
  return bounds;
}

/**
 * The Shanghai wall clock of the minute `at` falls in (seconds dropped). Converted once per minute
 * for the same reason: a submit asks for today's date for the age rules and formats the times of
 * its notifications, all within the same minute. (Shanghai's offsets are whole hours, so a minute
 * has one wall clock there.)
 */
const minutes = new Map<number, dayjs.Dayjs>();

export function shanghaiMinute(at: Date | number): dayjs.Dayjs {
  const minute = Math.floor(new Date(at).getTime() / 60_000);
  let wallClock = minutes.get(minute);
  if (!wallClock) {
    wallClock = inShanghai(minute * 60_000);
    if (minutes.size > 1000) minutes.clear();
    minutes.set(minute, wallClock);
  }
  return wallClock;
}

export { dayjs };
