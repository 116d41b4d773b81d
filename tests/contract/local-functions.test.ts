import { join } from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { seedIfEmpty } from '../../emulator/seed';
import { startEmulator, type Emulator } from '../../emulator/server';

/**
 * The built functions (dist/cloudfunctions, made by `npm run build` before the suite) run in-process:
 * the H5 client's POST /functions/<name> with the identity of its session, and the SDK's callFunction.
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ dbFile: ':memory:', functionsDir: join(__dirname, '..', '..', 'dist', 'cloudfunctions'), configureSdk: true });
  seedIfEmpty(emulator.store);
});
afterAll(() => emulator.close());

async function post(path: string, body: unknown, cookie?: string) {
  const res = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, cookie: res.headers.get('set-cookie')?.split(';')[0], body: (await res.json()) as Record<string, unknown> };
}

test('a first visit gets an OPENID of its own and is family', async () => {
  const first = await post('/functions/session', {});
  expect(first.cookie).toMatch(/^zz_openid=dev-visitor-/);
  expect(first.body).toEqual({ ok: true, data: { role: 'family', name: null, schoolName: null } });
});

test('each signed-in session calls functions as its own persona, concurrently', async () => {
  const reviewer = (await post('/dev/sign-in', { persona: 'reviewer' })).cookie;
  const recruiter = (await post('/dev/sign-in', { persona: 'recruiter' })).cookie;
  const calls = Array.from({ length: 20 }, (_v, i) => post('/functions/session', {}, i % 2 ? reviewer : recruiter));
  const roles = (await Promise.all(calls)).map((r) => (r.body.data as { role: string }).role);
  expect(roles).toEqual(Array.from({ length: 20 }, (_v, i) => (i % 2 ? 'reviewer' : 'recruiter')));
});

test('an unknown persona is refused in Chinese', async () => {
  const res = await post('/dev/sign-in', { persona: 'principal' });
  expect(res.status).toBe(400);
  expect(res.body).toEqual({ ok: false, error: { code: 'UNKNOWN_PERSONA', message: '没有这个演示身份' } });
});

test('a malformed body to a function gets a JSON error', async () => {
  const res = await fetch(`${emulator.url}/functions/reports`, { method: 'POST', body: '{"category":' });
  expect(res.status).toBe(400);
  expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_JSON' } });
});

test('a function called through the SDK runs with no end-user identity, as in CloudBase', async () => {
  process.env.TENCENTCLOUD = 'true';
  const app = tcb.init({ env: 'local', secretId: 'x', secretKey: 'y', serviceUrl: emulator.adminUrl });
  const res = await app.callFunction({ name: 'session', data: {} });
  expect(res.result).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
});

test('the H5 path reaches an action through the function that serves it, and a deployed function by its own name only for its own actions', async () => {
  // by action: routed to `public`, as the weapp's callFunction({ name: 'public', data: { action, input } })
  expect((await post('/functions/home', {})).body).toMatchObject({ ok: true });
  // by function: its own action runs; another function's is unknown to it; a made-up name is no function
  expect((await post('/functions/public', { action: 'session', input: {} })).body).toMatchObject({ ok: true, data: { role: 'family' } });
  expect((await post('/functions/public', { action: 'choiceSubmit', input: {} })).body).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FUNCTION' } });
  for (const name of ['constructor', 'toString', 'hasOwnProperty', 'nope']) {
    const res = await post(`/functions/${name}`, {});
    expect({ name, ok: res.body.ok }).toEqual({ name, ok: false });
  }
});
