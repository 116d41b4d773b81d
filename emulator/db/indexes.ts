import type { IndexSpec } from '../../config/database';
import { fieldExpr, jsonPath } from './plan';

/** One SQLite index: its name and the exact CREATE statement SQLite keeps for it. */
export interface SqliteIndex {
  name: string;
  sql: string;
}

/**
 * The SQLite indexes behind one declared index. Each declared index has a plain index on its
 * fields (`i_…`), the one the query planner searches. A unique index has a second one (`u_…`) that
 * only enforces MongoDB's idea of a duplicate key: a missing field and null are the same key, and
 * equal to each other — SQLite's unique indexes count every NULL as distinct, so each key is
 * stored with NULL replaced by a value no JSON field yields (a blob). A sparse unique index leaves
 * out the documents that have none of its fields (null is a value, so it is kept).
 */
export function sqliteIndexes(collection: string, tableName: string, spec: IndexSpec): SqliteIndex[] {
  const fields = Object.keys(spec.keys);
  const columns = Object.entries(spec.keys).map(([f, dir]) => `${fieldExpr(f)} ${dir < 0 ? 'DESC' : 'ASC'}`);
  const queryIndex = `i_${collection}_${spec.name}`;
  const out: SqliteIndex[] = [{ name: queryIndex, sql: `CREATE INDEX "${queryIndex}" ON ${tableName} (${columns.join(', ')})` }];
  if (spec.unique) {
    const uniqueIndex = uniqueIndexName(collection, spec.name);
    const keys = fields.map((f) => (f === '_id' ? 'id' : `ifnull(${fieldExpr(f)}, x'00')`));
    const present = fields.map((f) => (f === '_id' ? 'id IS NOT NULL' : `json_type(doc, ${jsonPath(f)}) IS NOT NULL`));
    const where = spec.sparse ? ` WHERE ${present.join(' OR ')}` : '';
    out.push({ name: uniqueIndex, sql: `CREATE UNIQUE INDEX "${uniqueIndex}" ON ${tableName} (${keys.join(', ')})${where}` });
  }
  return out;
}

export function uniqueIndexName(collection: string, index: string): string {
  return `u_${collection}_${index}`;
}
