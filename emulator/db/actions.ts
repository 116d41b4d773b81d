import { z } from 'zod';
import { decodeRequestValue, encodeForWire, type Doc } from '../ejson';
import { runPipeline } from './engine';
import { sqlGroupOf } from './group';
import { DbError, dbErrors } from './errors';
import { idForInsert, isDocId, newId, type DocId } from './ids';
import { updatedDoc, type Store } from './store';
import type { Transactions } from './transactions';

/** CloudBase's limits on one read. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const base = z.object({ collectionName: z.string().min(1), transactionId: z.string().optional() });
const targeted = base.extend({
  query: z.unknown().optional(),
  queryType: z.enum(['DOC', 'WHERE']).default('WHERE'),
  multi: z.boolean().optional(),
});
const requests = {
  'database.insertDocument': base.extend({ data: z.array(z.unknown()).min(1) }),
  'database.getDocument': targeted.extend({
    order: z.unknown().optional(),
    offset: z.coerce.number().int().min(0).optional(),
    limit: z.coerce.number().int().min(0).optional(),
    projection: z.unknown().optional(),
  }),
  'database.calculateDocument': targeted,
  'database.modifyDocument': targeted.extend({
    data: z.unknown(),
    merge: z.boolean().default(true),
    upsert: z.boolean().default(false),
  }),
  'database.modifyAndReturnDoc': targeted.extend({ data: z.unknown() }),
  'database.removeDocument': targeted,
  'database.aggregateDocuments': base.extend({
    stages: z.array(z.object({ stageKey: z.string().startsWith('$'), stageValue: z.unknown() })),
  }),
  'database.addCollection': z.object({ collectionName: z.string().min(1) }),
  'database.startTransaction': z.object({}),
  'database.commitTransaction': z.object({ transactionId: z.string() }),
  'database.abortTransaction': z.object({ transactionId: z.string() }),
} as const;

export type DatabaseAction = keyof typeof requests;
export const databaseActions = Object.keys(requests) as DatabaseAction[];

type Parsed<A extends DatabaseAction> = z.infer<(typeof requests)[A]>;

function asDoc(value: unknown, what: string): Doc {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw dbErrors.invalid(`${what} must be an object`);
  return value as Doc;
}

function queryOf(request: { query?: unknown }, now: number): Doc | undefined {
  const q = decodeRequestValue(request.query, now);
  return q === undefined ? undefined : asDoc(q, 'query');
}

function docIdOf(query: Doc | undefined): DocId {
  const id = query?._id;
  if (!isDocId(id)) throw dbErrors.invalid('a document query needs its _id');
  return id;
}

/** A plain write met a document an open transaction has written: it runs again once that has ended. */
class MustWait {
  constructor(readonly until: Promise<void>) {}
}

