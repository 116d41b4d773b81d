import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonValueCounter, LARGE_BODY_BYTES, MAX_BODY_BYTES, MAX_BODY_VALUES } from '../../emulator/front-door';
import { startEmulator, type Emulator } from '../../emulator/server';

/**
 * The emulator's front door (emulator/front-door.ts): a body over the limit is refused with a JSON
 * answer the client really receives; a body of too many JSON values is refused before it is parsed;
 * a large body's work waits while another person's call is being answered.
 */

/** Functions of our own, so these tests do not depend on the product's build. */
const state = { holding: 0, release: () => {}, events: [] as string[] };
(globalThis as { frontDoorTest?: typeof state }).frontDoorTest = state;
const functions = {
  // holds its caller until the test releases it
  hold: `exports.main = async () => {
    const s = globalThis.frontDoorTest;
    s.holding += 1;
    s.events.push('hold started');
    await new Promise((resolve) => { s.release = resolve; });
    s.events.push('hold answered');
    return { ok: true };
  };`,
  big: `exports.main = async (event) => {
    globalThis.frontDoorTest.events.push('big started');
    return { ok: true, data: { length: typeof event.x === 'string' ? event.x.length : 0 } };
  };`,
  quick: `exports.main = async () => ({ ok: true });`,
};

let dir: string;
let emulator: Emulator;
let port: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zz-front-door-'));
  for (const [name, code] of Object.entries(functions)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'index.js'), code);
  }
  // large bodies wait for small calls as long as a test needs (the bound is not what is tested)
  emulator = await startEmulator({ dbFile: ':memory:', functionsDir: dir, largeBodyMaxWaitMs: 60_000 });
  port = Number(new URL(emulator.url).port);
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  status: number;
  body: string;
}

/**
 * A client that sends its whole request before it reads anything (as Python's http.client and many
 * others do): if the server resets the connection while it is still sending, it gets EPIPE or
 * ECONNRESET and never sees the answer. Resolves with the answer, or rejects with the error's code.
 */
function sendAllThenRead(path: string, body: Buffer, chunked: boolean): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.pause();
    const received: Buffer[] = [];
    socket.on('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code ?? error.message)));
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => {
      const answer = Buffer.concat(received);
      const split = answer.indexOf('\r\n\r\n');
      const head = answer.subarray(0, split).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const payload = answer.subarray(split + 4);
      resolve({ status, body: (/transfer-encoding: chunked/i.test(head) ? unchunk(payload) : payload).toString('utf8') });
    });
    const framing = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.length}`;
    socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`);
    const pieces: Buffer[] = [];
    for (let at = 0; at < body.length; at += 256 * 1024) pieces.push(body.subarray(at, at + 256 * 1024));
    for (const piece of pieces) socket.write(chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece);
    socket.write(chunked ? '0\r\n\r\n' : '', () => socket.resume());
  });
}

function unchunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const line = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, line).toString('latin1'), 16);
    if (!size) return Buffer.concat(out);
    out.push(body.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
}

