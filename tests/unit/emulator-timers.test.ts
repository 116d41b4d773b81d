import { cronFiresAt, startTimers } from '../../emulator/timers';

/** The emulator fires the declared timers on its own clock, each minute once, on Shanghai's calendar. */
const at = (s: string) => new Date(`${s}+08:00`).getTime();

test('a CloudBase cron is read on Shanghai’s calendar, minute by minute', () => {
  expect(cronFiresAt('0 */1 * * * * *', at('2027-04-15T10:07:00'))).toBe(true);
  expect(cronFiresAt('0 5 * * * * *', at('2027-04-15T10:05:00'))).toBe(true);
  expect(cronFiresAt('0 5 * * * * *', at('2027-04-15T10:06:00'))).toBe(false);
  expect(cronFiresAt('0 0 9 * * * *', at('2027-04-15T09:00:00'))).toBe(true);
  expect(cronFiresAt('0 0 9 * * * *', at('2027-04-15T01:00:00'))).toBe(false);
  expect(cronFiresAt('0 0 3 * * * *', at('2027-04-16T03:00:00'))).toBe(true);
  expect(cronFiresAt('30 0 3 * * * *', at('2027-04-16T03:00:00'))).toBe(false);
});

test('each minute that passes on the clock fires its triggers once; a clock standing still fires nothing again; a long pause catches up five minutes at most', async () => {
  let now = at('2027-04-15T08:58:30');
  const fired: string[] = [];
  const runner = {
    invoke: async (_name: string, event: unknown) =>
      fired.push(`${(event as { TriggerName: string }).TriggerName}@${(event as { Time: string }).Time.slice(11, 16)}`),
  };
  const timers = startTimers(runner, () => now, { intervalMs: 1e9 });
  try {
    await timers.tick();
    expect(fired).toEqual([]);
    now = at('2027-04-15T09:00:10');
    await timers.tick();
    await timers.tick();
    // 08:59 and 09:00 (UTC 00:59, 01:00): every minute twice, the 9 o'clock reminders once
    expect(fired.sort()).toEqual(['daily-0900@01:00', 'every-minute@00:59', 'every-minute@01:00']);
    fired.length = 0;
    now = at('2027-04-15T10:30:00');
    await timers.tick();
    expect(fired.filter((f) => f.startsWith('every-minute'))).toHaveLength(5);
  } finally {
    timers.stop();
  }
});
