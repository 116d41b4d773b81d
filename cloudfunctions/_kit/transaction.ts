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

/**
 * Runs `work` as one CloudBase transaction: every write commits together or none does; the SDK
 * re-runs it when another writer got there first. A Failure thrown inside rolls it back and is
 * answered as it is.
 */
export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.runTransaction(work as (tx: unknown) => Promise<T>) as Promise<T>;
}
