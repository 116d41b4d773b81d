import type { Doc } from '../ejson';
import { dbErrors } from './errors';
import { docKey, idForInsert, newId, type DocId } from './ids';
import { duplicateIdDetail, type Store } from './store';

/** How long CloudBase keeps an open transaction. */
export const TRANSACTION_TTL_MS = 30_000;

interface PendingWrite {
  collection: string;
  id: DocId;
  doc: Doc | null;
  insert: boolean;
}

interface Transaction {
  id: string;
  snapshot: number;
  expiresAt: number;
  writes: Map<string, PendingWrite>;
  /** settled when it ends, for the plain writes waiting for it (made when the first one waits) */
  ended?: { promise: Promise<void>; resolve: () => void; timer: NodeJS.Timeout };
}

/**
 * Snapshot-isolated transactions over single documents, as CloudBase offers them: reads see the
 * database as of the start; the first writer of a document wins and a later one gets
 * DATABASE_TRANSACTION_CONFLICT (which makes the SDK's runTransaction try again); a transaction
 * that hits a conflict is aborted; after 30 s it is gone. A plain (non-transactional) write to a
 * document an open transaction has written waits until that transaction commits or aborts (at most
 * until it expires), then applies, as in MongoDB (`writtenByOpen`; the waiting is a promise, never
 * a blocked event loop).
 */
export class Transactions {
  private readonly open = new Map<string, Transaction>();
  /** document key → id of the open transaction that has written it */
  private readonly locks = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  start(): string {
    this.expire();
    const id = newId();
    const snapshot = this.store.currentVersion;
    this.open.set(id, { id, snapshot, expiresAt: this.clock() + TRANSACTION_TTL_MS, writes: new Map() });
    this.store.openSnapshots.set(id, snapshot);
    return id;
  }

  get(transactionId: string, collection: string, id: DocId): Doc | null {
    const t = this.require(transactionId);
    const pending = t.writes.get(docKey(collection, id));
    if (pending) return pending.doc;
    return this.store.getAt(collection, id, t.snapshot);
  }

  insert(transactionId: string, collection: string, doc: Doc): DocId {
    const t = this.require(transactionId);
    if (!this.store.hasCollection(collection)) throw dbErrors.collectionNotExist(collection);
    const id = idForInsert(doc);
    if (this.get(transactionId, collection, id) !== null) throw dbErrors.duplicateKey(collection, duplicateIdDetail(id));
    // Inserted by another transaction since this one's snapshot: as in MongoDB, a write conflict
    // (the caller runs again and then sees the document), not a duplicate key.
    if (this.store.getById(collection, id)) throw dbErrors.conflict();
    this.claim(t, collection, id);
    t.writes.set(docKey(collection, id), { collection, id, doc: { ...doc, _id: id }, insert: true });
    return id;
  }

  /** Replaces (or with `doc: null` removes) a document inside the transaction. */
  put(transactionId: string, collection: string, id: DocId, doc: Doc | null): void {
    const t = this.require(transactionId);
    this.claim(t, collection, id);
    const k = docKey(collection, id);
    const insert = t.writes.get(k)?.insert ?? false;
    t.writes.set(k, { collection, id, doc: doc && { ...doc, _id: id }, insert: insert && doc !== null });
  }

  /**
   * Settles when every open transaction that has written one of these documents has ended (undefined
   * when none has): a plain write to them waits for it, and then runs again. A transaction ends by
   * commit, abort or conflict, or at the end of its lifetime: the waiting is bounded by it (a
   * transaction whose time is up is ended then, even if nothing else asks about it).
   */
  writtenByOpen(collection: string, ids: DocId[]): Promise<void> | undefined {
    this.expire();
    const holders = new Set<Transaction>();
    for (const id of ids) {
      const holder = this.locks.get(docKey(collection, id));
      const t = holder === undefined ? undefined : this.open.get(holder);
      if (t) holders.add(t);
    }
    if (holders.size === 0) return undefined;
    return Promise.all([...holders].map((t) => this.endOf(t))).then(() => undefined);
  }

  private endOf(t: Transaction): Promise<void> {
    if (!t.ended) {
      let resolve = () => {};
      const promise = new Promise<void>((done) => (resolve = done));
      const timer = setTimeout(
        () => {
          if (this.open.get(t.id) === t) this.end(t);
        },
        Math.max(0, t.expiresAt - this.clock()),
      );
      timer.unref();
      t.ended = { promise, resolve, timer };
    }
    return t.ended.promise;
  }

  commit(transactionId: string): void {
    const t = this.require(transactionId);
    try {
      for (const w of t.writes.values()) this.assertUnchangedSince(t, w.collection, w.id);
      this.store.write([...t.writes.values()].filter((w) => !(w.insert && w.doc === null)));
    } finally {
      this.end(t);
    }
  }

  abort(transactionId: string): void {
    this.end(this.require(transactionId));
  }

  /** First writer wins: a document written by another open transaction, or committed since our snapshot, conflicts. */
  private claim(t: Transaction, collection: string, id: DocId): void {
    const k = docKey(collection, id);
    const holder = this.locks.get(k);
    if (holder && holder !== t.id) this.conflict(t);
    this.assertUnchangedSince(t, collection, id);
    this.locks.set(k, t.id);
  }

  private assertUnchangedSince(t: Transaction, collection: string, id: DocId): void {
    const current = this.store.getById(collection, id);
    const changedSince = current ? current.version > t.snapshot : this.store.getAt(collection, id, t.snapshot) !== null;
    if (changedSince) this.conflict(t);
  }

  private conflict(t: Transaction): never {
    this.end(t);
    throw dbErrors.conflict();
  }

  private require(transactionId: string): Transaction {
    this.expire();
    const t = this.open.get(transactionId);
    if (!t) throw dbErrors.transactionFail();
    return t;
  }

  private end(t: Transaction): void {
    this.open.delete(t.id);
    this.store.openSnapshots.delete(t.id);
    for (const [k, holder] of this.locks) if (holder === t.id) this.locks.delete(k);
    if (t.ended) {
      clearTimeout(t.ended.timer);
      t.ended.resolve();
    }
  }

  private expire(): void {
    const now = this.clock();
    for (const t of this.open.values()) if (t.expiresAt <= now) this.end(t);
  }

  get openCount(): number {
    return this.open.size;
  }
}
