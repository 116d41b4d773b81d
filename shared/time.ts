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

/** e.g. 2026年4月20日 */
export function formatDate(at: Date | number | string): string {
  return inShanghai(at).format('YYYY年M月D日');
}

export { dayjs };
