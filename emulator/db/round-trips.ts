import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { randomUUID } from 'node:crypto';

/**
 * Database round trips per function invocation, as the emulator sees them (issue 13: a parent's
 * phone waits for every one). CloudBase's SDK keeps one client per process and sends no header of
 * the invocation that made a request, so the local process tags them itself: an invocation runs
 * inside `withInvocation`, and every HTTP request started within it (whatever async path the SDK
 * takes, concurrent invocations included) carries the invocation's id in INVOCATION_HEADER. The
 * emulator's `/admin` counts each request under that id — reads, writes, aggregates, and each
 * transaction's start, operations and commit alike. Requests made outside any invocation carry no
 * id and are not counted. Only the local process does this; deployed functions are untouched.
 */
export const INVOCATION_HEADER = 'x-local-invocation';

const invocation = new AsyncLocalStorage<string>();
let tagging = false;

/** Adds the header to every request made inside an invocation (once per process; inert outside one). */
function tagRequests(): void {
  if (tagging) return;
  tagging = true;
  const original = http.request.bind(http) as (...args: unknown[]) => http.ClientRequest;
  // The SDK looks `http.request` up on every call, and sends headers only when the body is written.
  (http as { request: unknown }).request = (...args: unknown[]) => {
    const request = original(...args);
    const id = invocation.getStore();
    if (id) request.setHeader(INVOCATION_HEADER, id);
    return request;
  };
}

/** Runs `work` as one invocation: the requests it makes are counted under `id`. */
export function withInvocation<T>(id: string, work: () => Promise<T>): Promise<T> {
  tagRequests();
  return invocation.run(id, work);
}

export function newInvocationId(): string {
  return randomUUID();
}

export interface RoundTripCount {
  total: number;
  /** by the SDK's action, e.g. `database.getDocument` */
  byAction: Record<string, number>;
}

/** The SDK's actions that change documents (a transaction's writes are each one of them). */
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.modifyAndReturnDoc', 'database.removeDocument']);

/**
 * The emulator's tally: requests per invocation id, taken (and forgotten) when the invocation ends;
 * and the document writes made outside any invocation — by a script or a seed rather than the
 * product's actions (R27: a city is brought from empty to a running season by actions alone, and
 * the journey that proves it reads this count from /dev/outside-writes).
 */
export class RoundTrips {
  private readonly counts = new Map<string, Record<string, number>>();
  outsideWrites = 0;

  record(id: string | undefined, action: string): void {
    if (!id) {
      if (WRITES.has(action)) this.outsideWrites += 1;
      return;
    }
    const byAction = this.counts.get(id) ?? {};
    byAction[action] = (byAction[action] ?? 0) + 1;
    this.counts.set(id, byAction);
  }

  take(id: string): RoundTripCount {
    const byAction = this.counts.get(id) ?? {};
    this.counts.delete(id);
    return { total: Object.values(byAction).reduce((n, c) => n + c, 0), byAction };
  }
}
