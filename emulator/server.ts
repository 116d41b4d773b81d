import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { databaseSchema, type DatabaseSchema } from '../config/database';
import { DatabaseActions } from './db/actions';
import { DbError } from './db/errors';
import { Store } from './db/store';
import { Transactions } from './db/transactions';
import { FunctionRunner, pointSdkAt, type Identity } from './functions';
import { INVOCATION_HEADER, newInvocationId, RoundTrips, withInvocation, type RoundTripCount } from './db/round-trips';
import { devPage } from './dev-page';
import { personaByKey, personas } from './personas';
import { serveStatic } from './static';
import { responseDataOf, WxOpenApiRecorder } from './wx-open-api';

export interface EmulatorOptions {
  /** SQLite file, or ':memory:' */
  dbFile: string;
  port?: number;
  schema?: DatabaseSchema;
  functionsDir?: string;
  h5Dir?: string;
  /** point this process's SDK at the emulator (needed to run functions in-process) */
  configureSdk?: boolean;
  clock?: () => number;
}

export interface Emulator {
  url: string;
  adminUrl: string;
  store: Store;
  wx: WxOpenApiRecorder;
  server: Server;
  /** database round trips per invocation (emulator/db/round-trips.ts) */
  roundTrips: RoundTrips;
  /**
   * Runs `work` (one function invocation, in this process) and answers with the `/admin` requests it
   * made, counted by the emulator. Concurrent measurements do not see each other's requests.
   */
  measure<T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: RoundTripCount }>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;
const SESSION_COOKIE = 'zz_openid';

class HttpError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

const tooLarge = () => new HttpError(413, 'REQUEST_TOO_LARGE', '请求内容过大（最大 5 MB）');

/** The body, refused with 413 as soon as it is known to be too large (never read into memory in full). */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'INVALID_JSON', '请求内容不是有效的 JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'INVALID_JSON', '请求内容必须是 JSON 对象');
  return value as Record<string, unknown>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** The request's cookies; one that cannot be decoded is as good as absent (no session, not a 500). */
function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (!k) continue;
    try {
      out[k] = decodeURIComponent(v.join('='));
    } catch {
      // a malformed value: ignored
    }
  }
  return out;
}

const LOOPBACK = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/i;

/**
 * Only this machine may reach the database and the functions: the Host must be a loopback name (a
 * page on another site that rebinds its own name to 127.0.0.1 still sends its own name), and a
 * browser's Origin, when sent, must be a loopback one too (the dev server on another local port is).
 */
