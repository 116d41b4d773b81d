import Database from 'better-sqlite3';
import type { DatabaseSchema, IndexSpec } from '../../config/database';
import { decodeFromStorage, encodeForStorage, type Doc } from '../ejson';
import { applyUpdateOperators, compileQuery } from './engine';
import { countedDocs, countSql, groupedDocs, groupSql, type SqlGroup } from './group';
import { dbErrors } from './errors';
import { docKey, type DocId } from './ids';
import { sqliteIndexes, uniqueIndexName } from './indexes';
import { indexedFields, orderClause, planQuery } from './plan';

export interface FindOptions {
  order?: Record<string, number>;
  offset?: number;
  limit?: number;
}

interface Row {
  id: DocId;
  doc: string;
  version: number;
}

/** One write of a batch: the new document, or `null` to remove it. */
export interface Change {
  collection: string;
  id: DocId;
  doc: Doc | null;
  insert?: boolean;
}

/** A document as it stood before a write, kept while an open transaction may still need to see it. */
interface PastVersion {
  /** committed version that replaced it */
  replacedAt: number;
  doc: Doc | null;
}

const collectionName = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export function isOperatorUpdate(data: Doc): boolean {
  return Object.keys(data).some((k) => k.startsWith('$'));
}

/** Applies a CloudBase update (operators, or a plain object merged as `$set`) to a copy of `doc`. */
export function updatedDoc(doc: Doc, data: Doc, merge: boolean): Doc {
  if (!merge) return { ...data, _id: doc._id };
  const copy = structuredClone(doc);
  applyUpdateOperators(copy, isOperatorUpdate(data) ? data : { $set: data });
  if (copy._id !== doc._id) throw dbErrors.invalid('the _id field cannot be changed');
  return copy;
}

/**
 * The SQLite-backed document store: one table per collection (`id`, relaxed-EJSON `doc`, the
 * `version` that last wrote it), an expression index per declared index. Every write gets the next
 * global version; open transactions read the snapshot as of the version they started at.
 */
export class Store {
  readonly sql: Database.Database;
  private readonly indexes = new Map<string, IndexSpec[]>();
  /** per collection, the fields its indexes cover (the planner may translate conditions on these) */
  private readonly indexed = new Map<string, Set<string>>();
  /** SQLite name of each unique index → the declared index, to name it in an E11000 message */
  private readonly uniqueIndexes = new Map<string, IndexSpec>();
  private version: number;
  private readonly history = new Map<string, PastVersion[]>();
  /** start versions of open transactions, so history is kept only as long as someone needs it */
  readonly openSnapshots = new Map<string, number>();

