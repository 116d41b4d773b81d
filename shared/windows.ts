import type { Window } from './records/season';
import { dayjs, inShanghai, ZONE } from './time';

/** Whether a moment falls on the window's days, first to last inclusive, on Shanghai's calendar (R9). */
export function isWithin(window: Window, at: Date): boolean {
  const t = inShanghai(at);
  return !t.isBefore(dayjs.tz(window.start, ZONE).startOf('day')) && !t.isAfter(dayjs.tz(window.end, ZONE).endOf('day'));
}

/** Whether the window's last day is over. */
export function isPast(window: Window, at: Date): boolean {
  return inShanghai(at).isAfter(dayjs.tz(window.end, ZONE).endOf('day'));
}
