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
