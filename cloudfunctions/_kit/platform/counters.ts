import { _ } from './app';
import { records } from './collections';

/**
 * One atomic increment of a counter document, outside any transaction, answering the count after
 * it: concurrent callers each get their own number and never conflict over it. The counter is
 * created on first use (a creator racing another loses harmlessly to the duplicate).
 */
export async function increment(collection: 'redeemAttempts', id: string): Promise<number> {
  const counters = records[collection];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const counter = await counters.updateAndReturn({ _id: id }, { count: _.inc(1) });
    if (counter) return counter.count;
    await counters.add({ _id: id, count: 0 }).catch((error: unknown) => {
      if (!String((error as { message?: unknown }).message).includes('E11000')) throw error;
    });
  }
  throw new Error(`counter ${collection}/${id} could not be incremented`);
}

/**
 * A field name for any id: MongoDB field names may not hold `.` or start with `$`, and ids come
 * from outside (a registry spreadsheet).
 */
export function counterKey(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E');
}

/**
 * Several counters held in one document, each incremented by one in one atomic request outside any
 * transaction; answers each count after it, by the key given.
 */
export async function incrementEach(collection: 'recruiterTurns' | 'reportAttempts', id: string, keys: string[]): Promise<Map<string, number>> {
  const counters = records[collection];
  const patch = Object.fromEntries(keys.map((k) => [`counts.${counterKey(k)}`, _.inc(1)]));
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const counter = await counters.updateAndReturn({ _id: id }, patch);
    if (counter) return new Map(keys.map((k) => [k, counter.counts[counterKey(k)] ?? 0]));
    await counters.add({ _id: id, counts: {} }).catch((error: unknown) => {
      if (!String((error as { message?: unknown }).message).includes('E11000')) throw error;
    });
  }
  throw new Error(`counters ${collection}/${id} could not be incremented`);
}
