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

/** A dotted field of plain names, the only kind jsonPath accepts. */
export function isPlainField(field: string): boolean {
  return fieldPattern.test(field);
}

/** The JSON path of a (dotted) field inside the stored document, for SQLite's json_* functions. */
export function jsonPath(field: string): string {
  if (!isPlainField(field)) throw new Error(`unsupported field name: ${field}`);
  return `'$.${field
    .split('.')
    .map((p) => `"${p}"`)
    .join('.')}'`;
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
 * which SQLite also finds in booleans (stored as 0/1); dates are checked again. (Booleans are
 * made exact in clauseFor.)
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

/**
 * The text a regular expression matches literally, when it is nothing but (escaped) characters —
 * what a search box sends — so SQLite can look for it with instr() instead of mingo reading every
 * document. Case-insensitive only when lower() folds it as JavaScript would (ASCII letters).
 */
function literalOf(pattern: RegExp): string | undefined {
  const source = pattern.source;
  let literal = '';
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined || !/[.*+?^${}()|[\]\\/-]/.test(next)) return undefined;
      literal += next;
      i += 1;
    } else if (/[.*+?^${}()|[\]]/.test(c)) {
      return undefined;
    } else {
      literal += c;
    }
  }
  if (pattern.flags.includes('i') && [...literal].some((c) => c > '\x7f' && c.toLowerCase() !== c.toUpperCase())) return undefined;
  return literal;
}

/** One `field: condition` pair on an indexed (hence scalar) field, or undefined if not translatable. */
function clauseFor(field: string, condition: unknown): Clause | undefined {
  const expr = fieldExpr(field);
  if (condition instanceof RegExp) {
    const literal = literalOf(condition);
    if (literal === undefined) return undefined;
    // a superset (a stored number would also be searched as text): mingo checks each candidate
    const sql = condition.flags.includes('i') ? `instr(lower(${expr}), lower(?)) > 0` : `instr(${expr}, ?) > 0`;
    return { sql, params: [literal], exact: false };
  }
  // SQLite keeps booleans as 0/1; json_type tells them from the numbers, so the answer is exact.
  if (typeof condition === 'boolean' && field !== '_id') {
    return { sql: `${expr} = ? AND json_type(doc, ${jsonPath(field)}) = '${condition}'`, params: [condition ? 1 : 0], exact: true };
  }
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
      if (value === undefined || value === null) {
        allTranslated = false;
        continue;
      }
      parts.push({ sql: `${expr} ${rangeOps[op]} ?`, params: [value], exact: false });
    } else if (op === '$in' && Array.isArray(operand)) {
      const values = operand.map(storageScalar);
      if (values.some((v) => v === undefined)) {
        allTranslated = false;
        continue;
      }
      // null in $in matches a null or missing field, as `field: null` does (a $lookup of a missing local field)
      const scalars = [...new Set(values.filter((v): v is string | number => v !== null))];
      const alternatives = [
        ...(scalars.length ? [`${expr} IN (${scalars.map(() => '?').join(',')})`] : []),
        ...(values.includes(null) ? [`${expr} IS NULL`] : []),
      ];
      parts.push({
        sql: alternatives.length === 1 ? (alternatives[0] as string) : alternatives.length ? `(${alternatives.join(' OR ')})` : '0',
        params: scalars,
        exact: (operand as unknown[]).every((v) => v === null || exactInSql(v)),
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
