import { db } from './app';

/** What the SDK hands a transaction callback (its own typings say `any`). */
export interface Tx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Record<string, unknown> | null }>;
      set(data: object): Promise<unknown>;
      update(data: object): Promise<unknown>;
    };
    add(data: object): Promise<{ id?: string | number }>;
  };
}

const ATTEMPTS = 12;
const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` as one CloudBase transaction: every write commits together or none does. When
 * another writer got there first it runs `work` again after a short random pause (the SDK's own
 * retry is immediate, which under contention just conflicts again). A Failure thrown inside rolls
 * it back and is answered as it is.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await db.runTransaction(work as (tx: unknown) => Promise<T>, 0)) as T;
    } catch (error) {
      if ((error as { code?: string }).code !== CONFLICT || attempt >= ATTEMPTS) throw error;
      await pause(Math.random() * 20 * attempt);
    }
  }
}
