/**
 * A date as people in the city read it (2026年4月20日), for the pages of the main package.
 *
 * shared/time.ts gives the same answer through dayjs's time-zone plugin, which builds an Intl
 * formatter on every call: on a slow phone one date cost about 50 ms of blocked page (measured on
 * the subsidy page), and the plugin and dayjs had to load with the first screen. China Standard
 * Time has been UTC+8 all year since 1991, so a fixed offset gives the same day for every date this
 * product shows (tests/unit/shanghai-date.test.ts compares the two).
 */
const CHINA_STANDARD_TIME_MS = 8 * 60 * 60 * 1000;

/** e.g. 2026年4月20日 */
export function formatDate(at: Date | number | string): string {
  const wallClock = new Date(new Date(at).getTime() + CHINA_STANDARD_TIME_MS);
  return `${wallClock.getUTCFullYear()}年${wallClock.getUTCMonth() + 1}月${wallClock.getUTCDate()}日`;
}

/** A calendar day written YYYY-MM-DD, as the server's schemas and the date pickers hold it. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** e.g. 2027-08-28 → 2027年8月28日: a picked day as the person reads it; anything else as given. */
export function formatDay(day: string): string {
  const m = DAY.exec(day);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : day;
}

/** The day it is in Shanghai at `at`, as YYYY-MM-DD (the date pickers' default and bounds). */
export function shanghaiDayOf(at: Date | number = Date.now()): string {
  return new Date(new Date(at).getTime() + CHINA_STANDARD_TIME_MS).toISOString().slice(0, 10);
}