/** Ten attempts; what each ended with (a status, or the connection error's code). */
async function tenTimes(path: string, body: Buffer, chunked: boolean): Promise<{ outcomes: Record<string, number>; last?: Outcome }> {
  const outcomes: Record<string, number> = {};
  let last: Outcome | undefined;
  for (let i = 0; i < 10; i++) {
    const key = await sendAllThenRead(path, body, chunked).then(
      (answer) => ((last = answer), String(answer.status)),
      (error: Error) => error.message,
    );
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  return { outcomes, last };
}

/** An ordinary POST (node:http reads the answer while it sends). */
function post(path: string, body: string | Buffer): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sixMegabytes = Buffer.alloc(6 * 1024 * 1024, 'a');
const justUnder = (bytes: number) => Buffer.from(`{"x":"${'a'.repeat(bytes - 8)}"}`);

test('a 6 MB body that says its length gets 413 with a JSON error, even by a client that sends it all before reading (10 of 10, no EPIPE or ECONNRESET)', async () => {
  state.events = [];
  const { outcomes, last } = await tenTimes('/functions/big', sixMegabytes, false);
  expect(outcomes).toEqual({ 413: 10 });
  expect(JSON.parse(last?.body ?? '')).toEqual({ ok: false, error: { code: 'REQUEST_TOO_LARGE', message: '请求内容过大（最大 5 MB）' } });
  expect(state.events).not.toContain('big started');
});

test('a chunked body that crosses 5 MB gets 413 the same way (10 of 10)', async () => {
  const { outcomes, last } = await tenTimes('/functions/big', sixMegabytes, true);
  expect(outcomes).toEqual({ 413: 10 });
  expect(JSON.parse(last?.body ?? '')).toMatchObject({ ok: false, error: { code: 'REQUEST_TOO_LARGE' } });
});

test('an over-limit body for an unknown function or the SDK endpoint is answered too, each in its own shape', async () => {
  expect((await tenTimes('/functions/nothing', sixMegabytes, false)).outcomes).toEqual({ 413: 10 });
  const sdk = await tenTimes('/admin?env=local', sixMegabytes, false);
  expect(sdk.outcomes).toEqual({ 200: 10 });
  expect(JSON.parse(sdk.last?.body ?? '')).toMatchObject({ code: 'REQUEST_TOO_LARGE' });
});

test('a body just under the limit is read whole, and after a refused one the server still answers', async () => {
  expect(await post('/functions/big', justUnder(MAX_BODY_BYTES))).toEqual({
    status: 200,
    body: JSON.stringify({ ok: true, data: { length: MAX_BODY_BYTES - 8 } }),
  });
  expect((await post('/functions/quick', '{}')).status).toBe(200);
});

test(`a body of more than ${MAX_BODY_VALUES} JSON values is refused with 413 before it is parsed; one string of the same size is not`, async () => {
  state.events = [];
  const values = Buffer.from(
    `{"x":[${Array(MAX_BODY_VALUES + 1)
      .fill('{}')
      .join(',')}]}`,
  );
  const refused = await post('/functions/big', values);
  expect(refused.status).toBe(413);
  expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'REQUEST_TOO_COMPLEX' } });
  const attempts = await tenTimes('/functions/big', Buffer.from(`{"x":[${Array(1_500_000).fill('{}').join(',')}]}`), true);
  expect(attempts.outcomes).toEqual({ 413: 10 });
  expect(state.events).not.toContain('big started');
  expect((await post('/functions/big', justUnder(values.length))).status).toBe(200);
});

test('values are counted outside strings only, wherever the chunks are cut', () => {
  const text = JSON.stringify({ a: [1, 2, { b: 'x,y[{"' }], c: '\\",{' + '中'.repeat(10), d: [] });
  // each container, and each member or element after its first
  const expected = (value: unknown): number => {
    if (!value || typeof value !== 'object') return 0;
    const members = Object.values(value);
    return 1 + Math.max(0, members.length - 1) + members.reduce((n: number, m) => n + expected(m), 0);
  };
  const whole = new JsonValueCounter().feed(Buffer.from(text));
  expect(whole).toBe(expected(JSON.parse(text)));
  const bytes = Buffer.from(text);
  for (let size = 1; size <= 7; size++) {
    const counter = new JsonValueCounter();
    for (let at = 0; at < bytes.length; at += size) counter.feed(bytes.subarray(at, at + size));
    expect(counter.count).toBe(whole);
  }
});

test('a large body’s work waits while another person’s call is being answered, then runs (0 large bodies started during the call)', async () => {
  state.events = [];
  const held = post('/functions/hold', '{}');
  while (state.events.length === 0) await new Promise((r) => setTimeout(r, 5));
  // a large body arrives and is sent in full while the call is being answered
  const large = post('/functions/big', justUnder(LARGE_BODY_BYTES * 4));
  const six = Array.from({ length: 6 }, () => post('/functions/big', justUnder(MAX_BODY_BYTES - 1024)));
  await new Promise((r) => setTimeout(r, 200));
  expect(state.events).toEqual(['hold started']);
  state.release();
  expect((await held).status).toBe(200);
  expect((await large).status).toBe(200);
  expect((await Promise.all(six)).map((a) => a.status)).toEqual(Array(6).fill(200));
  expect(state.events.slice(0, 2)).toEqual(['hold started', 'hold answered']);
  expect(state.events.filter((e) => e === 'big started')).toHaveLength(7);
});

test('six bodies just under the limit at once and small calls among them: every one is answered', async () => {
  const heavy = Array.from({ length: 6 }, () => post('/functions/big', justUnder(MAX_BODY_BYTES - 1024)));
  const light = await Promise.all(Array.from({ length: 5 }, () => post('/functions/quick', '{}')));
  expect(light.map((a) => a.status)).toEqual(Array(5).fill(200));
  expect((await Promise.all(heavy)).map((a) => a.status)).toEqual(Array(6).fill(200));
});
