import { request } from 'node:http';
import { startEmulator, type Emulator } from '../../emulator/server';
import { seedIfEmpty } from '../../emulator/seed';
import { join } from 'node:path';

/** The emulator is safe to leave running: only this machine reaches its database and functions. */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true, functionsDir: join(__dirname, '..', '..', 'dist', 'cloudfunctions') });
  seedIfEmpty(emulator.store);
});
afterAll(() => emulator.close());

interface Answer {
  status: number;
  body: string;
}

function send(path: string, headers: Record<string, string>, body: string | Buffer = '{}'): Promise<Answer> {
  const { port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const ownHost = () => new URL(emulator.url).host;
const countDocuments = JSON.stringify({ action: 'database.calculateDocument', collectionName: 'schools' });

test('the database and the functions answer this machine, including the dev server on another local port', async () => {
  expect((await send('/admin?env=local', { host: ownHost() }, countDocuments)).body).toContain('"total":6');
  expect((await send('/functions/home', { host: ownHost(), origin: 'http://127.0.0.1:10086' })).status).toBe(200);
  expect(
    (await send('/functions/home', { host: `localhost:${new URL(emulator.url).port}`, origin: `http://localhost:${new URL(emulator.url).port}` })).status,
  ).toBe(200);
});

test.each([
  ['a page of another site', { origin: 'https://evil.example' }],
  ['a rebound name (DNS rebinding)', { host: 'evil.example:8686' }],
  ['a rebound name with its own origin', { host: 'attacker.test', origin: 'http://attacker.test' }],
])('%s can neither read nor write the database nor call a function', async (_who, headers) => {
  for (const [path, body] of [
    ['/admin?env=local', countDocuments],
    ['/functions/home', '{}'],
    ['/dev/sign-in', '{"persona":"bureauAdmin"}'],
  ] as const) {
    const answer = await send(path, { host: ownHost(), ...headers }, body);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ORIGIN' } });
  }
});

test('a malformed session cookie is no session, not an error', async () => {
  const answer = await send('/functions/session', { host: ownHost(), cookie: 'zz_openid=%E0%A4%A' });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: true, data: { role: 'family' } });
});

test('a body over the limit gets 413 with a JSON error, whether it says its length or not', async () => {
  const big = Buffer.alloc(6 * 1024 * 1024, 'a');
  const declared = await send('/functions/home', { host: ownHost() }, big);
  expect(declared.status).toBe(413);
  expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'REQUEST_TOO_LARGE' } });
  const chunked = await send('/functions/home', { host: ownHost(), 'transfer-encoding': 'chunked' }, big);
  expect(chunked.status).toBe(413);
});

test('six concurrent bodies just under the limit are all answered, and another person’s call with them (its delay is measured by the bench)', async () => {
  const five = Buffer.alloc(5 * 1024 * 1024 - 1024, ' ');
  const heavy = Array.from({ length: 6 }, () =>
    send('/functions/home', { host: ownHost() }, Buffer.concat([Buffer.from('{"x":"'), five.subarray(0, five.length - 16), Buffer.from('"}')])),
  );
  const light = await send('/functions/session', { host: ownHost() });
  expect(light.status).toBe(200);
  expect((await Promise.all(heavy)).map((a) => a.status)).toEqual(Array(6).fill(200));
});
