import { functionOf } from '../../../config/functions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { delivery } from '../../../config/notifications';
import { main as outboxDeliver } from '../../../cloudfunctions/timers/outboxDeliver';
import { dueMessages } from '../../../scripts/bench-outbox';
import { root } from '../../../scripts/functions';
import { freshBackendPerTest, invoke } from '../../helpers/backend';

/** The timer's run delivers a backlog batch after batch, within a budget its timeout allows. */
const backend = freshBackendPerTest();

function backlog(count: number): void {
  const entries = dueMessages(count, new Date('2027-04-15T02:00:00Z'));
  backend.emulator.store.write(entries.map((doc) => ({ collection: 'outbox', id: doc._id, doc, insert: true })));
}

test('a backlog of several batches is delivered in one run, each message once', async () => {
  const count = delivery.batch * 2 + 7;
  backlog(count);
  expect(await invoke(outboxDeliver, {}, '')).toEqual({ ok: true, data: { sent: count, retried: 0, dead: 0 } });
  const sentTo = backend.emulator.wx.list().map((c) => (c.requestData as { touser: string }).touser);
  expect(new Set(sentTo).size).toBe(count);
  expect(sentTo).toHaveLength(count);
  expect(await invoke(outboxDeliver, {}, '')).toEqual({ ok: true, data: { sent: 0, retried: 0, dead: 0 } });
});

test('two runs at once share a backlog without sending any message twice', async () => {
  const count = delivery.batch + 13;
  backlog(count);
  const runs = await Promise.all([invoke(outboxDeliver, {}, ''), invoke(outboxDeliver, {}, '')]);
  const sent = runs.reduce((n, r) => n + (r.ok ? (r.data as { sent: number }).sent : 0), 0);
  expect(sent).toBe(count);
  expect(backend.emulator.wx.list()).toHaveLength(count);
});

test('a run stops taking messages well before the function is killed at its configured timeout', () => {
  const rc = JSON.parse(readFileSync(join(root, 'cloudbaserc.json'), 'utf8')) as { functions: Array<{ name: string; timeout: number }> };
  const timeoutMs = (rc.functions.find((f) => f.name === functionOf.outboxDeliver)?.timeout ?? 0) * 1000;
  // the last batch started before the budget ends must still finish: leave it a third of the timeout
  expect(delivery.runBudgetMs).toBeLessThanOrEqual(timeoutMs * (2 / 3));
  // and the every-minute run ends well inside its minute, so two runs rarely overlap
  expect(delivery.runBudgetMs).toBeLessThanOrEqual(60_000 / 2);
});
