import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The emulator's front door: how a request body is admitted (its size, its shape), how a refused
 * one is answered so that the client really reads the answer, and how the synchronous work of
 * large bodies is kept from stalling everyone else on the single event loop.
 */

/** The largest body the emulator reads. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * The most JSON values (objects, arrays and the members of both) one body may hold. Parsing cost
 * and memory grow with the number of values, not the bytes: 4.9 MB of `[{},{},…]` took 0.8 s of
 * the event loop to parse and some 130 MB of heap, where 4.9 MB of one string takes 10 ms. No
 * request of the product comes near this (the largest are a page of ids or a spreadsheet sent as
 * one base64 string; the SDK sends each document as one EJSON string).
 */
export const MAX_BODY_VALUES = 50_000;

/** Bodies from this size on take turns for their parsing and the synchronous start of their work. */
export const LARGE_BODY_BYTES = 256 * 1024;

/**
 * How long a refused upload is still read (and thrown away) after the answer, at most: closing a
 * connection while the client is still sending resets it, and the client then loses the answer.
 */
const LINGER_MS = 10_000;

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const tooLarge = () => new HttpError(413, 'REQUEST_TOO_LARGE', '请求内容过大（最大 5 MB）');
export const tooComplex = () => new HttpError(413, 'REQUEST_TOO_COMPLEX', `请求内容过于复杂（最多 ${MAX_BODY_VALUES} 个值）`);

/** The length the request declares, or undefined (chunked, or no body). */
function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length'];
  return header === undefined ? undefined : Number(header);
}

/** Refused before a byte of the body is read: its declared length is over the limit. */
export function declaredTooLarge(req: IncomingMessage): boolean {
  return (declaredLength(req) ?? 0) > MAX_BODY_BYTES;
}

/**
 * Counts the values of a JSON text as it arrives (each `{`, `[` and `,` outside strings) without
 * parsing it: a few milliseconds for 5 MB, and strings (a base64 file) are skipped by searching for
 * their closing quote.
 */
export class JsonValueCounter {
  count = 0;
  private inString = false;
  private escaped = false;

  feed(chunk: Buffer): number {
    const n = chunk.length;
    let i = 0;
    // positions of the next quote and backslash at or after i (n: none in this chunk)
    let quote = -1;
    let backslash = -1;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i += 1;
          continue;
        }
        if (quote < i) quote = indexOr(chunk, 0x22, i, n);
        if (backslash < i) backslash = indexOr(chunk, 0x5c, i, n);
        if (backslash < quote) {
          this.escaped = true;
          i = backslash + 1;
        } else if (quote < n) {
          this.inString = false;
          i = quote + 1;
        } else {
          break; // the string goes on in the next chunk
        }
        continue;
      }
      const c = chunk[i];
      if (c === 0x22) this.inString = true;
      else if (c === 0x2c || c === 0x5b || c === 0x7b) this.count += 1;
      i += 1;
    }
    return this.count;
  }
}

function indexOr(chunk: Buffer, byte: number, from: number, none: number): number {
  const at = chunk.indexOf(byte, from);
  return at < 0 ? none : at;
}

/**
 * The body's bytes (decoded with its parsing, in turn if large). Refused with 413 as soon as it is
 * known to be too large (by its declared length, before reading; otherwise on the byte that crosses
 * the limit) or to hold too many values; what the client still sends after that is read and thrown
 * away, never kept. A large body's reading gives way to calls with small bodies (`turns`).
 */
export function readBody(req: IncomingMessage, turns?: TakeTurns): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (declaredTooLarge(req)) return reject(tooLarge());
    let chunks: Buffer[] = [];
    let size = 0;
    let large = false;
    const values = new JsonValueCounter();
    const stop = () => {
      req.off('data', onData);
      chunks = [];
      turns?.doneReading(req);
    };
    const refuse = (error: HttpError) => {
      stop();
      req.resume();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return refuse(tooLarge());
      if (values.feed(chunk) > MAX_BODY_VALUES) return refuse(tooComplex());
      chunks.push(chunk);
      if (!large && size >= LARGE_BODY_BYTES) {
        large = true;
        turns?.reading(req);
      }
    };
    req.on('data', onData);
    if ((declaredLength(req) ?? 0) >= LARGE_BODY_BYTES) {
      large = true;
      turns?.reading(req);
    }
    req.on('end', () => {
      const body = Buffer.concat(chunks, size);
      stop();
      resolve(body);
    });
    req.on('error', reject);
    // the client went away mid-upload: nothing to answer, and nothing to keep
    req.on('close', () => {
      if (!req.complete) refuse(new HttpError(400, 'REQUEST_ABORTED', '请求未发送完整'));
    });
  });
}

/** The body as a JSON object (an empty body is `{}`). */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  const text = body.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'INVALID_JSON', '请求内容不是有效的 JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'INVALID_JSON', '请求内容必须是 JSON 对象');
  return value as Record<string, unknown>;
}

/**
 * Whether answering now would leave part of a body unread that Node would not read for us: one
 * declared over the limit, or one of unknown length (Node reads the rest of any other body itself
 * after the answer and keeps the connection).
 */
