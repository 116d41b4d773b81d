import { _ } from './app';
import { records } from './collections';

/**
 * One atomic increment of a counter document, outside any transaction, answering the count after
 * it: concurrent callers each get their own number and never conflict over it. The counter is
 * created on first use (a creator racing another loses harmlessly to the duplicate).
 */
export async function increment(collection: 'recruiterTurns' | 'redeemAttempts', id: string): Promise<number> {
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