function fromThisMachine(req: IncomingMessage): boolean {
  if (!LOOPBACK.test(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return LOOPBACK.test(new URL(origin).host);
  } catch {
    return false;
  }
}

function sessionCookie(openid: string): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(openid)}; Path=/; HttpOnly; SameSite=Lax`;
}

/** Starts the local CloudBase-compatible server: SDK wire protocol, H5 functions, dev sign-in, static H5. */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const clock = options.clock ?? Date.now;
  const store = new Store(options.dbFile, options.schema ?? databaseSchema);
  const transactions = new Transactions(store, clock);
  const database = new DatabaseActions(store, transactions, clock);
  const wx = new WxOpenApiRecorder();
  const runner = options.functionsDir ? new FunctionRunner(options.functionsDir) : undefined;
  let requestCount = 0;
  const roundTrips = new RoundTrips();

  /** One invocation of a bundled function, its round trips counted (and sent back in a header for H5). */
  async function invokeCounted(name: string, event: unknown, identity: Identity, res?: ServerResponse): Promise<unknown> {
    if (!runner) throw new DbError('FUNCTION_NOT_FOUND', `function not found: ${name}`);
    const id = newInvocationId();
    try {
      return await withInvocation(id, () => runner.invoke(name, event, identity));
    } finally {
      const count = roundTrips.take(id);
      if (res && !res.headersSent) res.setHeader('x-local-round-trips', String(count.total));
    }
  }

  async function admin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = `local-${++requestCount}`;
    try {
      const body = await readJson(req);
      const action = String(body.action ?? '');
      const invocation = req.headers[INVOCATION_HEADER];
      roundTrips.record(typeof invocation === 'string' ? invocation : undefined, action);
      let result: Record<string, unknown>;
      if (action.startsWith('database.')) {
        result = database.run(action, body);
      } else if (action === 'functions.invokeFunction') {
        result = await invokeFromSdk(body);
      } else if (action === 'wx.api') {
        const answer = await wx.answer(String(body.apiName ?? ''), parseMaybeJson(body.requestData));
        result = { data: { responseData: responseDataOf(answer) } };
      } else {
        throw new DbError('INVALID_ACTION', `unsupported action: ${action || '(none)'}`);
      }
      sendJson(res, 200, { requestId, ...result });
    } catch (error) {
      // CloudBase answers errors with HTTP 200 and a string code; the SDK throws a TcbError from it.
      const code = error instanceof DbError || error instanceof HttpError ? error.code : 'SYS_ERR';
      const message = error instanceof Error ? error.message : String(error);
      sendJson(res, 200, { code, message, requestId });
    }
  }

  async function invokeFromSdk(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const name = String(body.function_name ?? '');
    if (!runner?.has(name)) throw new DbError('FUNCTION_NOT_FOUND', `function not found: ${name}`);
    // A function called by another function runs with no end-user identity, as in CloudBase.
    const response = await invokeCounted(name, parseMaybeJson(body.request_data) ?? {}, { openid: '' });
    return { data: { response_data: JSON.stringify(response ?? null) } };
  }

  function identityOf(req: IncomingMessage, res: ServerResponse): Identity {
    let openid = cookies(req)[SESSION_COOKIE];
    if (!openid) {
      // A visitor is a family member with an OPENID of their own, as anyone opening the mini-program.
      openid = `dev-visitor-${randomBytes(8).toString('hex')}`;
      res.setHeader('set-cookie', sessionCookie(openid));
    }
    return { openid };
  }

  async function h5Function(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!runner?.has(name)) {
      sendJson(res, 404, { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '请求的服务不存在，请更新小程序后再试。' } });
      return;
    }
    const event = await readJson(req);
    const result = await invokeCounted(name, event, identityOf(req, res), res);
    sendJson(res, 200, result);
  }

  async function dev(path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if ((path === '/dev/' || path === '/dev') && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(devPage());
    } else if (path === '/dev/personas' && req.method === 'GET') {
      const current = cookies(req)[SESSION_COOKIE];
      sendJson(res, 200, { personas: personas.map(({ key, label, description, openid }) => ({ key, label, description, current: openid === current })) });
    } else if (path === '/dev/sign-in' && req.method === 'POST') {
      const persona = personaByKey(String((await readJson(req)).persona ?? ''));
      if (!persona) throw new HttpError(400, 'UNKNOWN_PERSONA', '没有这个演示身份');
      sendJson(res, 200, { persona: persona.key, label: persona.label }, { 'set-cookie': sessionCookie(persona.openid) });
    } else if (path === '/dev/sign-out' && req.method === 'POST') {
      sendJson(res, 200, { signedOut: true }, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` });
    } else if (path === '/dev/wx-messages' && req.method === 'GET') {
      sendJson(res, 200, { calls: wx.list() });
    } else {
      throw new HttpError(404, 'NOT_FOUND', '没有这个地址');
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const handle = async () => {
      const guarded = path === '/admin' || path.startsWith('/admin/') || path.startsWith('/functions/') || path.startsWith('/dev/');
      if (guarded && !fromThisMachine(req)) throw new HttpError(403, 'FORBIDDEN_ORIGIN', '本地模拟器只接受本机的请求');
      if (path === '/admin' || path.startsWith('/admin/')) {
        if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '只接受 POST 请求');
        return admin(req, res);
      }
      const fn = /^\/functions\/([^/]+)$/.exec(path);
      if (fn) {
        if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '只接受 POST 请求');
        return h5Function(fn[1] ?? '', req, res);
      }
      if (path === '/dev' || path.startsWith('/dev/')) return dev(path, req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '不支持的请求方式');
      if (!options.h5Dir) throw new HttpError(404, 'NOT_FOUND', '没有这个地址');
      serveStatic(options.h5Dir, path, req, res);
    };
    handle().catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      if (error instanceof HttpError) {
        // a body left unread is not waited for: the connection closes after the answer
        sendJson(res, error.status, { ok: false, error: { code: error.code, message: error.message } }, error.status === 413 ? { connection: 'close' } : {});
      } else {
        console.error('[emulator] unexpected error', error);
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试。' } });
      }
    });
  });

  // The SDK keeps its connections alive; Node closes an idle one after 5 s by default, and a call
  // that computes longer than that (an import reading a large sheet) then meets a reset connection.
  // Hold idle connections for longer than any function runs, as CloudBase's own gateway does.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const adminUrl = `${url}/admin`;
  if (options.configureSdk) pointSdkAt(adminUrl);

  return {
    url,
    adminUrl,
    store,
    wx,
    server,
    roundTrips,
    async measure(work) {
      const id = newInvocationId();
      try {
        const result = await withInvocation(id, work);
        return { result, roundTrips: roundTrips.take(id) };
      } finally {
        roundTrips.take(id);
      }
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          done();
        });
      }),
  };
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
