import type { IndexSpec } from '../../config/database';
import { storageScalar } from '../ejson';

/**
 * Turns a MongoDB-style query into a SQL condition that selects a *superset* of the matching
 * documents, so SQLite can narrow the candidates through the declared expression indexes; mingo
 * then checks each candidate exactly. `exact` says the SQL alone is already the exact answer
 * (only then may a count be answered by SQL without reading the documents).
 */
export interface SqlPlan {
  where: string;
  params: Array<string | number | null>;
  exact: boolean;
}

const fieldPattern = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The JSON path of a (dotted) field inside the stored document, for SQLite's json_* functions. */
export function jsonPath(field: string): string {
  if (!fieldPattern.test(field)) throw new Error(`unsupported field name: ${field}`);
  return `'$.${field.split('.').map((p) => `"${p}"`).join('.')}'`;
}

export function fieldExpr(field: string): string {
  return field === '_id' ? 'id' : `json_extract(doc, ${jsonPath(field)})`;
}

export function indexedFields(indexes: IndexSpec[]): Set<string> {
  const fields = new Set<string>(['_id']);
  for (const index of indexes) for (const f of Object.keys(index.keys)) fields.add(f);
  return fields;
}

/**
 * Whether SQLite's equality is MongoDB's for this value: strings always; numbers except 0 and 1,
 * which SQLite also finds in booleans (stored as 0/1); dates and booleans are checked again.
 */
function exactInSql(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && value !== 0 && value !== 1);
}

const rangeOps: Record<string, string> = { $eq: '=', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

interface Clause {
  sql: string;
  params: Array<string | number | null>;
  exact: boolean;
}

/** One `field: condition` pair on an indexed (hence scalar) field, or undefined if not translatable. */
function clauseFor(field: string, condition: unknown): Clause | undefined {
  const expr = fieldExpr(field);
  const scalar = storageScalar(condition);
  if (scalar === null) return { sql: `${expr} IS NULL`, params: [], exact: true };
  if (scalar !== undefined) {
    return { sql: `${expr} = ?`, params: [scalar], exact: exactInSql(condition) };
  }
  if (!condition || typeof condition !== 'object' || condition instanceof RegExp || Array.isArray(condition)) return undefined;
  const parts: Clause[] = [];
  let allTranslated = true;
  for (const [op, operand] of Object.entries(condition as Record<string, unknown>)) {
    if (op in rangeOps) {
      const value = storageScalar(operand);
      if (value === undefined || value === null) { allTranslated = false; continue; }
      parts.push({ sql: `${expr} ${rangeOps[op]} ?`, params: [value], exact: false });
    } else if (op === '$in' && Array.isArray(operand)) {
      const values = operand.map(storageScalar);
      if (values.some((v) => v === undefined || v === null)) { allTranslated = false; continue; }
      parts.push({
        sql: `${expr} IN (${values.map(() => '?').join(',')})`,
        params: values as Array<string | number>,
        exact: (operand as unknown[]).every(exactInSql),
      });
    } else {
      allTranslated = false;
    }
  }
  if (parts.length === 0) return undefined;
  return {
    sql: parts.map((p) => p.sql).join(' AND '),
    params: parts.flatMap((p) => p.params),
    exact: allTranslated && parts.every((p) => p.exact),
  };
}

export function planQuery(query: Record<string, unknown> | undefined, indexed: Set<string>): SqlPlan {
  const clauses: Clause[] = [];
  let exact = true;
  const visit = (q: Record<string, unknown>) => {
    for (const [key, condition] of Object.entries(q)) {
      if (key === '$and' && Array.isArray(condition)) {
        for (const sub of condition) visit(sub as Record<string, unknown>);
        continue;
      }
      const clause = key.startsWith('$') || !indexed.has(key) ? undefined : clauseFor(key, condition);
      if (clause) {
        clauses.push(clause);
        exact &&= clause.exact;
      } else {
        exact = false;
      }
    }
  };
  if (query) visit(query);
  return {
    where: clauses.length ? clauses.map((c) => `(${c.sql})`).join(' AND ') : '1',
    params: clauses.flatMap((c) => c.params),
    exact,
  };
}

export function orderClause(order: Record<string, number> | undefined): string {
  const parts = Object.entries(order ?? {}).map(([f, dir]) => `${fieldExpr(f)} ${dir < 0 ? 'DESC' : 'ASC'}`);
  parts.push('rowid ASC');
  return parts.join(', ');
}
