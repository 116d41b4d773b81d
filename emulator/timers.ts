import { timerTriggersOf, type FunctionUnit, type TimerTrigger } from '../config/functions';
import type { Identity } from './functions';

/**
 * The timers CloudBase would fire, fired by the emulator on its own clock: every trigger declared in
 * config/functions.ts (and so in cloudbaserc.json), at the minutes its cron names, on Shanghai's
 * calendar (CloudBase in China runs timers at UTC+8), as the same timer event. So the local product
 * delivers messages, sweeps and reminds as the deployed one does. A minute is fired once, even
 * when the clock stands still (LOCAL_EMULATOR_NOW); a trigger still running is not started again.
 */

/** One field of a 7-field cron (seconds, minutes, hours, day of month, month, day of week, year). */
function fieldMatches(field: string, value: number): boolean {
  return field.split(',').some((part) => {
    if (part === '*') return true;
    const step = /^\*\/(\d+)$/.exec(part);
    if (step) return value % Number(step[1]) === 0;
    const range = /^(\d+)-(\d+)$/.exec(part);
    if (range) return value >= Number(range[1]) && value <= Number(range[2]);
    return /^\d+$/.test(part) && Number(part) === value;
  });
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Whether a CloudBase cron fires in the minute starting at `minuteStart` (ms; its second 0). */
export function cronFiresAt(cron: string, minuteStart: number): boolean {
  const [sec, min, hour, day, month, dow, year] = cron.trim().split(/\s+/);
  if (year === undefined) return false;
  const t = new Date(minuteStart + SHANGHAI_OFFSET_MS);
  return (
    fieldMatches(sec ?? '', 0) &&
    fieldMatches(min ?? '', t.getUTCMinutes()) &&
    fieldMatches(hour ?? '', t.getUTCHours()) &&
    fieldMatches(day ?? '', t.getUTCDate()) &&
    fieldMatches(month ?? '', t.getUTCMonth() + 1) &&
    fieldMatches(dow ?? '', t.getUTCDay()) &&
    fieldMatches(year ?? '', t.getUTCFullYear())
  );
}

const MINUTE = 60_000;
/** After a pause (a laptop asleep), at most this many missed minutes are caught up. */
const CATCH_UP = 5;

export interface TimerRunner {
  invoke(name: string, event: unknown, identity: Identity): Promise<unknown>;
}

/** Starts firing; `stop` ends it. `tick` runs one check now (tests drive it instead of the interval). */
export function startTimers(
  runner: TimerRunner,
  clock: () => number,
  options: { intervalMs?: number; onFire?: (trigger: string, answer: unknown) => void } = {},
) {
  const unit: FunctionUnit = 'timers';
  const triggers = timerTriggersOf(unit);
  let last = Math.floor(clock() / MINUTE) * MINUTE;
  const running = new Set<string>();
  async function fire(trigger: TimerTrigger, minute: number): Promise<void> {
    if (running.has(trigger.name)) return;
    running.add(trigger.name);
    try {
      const event = { Type: 'Timer', TriggerName: trigger.name, Time: new Date(minute).toISOString(), Message: '' };
      // a timer has no caller: no OPENID
      const answer = await runner.invoke(unit, event, { openid: '' });
      options.onFire?.(trigger.name, answer);
    } catch (error) {
      console.error(`定时任务 ${trigger.name} 失败：`, error);
    } finally {
      running.delete(trigger.name);
    }
  }
  async function tick(): Promise<void> {
    const current = Math.floor(clock() / MINUTE) * MINUTE;
    const minutes: number[] = [];
    for (let minute = Math.max(last + MINUTE, current - (CATCH_UP - 1) * MINUTE); minute <= current; minute += MINUTE) minutes.push(minute);
    // claimed before any run starts, so a tick that comes while this one runs does not fire them again
    last = Math.max(last, current);
    for (const minute of minutes) await Promise.all(triggers.filter((t) => cronFiresAt(t.config, minute)).map((t) => fire(t, minute)));
  }
  const timer = setInterval(() => void tick(), options.intervalMs ?? 5_000);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
