import type { z } from 'zod';
import { collections, type CollectionName, type RecordOf } from '../../../config/database';
import { _, db } from './app';

/**
 * Typed data access: every collection by the name config/database.ts gives it, every record parsed
 * with the schema declared beside it, on the way in and on the way out. Handlers never name a
 * collection by a string nor parse what the database answers themselves.
 */

/** A query condition as the SDK takes it (plain fields, dotted paths, `_` commands). */
export type Where = Record<string, unknown> | ReturnType<typeof _.and>;

/** An update command of the SDK (`_.inc(1)`, `_.remove()`, …). */
export type Command = ReturnType<typeof _.inc> | ReturnType<typeof _.remove> | ReturnType<typeof _.set>;

/** What an update may set: the record's own fields (or a command), or dotted paths. */
export type Patch<N extends CollectionName> = { [K in keyof Omit<RecordOf<N>, '_id'>]?: RecordOf<N>[K] | Command } & Record<string, unknown>;
export type NewRecord<N extends CollectionName> = Omit<z.input<(typeof collections)[N]['record']>, '_id'> & { _id?: string };

export interface FindOptions {
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>;
  skip?: number;
  /** CloudBase answers at most 1000 documents per read; 100 unless told */
  limit?: number;
}

/** CloudBase answers at most this many documents per read. */
export const MAX_READ = 1000;

function schemaOf<N extends CollectionName>(name: N) {
  return collections[name].record as unknown as z.ZodType<RecordOf<N>>;
}

/**
 * Each collection's schema for a new record (an id is given later if absent), made once: zod
 * prepares a schema on its first parse, which cost more than the parse itself when a new one was
 * made for every record written.
 */
const newRecordSchemas = new Map<CollectionName, z.ZodType>();

/** A new record as it will be stored: checked against its schema. */
function checked<N extends CollectionName>(name: N, record: NewRecord<N>): object {
  let schema = newRecordSchemas.get(name);
  if (!schema) {
    schema = (collections[name].record as unknown as z.ZodObject<{ _id: z.ZodString }>).partial({ _id: true });
    newRecordSchemas.set(name, schema);
  }
  return schema.parse(record) as object;
}

export function typedCollection<N extends CollectionName>(name: N) {
  const parse = (raw: unknown) => schemaOf(name).parse(raw);
  const ref = () => db.collection(name);
  const query = (where: Where, options: FindOptions = {}) => {
    let q = ref().where(where);
    for (const [field, direction] of options.orderBy ?? []) q = q.orderBy(field, direction);
    if (options.skip) q = q.skip(options.skip);
    return q.limit(options.limit ?? 100);
  };
  return {
    name,
    async get(id: string): Promise<RecordOf<N> | null> {
      const { data } = await ref().doc(id).get();
      return data[0] ? parse(data[0]) : null;
    },
    async find(where: Where, options?: FindOptions): Promise<RecordOf<N>[]> {
      const { data } = await query(where, options).get();
      return data.map(parse);
    },
    /** Every match, a page of MAX_READ at a time (for small registries such as the schools). */
    async findAll(where: Where): Promise<RecordOf<N>[]> {
      const found: RecordOf<N>[] = [];
      for (let skip = 0; ; skip += MAX_READ) {
        const page = await this.find(where, { skip, limit: MAX_READ, orderBy: [['_id', 'asc']] });
        found.push(...page);
        if (page.length < MAX_READ) return found;
      }
    },
    async count(where: Where): Promise<number> {
      const { total } = await ref().where(where).count();
      return total ?? 0;
    },
    async add(record: NewRecord<N>): Promise<string> {
      const { id } = await ref().add(checked(name, record));
      return String(id ?? record._id);
    },
    /** New documents in one insert request (CloudBase takes an array), each checked first. */
    async addMany(list: NewRecord<N>[]): Promise<void> {
      if (list.length) await ref().add(list.map((record) => checked(name, record)));
    },
    async set(id: string, record: Omit<NewRecord<N>, '_id'>): Promise<void> {
      const { _id: _ignored, ...doc } = checked(name, record as NewRecord<N>) as { _id?: string };
      await ref().doc(id).set(doc);
    },
    async update(id: string, patch: Patch<N>): Promise<number> {
      const { updated } = await ref().doc(id).update(patch);
      return updated ?? 0;
    },
    async updateWhere(where: Where, patch: Patch<N>): Promise<number> {
      const { updated } = await ref().where(where).update(patch);
      return updated ?? 0;
    },
    /** Updates the first match atomically and answers it as it is after the update. */
    async updateAndReturn(where: Where, patch: Patch<N>): Promise<RecordOf<N> | null> {
      const { doc } = (await ref().where(where).updateAndReturn(patch)) as { doc?: unknown };
      return doc ? parse(doc) : null;
    },
    /** The SDK's own query, for what the helpers above do not cover (aggregations). */
    aggregate: () => ref().aggregate(),
  };
}