function leavesBodyUnread(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const declared = declaredLength(req);
  return declared === undefined ? req.headers['transfer-encoding'] !== undefined : declared > MAX_BODY_BYTES;
}

/**
 * Prepares `res` so that its answer reaches a client still sending a body the emulator will not
 * read: the answer says `Connection: close`, and instead of closing the connection at once when the
 * answer is out (Node's way; the client, still writing, is then reset: EPIPE or ECONNRESET, and the
 * answer is lost), the connection is closed gently: our side ends after the answer, what the client
 * still sends is read and thrown away until it has sent everything (or LINGER_MS), then it closes.
 * Answers the headers to add.
 */
export function closeGentlyIfBodyUnread(res: ServerResponse): Record<string, string> {
  const req = res.req;
  if (!leavesBodyUnread(req)) return {};
  const socket = req.socket as Socket & { destroySoon?: () => void };
  // keep the rest of the body flowing (and dropped: no one listens to it)
  req.resume();
  // Node calls `destroySoon` on the connection once a `Connection: close` answer is flushed.
  socket.destroySoon = function lingeringClose(this: Socket) {
    if (this.writable) this.end();
    const close = () => {
      clearTimeout(timer);
      this.destroy();
    };
    const timer = setTimeout(close, LINGER_MS);
    timer.unref();
    let answered = this.writableFinished;
    let received = req.complete;
    const maybeClose = () => {
      if (answered && received) close();
    };
    if (!answered) this.once('finish', () => ((answered = true), maybeClose()));
    if (!received) req.once('end', () => ((received = true), maybeClose()));
    this.once('close', () => clearTimeout(timer));
    maybeClose();
  };
  return { connection: 'close' };
}

/** How long large bodies give way to calls with small ones, at most, before going on alongside them. */
export const LARGE_BODY_MAX_WAIT_MS = 1_000;

/**
 * Large bodies give way to calls with small ones. Measured with six 4.9 MB bodies arriving at once,
 * another person's call waits for two things: the reading of 30 MB (libuv reads each ready socket
 * up to 32 times per turn of the event loop, tens of milliseconds per turn) and each body's
 * synchronous work (decoding, JSON.parse, and the start of what it asks for: a function's input
 * validation runs before its first await). So while a call with a small body is being answered,
 * large bodies are not read further (TCP holds the client back) and their work waits; large bodies
 * do their work one at a time, one per turn of the event loop. The other call then waits at most for
 * the one body being worked on when it arrived. Large bodies wait at most `maxWaitMs` for a moment
 * without small calls, then go on alongside them until there is one.
 */
export class TakeTurns {
  /** calls with small bodies being answered */
  private small = 0;
  /** large bodies being read */
  private readonly readers = new Set<IncomingMessage>();
  /** the synchronous work of large bodies read, waiting for their turn */
  private readonly waiting: Array<() => void> = [];
  private busy = false;
  /** since when large bodies have been giving way (undefined: they are not) */
  private givingWaySince: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** for a request counted as small whose body turns out large (it had no declared length) */
  private readonly uncount = new WeakMap<IncomingMessage, () => void>();

  constructor(private readonly maxWaitMs = LARGE_BODY_MAX_WAIT_MS) {}

  /** Every request as it arrives: one without a declared large body counts as small until answered. */
  arrive(req: IncomingMessage, res: ServerResponse): void {
    if ((declaredLength(req) ?? 0) >= LARGE_BODY_BYTES) return;
    this.small += 1;
    let counted = true;
    const uncount = () => {
      if (!counted) return;
      counted = false;
      this.small -= 1;
      this.update();
    };
    this.uncount.set(req, uncount);
    res.once('close', uncount);
    this.update();
  }

  /** A large body is being read. */
  reading(req: IncomingMessage): void {
    this.uncount.get(req)?.();
    this.readers.add(req);
    this.update();
  }

  /** Reading it has ended (read, refused or abandoned): it is no longer held back. */
  doneReading(req: IncomingMessage): void {
    if (this.readers.delete(req) && req.isPaused()) req.resume();
  }

  /** Runs `work` for a body of `size` bytes: at once if small, otherwise in turn; settles as its result does. */
  run<T>(size: number, work: () => T | Promise<T>): Promise<T> {
    if (size < LARGE_BODY_BYTES) return Promise.resolve().then(work);
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      });
      this.update();
    });
  }

  private givingWay(): boolean {
    if (this.small === 0 || (this.readers.size === 0 && this.waiting.length === 0)) {
      this.givingWaySince = undefined;
      return false;
    }
    const now = Date.now();
    this.givingWaySince ??= now;
    const left = this.givingWaySince + this.maxWaitMs - now;
    if (left <= 0) return false;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, left).unref();
    return true;
  }

  private update(): void {
    const givingWay = this.givingWay();
    for (const req of this.readers) {
      if (givingWay) req.pause();
      else if (req.isPaused()) req.resume();
    }
    if (givingWay || this.busy) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.busy = true;
    next();
    // the next one after a turn of the event loop: the I/O of others first
    setImmediate(() => {
      this.busy = false;
      this.update();
    });
  }
}