/** Executes one `database.*` action of the SDK's wire protocol against the store. */
export class DatabaseActions {
  constructor(
    private readonly store: Store,
    private readonly transactions: Transactions,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The answer; a promise of it when a plain write waits for an open transaction (Transactions.writtenByOpen). */
  run(action: string, body: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
    if (!(action in requests)) throw new DbError('INVALID_ACTION', `unsupported action: ${action}`);
    const a = action as DatabaseAction;
    const parsed = requests[a].safeParse(body);
    if (!parsed.success) throw dbErrors.invalid(`${action}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    try {
      return this.handlers[a](parsed.data as never);
    } catch (error) {
      // nothing was written: the whole action runs again, on the documents as the transaction left them
      if (error instanceof MustWait) return error.until.then(() => this.run(action, body));
      throw error;
    }
  }

  /** Before a plain write: the documents it would write must not be held by an open transaction. */
  private notHeld(collection: string, ids: DocId[]): void {
    const until = this.transactions.writtenByOpen(collection, ids);
    if (until) throw new MustWait(until);
  }

  private readonly handlers: { [A in DatabaseAction]: (r: Parsed<A>) => Record<string, unknown> } = {
    'database.insertDocument': (r) => {
      const now = this.clock();
      const docs = r.data.map((d) => asDoc(decodeRequestValue(d, now), 'data'));
      if (r.transactionId) {
        const tid = r.transactionId;
        return { data: { insertedIds: docs.map((d) => this.transactions.insert(tid, r.collectionName, d)) } };
      }
      const changes = docs.map((d) => {
        const id = idForInsert(d);
        return { collection: r.collectionName, id, doc: { ...d, _id: id }, insert: true };
      });
      this.notHeld(
        r.collectionName,
        changes.map((c) => c.id),
      );
      this.store.write(changes);
      return { data: { insertedIds: changes.map((c) => c.id) } };
    },

    'database.getDocument': (r) => {
      const now = this.clock();
      const query = queryOf(r, now);
      const projection = decodeRequestValue(r.projection, now) as Doc | undefined;
      let docs: Doc[];
      if (r.transactionId) {
        const doc = this.transactions.get(r.transactionId, r.collectionName, docIdOf(query));
        docs = doc ? [doc] : [];
      } else {
        // As CloudBase: 100 when unset, never more than 1000 in one read.
        const limit = Math.min(r.limit || DEFAULT_LIMIT, MAX_LIMIT);
        const order = decodeRequestValue(r.order, now) as Record<string, number> | undefined;
        docs = this.store.find(r.collectionName, query, { order, offset: r.offset, limit });
      }
      if (projection && Object.keys(projection).length) docs = project(docs, projection);
      return { data: { list: docs.map(encodeForWire), offset: r.offset ?? 0, limit: r.limit ?? DEFAULT_LIMIT } };
    },

    'database.calculateDocument': (r) => ({ data: { total: this.store.count(r.collectionName, queryOf(r, this.clock())) } }),

    'database.modifyDocument': (r) => {
      const now = this.clock();
      const query = queryOf(r, now);
      const data = asDoc(decodeRequestValue(r.data, now), 'data');
      if (r.transactionId) {
        const id = docIdOf(query);
        const current = this.transactions.get(r.transactionId, r.collectionName, id);
        if (!current && !r.upsert) return { data: { updated: 0 } };
        this.transactions.put(r.transactionId, r.collectionName, id, updatedDoc(current ?? { _id: id }, data, r.merge));
        return { data: current ? { updated: 1 } : { updated: 0, upsert_id: id } };
      }
      const targets = this.targets(r.collectionName, r.queryType, query, r.multi ?? false);
      this.notHeld(r.collectionName, r.queryType === 'DOC' ? [docIdOf(query)] : targets.map(idOf));
      if (targets.length === 0) {
        if (!r.upsert) return { data: { updated: 0 } };
        const id = r.queryType === 'DOC' ? docIdOf(query) : newId();
        this.store.write([{ collection: r.collectionName, id, doc: updatedDoc({ _id: id }, data, r.merge), insert: true }]);
        return { data: { updated: 0, upsert_id: id } };
      }
      this.store.write(targets.map((doc) => ({ collection: r.collectionName, id: idOf(doc), doc: updatedDoc(doc, data, r.merge) })));
      return { data: { updated: targets.length } };
    },

    'database.modifyAndReturnDoc': (r) => {
      const now = this.clock();
      const query = queryOf(r, now);
      const [target] = this.targets(r.collectionName, r.queryType, query, false);
      this.notHeld(r.collectionName, r.queryType === 'DOC' ? [docIdOf(query)] : target ? [idOf(target)] : []);
      if (!target) return { data: { updated: 0, doc: null } };
      const doc = updatedDoc(target, asDoc(decodeRequestValue(r.data, now), 'data'), true);
      this.store.write([{ collection: r.collectionName, id: idOf(doc), doc }]);
      return { data: { updated: 1, doc: encodeForWire(doc) } };
    },

    'database.removeDocument': (r) => {
      const query = queryOf(r, this.clock());
      if (r.transactionId) {
        const id = docIdOf(query);
        if (!this.transactions.get(r.transactionId, r.collectionName, id)) return { data: { deleted: 0 } };
        this.transactions.put(r.transactionId, r.collectionName, id, null);
        return { data: { deleted: 1 } };
      }
      const targets = this.targets(r.collectionName, r.queryType, query, r.multi ?? false);
      this.notHeld(r.collectionName, r.queryType === 'DOC' ? [docIdOf(query)] : targets.map(idOf));
      if (targets.length) this.store.write(targets.map((doc) => ({ collection: r.collectionName, id: idOf(doc), doc: null })));
      return { data: { deleted: targets.length } };
    },

    'database.aggregateDocuments': (r) => {
      const now = this.clock();
      const pipeline = r.stages.map((s) => ({ [s.stageKey]: decodeRequestValue(s.stageValue, now) }));
      // A leading $match is answered through the indexes; the rest of the pipeline runs in mingo.
      const first = pipeline[0];
      const leadingMatch = first && '$match' in first ? asDoc(first.$match, '$match') : undefined;
      const rest = leadingMatch ? pipeline.slice(1) : pipeline;
      // A $lookup reads the other collection as committed, as the rest of the pipeline does (an
      // equality join only the documents its filter names, through the indexes).
      const others = (name: string, filter?: Doc) => (this.store.hasCollection(name) ? this.store.find(name, filter) : []);
      // A simple $group right after it is computed by SQLite too, as MongoDB groups in the database.
      const group = sqlGroupOf(rest[0]);
      const grouped = group && this.store.group(r.collectionName, leadingMatch, group);
      const list = grouped ? runPipeline(rest.slice(1), grouped, others) : runPipeline(rest, this.store.find(r.collectionName, leadingMatch), others);
      return { data: { list: list.map(encodeForWire) } };
    },

    'database.addCollection': (r) => {
      if (this.store.hasCollection(r.collectionName)) {
        throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${r.collectionName}`);
      }
      this.store.createCollection(r.collectionName);
      return { data: {} };
    },

    'database.startTransaction': () => ({ transactionId: this.transactions.start() }),
    'database.commitTransaction': (r) => {
      this.transactions.commit(r.transactionId);
      return {};
    },
    'database.abortTransaction': (r) => {
      this.transactions.abort(r.transactionId);
      return {};
    },
  };

  private targets(collection: string, queryType: 'DOC' | 'WHERE', query: Doc | undefined, multi: boolean): Doc[] {
    if (queryType === 'DOC') {
      const found = this.store.getById(collection, docIdOf(query));
      return found ? [found.doc] : [];
    }
    return this.store.find(collection, query, multi ? {} : { limit: 1 });
  }
}

function project(docs: Doc[], projection: Doc): Doc[] {
  const normalised = Object.fromEntries(Object.entries(projection).map(([k, v]) => [k, v === true ? 1 : v === false ? 0 : v]));
  return runPipeline([{ $project: normalised }], docs);
}

/** Every stored document has a string or number _id (the store writes nothing else). */
function idOf(doc: Doc): DocId {
  return doc._id as DocId;
}
