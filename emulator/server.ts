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
import { closeGentlyIfBodyUnread, declaredTooLarge, HttpError, parseJsonObject, readBody, TakeTurns, tooLarge } from './front-door';
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
  /** how long large bodies give way to calls with small ones, at most (emulator/front-door.ts) */
  largeBodyMaxWaitMs?: number;
  /**
   * A fixed wait before each database request is answered (off by default): the order of a
   * database call inside one CloudBase region, so the bench can tell what a family would wait for
   * there rather than on this machine's SQLite (LOCAL_DB_DELAY_MS for npm start).
   */
  dbDelayMs?: number;
}

export interface Emulator {
  url: string;
  adminUrl: string;
  /**
   * Answers on another loopback port too, with everything the first one answers (its URL). `npm
   * start` seeds the demo through the first, private port and opens the public one when that is done.
   */
  listen(port: number): Promise<string>;
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

const SESSION_COOKIE = 'zz_openid';

/** A small body (a sign-in) read whole and parsed (emulator/front-door.ts). */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBody(req));
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers, ...closeGentlyIfBodyUnread(res) });
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
  const turns = new TakeTurns(options.largeBodyMaxWaitMs);

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
      // The functions' own database calls: never held back (a call being answered may be waiting for one).
      const result = await adminAction(req, parseJsonObject(await readBody(req)));
      sendJson(res, 200, { requestId, ...result });
    } catch (error) {
      // CloudBase answers errors with HTTP 200 and a string code; the SDK throws a TcbError from it.
      const code = error instanceof DbError || error instanceof HttpError ? error.code : 'SYS_ERR';
      const message = error instanceof Error ? error.message : String(error);
      sendJson(res, 200, { code, message, requestId });
    }
  }

  function adminAction(req: IncomingMessage, body: Record<string, unknown>): Record<string, unknown> | Promise<Record<string, unknown>> {
    const action = String(body.action ?? '');
    const invocation = req.headers[INVOCATION_HEADER];
    roundTrips.record(typeof invocation === 'string' ? invocation : undefined, action);
    if (action.startsWith('database.')) {
      const delay = options.dbDelayMs ?? 0;
      return delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)).then(() => database.run(action, body)) : database.run(action, body);
    }
    if (action === 'functions.invokeFunction') return invokeFromSdk(body);
    if (action === 'wx.api') {
      return wx.answer(String(body.apiName ?? ''), parseMaybeJson(body.requestData)).then((answer) => ({ data: { responseData: responseDataOf(answer) } }));
    }
    throw new DbError('INVALID_ACTION', `unsupported action: ${action || '(none)'}`);
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
    const body = await readBody(req, turns);
    const identity = identityOf(req, res);
    // decoded, parsed, and the function's synchronous start (its input validation) run, in turn if large
    const result = await turns.run(body.length, () => invokeCounted(name, parseJsonObject(body), identity, res));
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
    } else if (path === '/dev/outside-writes' && req.method === 'GET') {
      sendJson(res, 200, { writes: roundTrips.outsideWrites });
    } else {
      throw new HttpError(404, 'NOT_FOUND', '没有这个地址');
    }
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    turns.arrive(req, res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const handle = async () => {
      const isAdmin = path === '/admin' || path.startsWith('/admin/');
      const guarded = isAdmin || path.startsWith('/functions/') || path.startsWith('/dev/');
      if (guarded && !fromThisMachine(req)) throw new HttpError(403, 'FORBIDDEN_ORIGIN', '本地模拟器只接受本机的请求');
      // Refused by its declared length before anything else (the SDK endpoint answers in its own shape).
      if (!isAdmin && declaredTooLarge(req)) throw tooLarge();
      if (isAdmin) {
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
        // a body left unread closes the connection after the answer, gently (sendJson)
        sendJson(res, error.status, { ok: false, error: { code: error.code, message: error.message } });
      } else {
        console.error('[emulator] unexpected error', error);
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试。' } });
      }
    });
  };

  /** A server answering with the handler on a loopback port (0: any free one). */
  async function serve(onPort: number): Promise<{ server: Server; url: string }> {
    const server = createServer(handler);
    // The SDK keeps its connections alive; Node closes an idle one after 5 s by default, and a call
    // that computes longer than that (an import reading a large sheet) then meets a reset connection.
    // Hold idle connections for longer than any function runs, as CloudBase's own gateway does.
    server.keepAliveTimeout = 120_000;
    server.headersTimeout = 125_000;
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(onPort, '127.0.0.1', () => {
        server.off('error', fail);
        done();
      });
    });
    const { port } = server.address() as AddressInfo;
    return { server, url: `http://127.0.0.1:${port}` };
  }

  const { server, url } = await serve(options.port ?? 0);
  const adminUrl = `${url}/admin`;
  if (options.configureSdk) pointSdkAt(adminUrl);
  const more: Server[] = [];
  const closeServer = (s: Server) =>
    new Promise<void>((done) => {
      s.closeAllConnections();
      s.close(() => done());
    });

  return {
    url,
    adminUrl,
    async listen(onPort) {
      const opened = await serve(onPort);
      more.push(opened.server);
      return opened.url;
    },
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
    async close() {
      await Promise.all([server, ...more].map(closeServer));
      store.close();
    },
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
