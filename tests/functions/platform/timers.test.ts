import { main as timers } from '../../../cloudfunctions/timers';
import { deployedFunctions } from '../../../config/functions';
import { routeTimers, type JobOutcome } from '../../../cloudfunctions/_kit/platform/route';
import { freshBackendPerTest, invoke } from '../../helpers/backend';
import { functionContext } from '../../../emulator/functions';

/**
 * One function serves every scheduled job: each trigger declared in config/functions.ts (and so in
 * cloudbaserc.json) is told apart by the event's TriggerName, runs its jobs in order, and one job
 * failing does not stop the others.
 */
freshBackendPerTest('2027-11-05T09:00:00+08:00');
const timerEvent = (TriggerName: string) => ({ Type: 'Timer', TriggerName, Time: '2027-11-05T01:00:00Z', Message: '' });
const asTimer = (event: unknown) =>
  timers(event, functionContext('timers', { openid: '' })) as Promise<{
    ok: boolean;
    data?: { trigger: string; jobs: JobOutcome[] };
    error?: { code: string };
  }>;

test.each(deployedFunctions.timers.triggers.map((t) => [t.name, [...t.jobs]] as const))(
  'the %s trigger runs its jobs %j, each answering',
  async (name, jobs) => {
    const answer = await asTimer(timerEvent(name));
    expect(answer).toMatchObject({ ok: true, data: { trigger: name } });
    expect(answer.data?.jobs.map((j) => [j.job, j.ok])).toEqual(jobs.map((j) => [j, true]));
  },
);

test('a trigger nobody declared runs nothing; a family cannot run a job', async () => {
  expect(await asTimer(timerEvent('every-second'))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FUNCTION' } });
  expect(await invoke(timers, { action: 'outboxDeliver', input: {} }, 'openid-family')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(timers, timerEvent('every-minute'), 'openid-family')).toMatchObject({ ok: false });
});

test('a job that fails — answering an error, or throwing — does not stop the jobs after it', async () => {
  const ran: string[] = [];
  const load = (job: string) => ({
    main: async () => {
      ran.push(job);
      if (job === 'sendingStatsRemind') throw new Error('the database went away');
      if (job === 'registrationRemind') return { ok: false, error: { code: 'INTERNAL', message: '' } };
      return { ok: true, data: {} };
    },
  });
  const answer = (await routeTimers('timers', load)(timerEvent('daily-0900'), {})) as { ok: boolean; data: { jobs: JobOutcome[] } };
  expect(ran).toEqual(['sendingStatsRemind', 'registrationRemind', 'monthlyReportRemind']);
  expect(answer.ok).toBe(false);
  expect(answer.data.jobs.map((j) => [j.job, j.ok])).toEqual([
    ['sendingStatsRemind', false],
    ['registrationRemind', false],
    ['monthlyReportRemind', true],
  ]);
});
