import type { Window } from './records/season';
import { shanghaiDay } from './time';

/** Whether a moment falls on the window's days, first to last inclusive, on Shanghai's calendar (R9). */
export function isWithin(window: Window, at: Date): boolean {
  const t = at.getTime();
  return t >= shanghaiDay(window.start).start && t <= shanghaiDay(window.end).end;
}

/** Whether the window's last day is over. */
export function isPast(window: Window, at: Date): boolean {
  return at.getTime() > shanghaiDay(window.end).end;
}