type Records = { [N in CollectionName]: ReturnType<typeof typedCollection<N>> };

export const records = Object.fromEntries((Object.keys(collections) as CollectionName[]).map((name) => [name, typedCollection(name)])) as Records;

/** The same helpers inside a transaction: single documents only, as CloudBase allows. */
export interface RawTx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Record<string, unknown> | null }>;
      set(data: object): Promise<unknown>;
      update(data: object): Promise<unknown>;
      remove(): Promise<unknown>;
    };
    /** CloudBase inserts an array of documents in one request, inside a transaction too */
    add(data: object[]): Promise<unknown>;
  };
}

/**
 * New documents wait until the work is done and then go in one insert per collection (issue 13:
 * a submit that opens three leads and tells three recruiters makes two requests, not six). A
 * document added in a transaction is therefore not readable in it; nothing here needs that.
 */
class PendingInserts {
  private readonly byCollection = new Map<string, object[]>();

  add(name: string, doc: object): void {
    this.byCollection.set(name, [...(this.byCollection.get(name) ?? []), doc]);
  }

  /** One request per collection, one after another (a transaction runs one operation at a time). */
  async flush(tx: RawTx): Promise<void> {
    for (const [name, docs] of this.byCollection) await tx.collection(name).add(docs);
    this.byCollection.clear();
  }
}

export function typedTxCollection<N extends CollectionName>(tx: RawTx, name: N, pending: PendingInserts) {
  const ref = () => tx.collection(name);
  return {
    async get(id: string): Promise<RecordOf<N> | null> {
      const { data } = await ref().doc(id).get();
      return data ? schemaOf(name).parse({ ...data, _id: data._id ?? id }) : null;
    },
    async set(id: string, record: Omit<NewRecord<N>, '_id'>): Promise<void> {
      const { _id: _ignored, ...doc } = checked(name, record as NewRecord<N>) as { _id?: string };
      await ref().doc(id).set(doc);
    },
    async update(id: string, patch: Patch<N>): Promise<void> {
      await ref().doc(id).update(patch);
    },
    async remove(id: string): Promise<void> {
      await ref().doc(id).remove();
    },
    /** Checked now, written with the transaction's other new documents when its work is done. */
    async add(record: NewRecord<N>): Promise<void> {
      pending.add(name, checked(name, record));
    },
  };
}

export type TxRecords = { [N in CollectionName]: ReturnType<typeof typedTxCollection<N>> };

/** The typed collections of one run of a transaction, and the writing of its new documents. */
export function txRecords(tx: RawTx): { records: TxRecords; flush: () => Promise<void> } {
  const pending = new PendingInserts();
  const typed = Object.fromEntries((Object.keys(collections) as CollectionName[]).map((name) => [name, typedTxCollection(tx, name, pending)])) as TxRecords;
  return { records: typed, flush: () => pending.flush(tx) };
}
