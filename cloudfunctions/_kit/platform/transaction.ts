import { db } from './app';
import { txRecords, type RawTx, type TxRecords } from './collections';
import { failureForDatabaseError } from '../../domains/unique-indexes';

const ATTEMPTS = 12;
const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` as one CloudBase transaction: every write commits together or none does. When
 * another writer got there first it runs `work` again after a short random pause (the SDK's own
 * retry is immediate, which under contention just conflicts again), so `work` must read what it
 * decides on inside the transaction. A Failure thrown inside rolls it back and is answered as it is;
 * a unique index refusing the commit becomes the failure it means.
 */
export async function inTransaction<T>(work: (tx: TxRecords) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const run = async (raw: unknown) => {
        const { records, flush } = txRecords(raw as RawTx);
        const result = await work(records);
        await flush();
        return result;
      };
      return (await db.runTransaction(run, 0)) as T;
    } catch (error) {
      if ((error as { code?: string }).code !== CONFLICT || attempt >= ATTEMPTS) throw failureForDatabaseError(error) ?? error;
      await pause(Math.random() * 20 * attempt);
    }
  }
}

export type { TxRecords as Tx };