  constructor(file: string, schema: DatabaseSchema) {
    this.sql = new Database(file);
    this.sql.pragma('journal_mode = WAL');
    this.sql.pragma('synchronous = NORMAL');
    this.sql.exec('CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY)');
    for (const { name } of this.statement('SELECT name FROM _collections').all() as Array<{ name: string }>) {
      this.indexes.set(name, []);
      this.untypeIdColumn(name);
    }
    for (const [name, spec] of Object.entries(schema)) this.createCollection(name, spec.indexes);
    this.version = 0;
    for (const name of this.indexes.keys()) {
      const row = this.statement(`SELECT MAX(version) AS v FROM ${table(name)}`).get() as { v: number | null };
      this.version = Math.max(this.version, row.v ?? 0);
    }
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared statements are cached: preparing costs more than running a primary-key lookup. */
  private statement(text: string): Database.Statement {
    let prepared = this.statements.get(text);
    if (!prepared) {
      prepared = this.sql.prepare(text);
      this.statements.set(text, prepared);
    }
    return prepared;
  }

  close(): void {
    this.sql.close();
  }

  get currentVersion(): number {
    return this.version;
  }

  hasCollection(name: string): boolean {
    return this.indexes.has(name);
  }

  createCollection(name: string, indexes: IndexSpec[] = []): void {
    if (!collectionName.test(name)) throw dbErrors.invalid(`invalid collection name: ${name}`);
    // No type on `id`, so SQLite keeps 42 and '42' as the two different ids they are.
    this.sql.exec(`CREATE TABLE IF NOT EXISTS ${table(name)} (id PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL)`);
    this.untypeIdColumn(name);
    this.statement('INSERT OR IGNORE INTO _collections (name) VALUES (?)').run(name);
    for (const spec of indexes) {
      for (const index of sqliteIndexes(name, table(name), spec)) this.ensureIndex(index.name, index.sql);
      if (spec.unique) this.uniqueIndexes.set(uniqueIndexName(name, spec.name), spec);
    }
    const all = [...(this.indexes.get(name) ?? []), ...indexes];
    this.indexes.set(name, all);
    this.indexed.set(name, indexedFields(all));
  }

  /** (Re)creates an index whose definition is not the one SQLite has, as after an emulator update. */
  private ensureIndex(name: string, sql: string): void {
    const existing = this.statement("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(name) as { sql: string } | undefined;
    if (existing?.sql === sql) return;
    if (existing) this.sql.exec(`DROP INDEX "${name}"`);
    this.sql.exec(sql);
  }

  /** A database file written before numeric ids had `id TEXT`, which turns 42 into '42': copy it into an untyped column. */
  private untypeIdColumn(name: string): void {
    const columns = this.sql.prepare(`PRAGMA table_info(${table(name)})`).all() as Array<{ name: string; type: string }>;
    if (columns.find((c) => c.name === 'id')?.type !== 'TEXT') return;
    const old = `"_retyping_${name}"`;
    this.sql.transaction(() => {
      this.sql.exec(`ALTER TABLE ${table(name)} RENAME TO ${old}`);
      this.sql.exec(`CREATE TABLE ${table(name)} (id PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL)`);
      this.sql.exec(`INSERT INTO ${table(name)} (rowid, id, doc, version) SELECT rowid, id, doc, version FROM ${old}`);
      this.sql.exec(`DROP TABLE ${old}`);
    })();
  }

  private plan(collection: string, query: Doc | undefined) {
    this.requireCollection(collection);
    return planQuery(query, this.indexed.get(collection) ?? new Set(['_id']));
  }

  private requireCollection(name: string): void {
    if (!this.indexes.has(name)) throw dbErrors.collectionNotExist(name);
  }

  /** Current committed documents matching `query`, in order, lazily filtered and paged. */
  find(collection: string, query: Doc | undefined, options: FindOptions = {}): Doc[] {
    const plan = this.plan(collection, query);
    const test = plan.exact ? () => true : compileQuery(query);
    const statement = this.statement(`SELECT doc FROM ${table(collection)} WHERE ${plan.where} ORDER BY ${orderClause(options.order)}`);
    const offset = options.offset ?? 0;
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const out: Doc[] = [];
    let skipped = 0;
    if (limit <= 0) return out;
    for (const row of statement.iterate(...plan.params) as Iterable<{ doc: string }>) {
      const doc = decodeFromStorage(row.doc);
      if (!test(doc)) continue;
      if (skipped < offset) {
        skipped += 1;
        continue;
      }
      out.push(doc);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The documents a `$group` makes of the committed documents matching `query`, computed by
   * SQLite; undefined (and the caller runs mingo over `find`) unless SQL answers the whole match
   * and every value the group reads is one SQL sees as mingo does.
   */
  group(collection: string, query: Doc | undefined, group: SqlGroup): Doc[] | undefined {
    const plan = this.plan(collection, query);
    if (!plan.exact) return undefined;
    const counting = countSql(group, table(collection), plan.where);
    const counted = counting && countedDocs(group, this.statement(counting).all(...plan.params) as Array<Record<string, string | number | null>>);
    if (counted) return counted;
    const rows = this.statement(groupSql(group, table(collection), plan.where)).all(...plan.params) as Array<Record<string, string | number | null>>;
    return groupedDocs(group, rows);
  }

  /** SQLite's plan for a find: tells whether it searches an index or scans the collection. */
  explain(collection: string, query: Doc | undefined, options: FindOptions = {}): string {
    const plan = this.plan(collection, query);
    const rows = this.sql
      .prepare(`EXPLAIN QUERY PLAN SELECT doc FROM ${table(collection)} WHERE ${plan.where} ORDER BY ${orderClause(options.order)}`)
      .all(...plan.params) as Array<{ detail: string }>;
    return rows.map((r) => r.detail).join('\n');
  }

  count(collection: string, query: Doc | undefined): number {
    const plan = this.plan(collection, query);
    if (plan.exact) {
      const row = this.statement(`SELECT COUNT(*) AS n FROM ${table(collection)} WHERE ${plan.where}`).get(...plan.params) as { n: number };
      return row.n;
    }
    return this.find(collection, query).length;
  }

  getById(collection: string, id: DocId): { doc: Doc; version: number } | undefined {
    this.requireCollection(collection);
    const row = this.statement(`SELECT id, doc, version FROM ${table(collection)} WHERE id = ?`).get(id) as Row | undefined;
    return row && { doc: decodeFromStorage(row.doc), version: row.version };
  }

  /** The document as a transaction that started at `snapshot` sees it. */
  getAt(collection: string, id: DocId, snapshot: number): Doc | null {
    // The earliest version replaced after the snapshot began is the one the snapshot saw.
    let seen: PastVersion | undefined;
    for (const past of this.history.get(docKey(collection, id)) ?? []) {
      if (past.replacedAt > snapshot && (!seen || past.replacedAt < seen.replacedAt)) seen = past;
    }
    if (seen) return seen.doc;
    return this.getById(collection, id)?.doc ?? null;
  }

  /**
   * Writes a batch of changes atomically with one new version. `doc: null` removes.
   * Unique-index and duplicate-_id violations roll the whole batch back.
   */
  write(changes: Change[]): number {
    const version = this.version + 1;
    const run = this.sql.transaction(() => {
      for (const change of changes) {
        this.requireCollection(change.collection);
        const t = table(change.collection);
        const before = this.statement(`SELECT doc FROM ${t} WHERE id = ?`).get(change.id) as { doc: string } | undefined;
        if (change.insert && before) throw dbErrors.duplicateKey(change.collection, duplicateIdDetail(change.id));
        this.remember(change.collection, change.id, before ? decodeFromStorage(before.doc) : null, version);
        if (change.doc === null) {
          this.statement(`DELETE FROM ${t} WHERE id = ?`).run(change.id);
        } else {
          const doc = { ...change.doc, _id: change.id };
          try {
            this.statement(
              `INSERT INTO ${t} (id, doc, version) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc, version = excluded.version`,
            ).run(change.id, encodeForStorage(doc), version);
          } catch (error) {
            throw this.duplicateKey(error, change.collection, doc);
          }
        }
      }
    });
    try {
      run();
    } catch (error) {
      this.forget(version);
      throw error;
    }
    this.version = version;
    this.pruneHistory();
    return version;
  }

  /** A unique-index violation as MongoDB words it, naming the declared index and the key. */
  private duplicateKey(error: unknown, collection: string, doc: Doc): unknown {
    const e = error as { code?: string; message?: string };
    if (e.code !== 'SQLITE_CONSTRAINT_UNIQUE' && e.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return error;
    const sqliteIndex = /index '([^']+)'/.exec(e.message ?? '')?.[1];
    const spec = sqliteIndex ? this.uniqueIndexes.get(sqliteIndex) : undefined;
    if (!spec) return dbErrors.duplicateKey(collection, `(${e.message ?? 'unique index'})`);
    const key = Object.keys(spec.keys).map((f) => `${f}: ${keyValue(valueAt(doc, f))}`);
    return dbErrors.duplicateKey(collection, `index: ${spec.name} dup key: { ${key.join(', ')} }`);
  }

  private remember(collection: string, id: DocId, doc: Doc | null, replacedAt: number): void {
    if (this.openSnapshots.size === 0) return;
    const k = docKey(collection, id);
    const list = this.history.get(k) ?? [];
    list.push({ replacedAt, doc });
    this.history.set(k, list);
  }

  private forget(version: number): void {
    for (const [k, list] of this.history) {
      const kept = list.filter((p) => p.replacedAt !== version);
      if (kept.length) this.history.set(k, kept);
      else this.history.delete(k);
    }
  }

  private pruneHistory(): void {
    if (this.history.size === 0) return;
    const oldest = Math.min(...this.openSnapshots.values());
    for (const [k, list] of this.history) {
      const kept = this.openSnapshots.size ? list.filter((p) => p.replacedAt > oldest) : [];
      if (kept.length) this.history.set(k, kept);
      else this.history.delete(k);
    }
  }
}

function table(name: string): string {
  return `"c_${name}"`;
}

export function duplicateIdDetail(id: DocId): string {
  return `index: _id_ dup key: { _id: ${keyValue(id)} }`;
}

function keyValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  return JSON.stringify(value) ?? String(value);
}

function valueAt(doc: Doc, field: string): unknown {
  let value: unknown = doc;
  for (const part of field.split('.')) value = value && typeof value === 'object' ? (value as Doc)[part] : undefined;
  return value;
}
