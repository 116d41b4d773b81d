import type { Doc } from '../ejson';
import { isDocument } from './bson-types';
import { fieldExpr, isPlainField, jsonPath } from './plan';

/**
 * A `$group` simple enough for SQLite to answer as MongoDB (and mingo) would: the key is a field
 * path, a constant or an object of field paths; every accumulator is a `$sum` of a number or of a
 * field. Reading the groups from SQL spares parsing every matched document in JS.
 */
export type GroupKey =
  | { kind: 'constant'; value: string | number | boolean | null }
  | { kind: 'path'; field: string }
  | { kind: 'object'; fields: Array<[name: string, field: string]> };

export type SumOf = { name: string; constant: number } | { name: string; field: string };

export interface SqlGroup {
  key: GroupKey;
  sums: SumOf[];
}

/** `'$a.b'` → `'a.b'`, or undefined for anything else (`'$$ROOT'`, `'$a.0'`, a literal). */
function fieldPathOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('$')) return undefined;
  const field = value.slice(1);
  return isPlainField(field) ? field : undefined;
}

function keyOf(id: unknown): GroupKey | undefined {
  if (id === null || typeof id === 'number' || typeof id === 'boolean') return { kind: 'constant', value: id };
  if (typeof id === 'string') {
    if (!id.startsWith('$')) return { kind: 'constant', value: id };
    const field = fieldPathOf(id);
    return field === undefined ? undefined : { kind: 'path', field };
  }
  if (!isDocument(id)) return undefined;
  const fields: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(id)) {
    const field = fieldPathOf(value);
    if (field === undefined || name.startsWith('$') || name.includes('.')) return undefined;
    fields.push([name, field]);
  }
  return fields.length ? { kind: 'object', fields } : undefined;
}

/** The stage as an SqlGroup, or undefined when mingo must run it. */
export function sqlGroupOf(stage: Doc | undefined): SqlGroup | undefined {
  if (!stage || Object.keys(stage).length !== 1 || !isDocument(stage.$group)) return undefined;
  const spec = stage.$group;
  if (!('_id' in spec)) return undefined;
  const key = keyOf(spec._id);
  if (!key) return undefined;
  const sums: SumOf[] = [];
  for (const [name, accumulator] of Object.entries(spec)) {
    if (name === '_id') continue;
    if (name.startsWith('$') || name.includes('.')) return undefined;
    if (!isDocument(accumulator) || Object.keys(accumulator).length !== 1 || !('$sum' in accumulator)) return undefined;
    const operand = accumulator.$sum;
    if (typeof operand === 'number') {
      sums.push({ name, constant: operand });
      continue;
    }
    const field = fieldPathOf(operand);
    if (field === undefined) return undefined;
    sums.push({ name, field });
  }
  return { key, sums };
}

/** 'a.b.c' → ['a', 'a.b'] */
function prefixesOf(field: string): string[] {
  const parts = field.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

/**
 * Rows where SQL would not see what mingo sees: a path through an array (mingo maps over it) or
 * through a stored typed value (`{"$date": …}`, `{"$oid": …}`, decoded to a class in JS), or a
 * summed value that is not a plain integer (doubles add up in document order in mingo, so their
 * sum is left to it). A path that reaches a value crossed neither, so its prefixes are only looked
 * at when it reaches nothing.
 */
function unsafeCondition(group: SqlGroup): string {
  const fields = new Set<string>();
  const conditions: string[] = [];
  if (group.key.kind === 'path') fields.add(group.key.field);
  if (group.key.kind === 'object') for (const [, f] of group.key.fields) fields.add(f);
  for (const sum of group.sums) {
    if (!('field' in sum)) continue;
    fields.add(sum.field);
    conditions.push(`json_type(doc, ${jsonPath(sum.field)}) IN ('real', 'array', 'object')`);
  }
  for (const field of fields) {
    const prefixes = prefixesOf(field).flatMap((prefix) => {
      const p = jsonPath(prefix);
      return [`json_type(doc, ${p}) = 'array'`, `substr(doc -> ${p}, 1, 3) = '{"$'`];
    });
    if (prefixes.length) conditions.push(`(json_type(doc, ${jsonPath(field)}) IS NULL AND (${prefixes.join(' OR ')}))`);
  }
  return conditions.length ? conditions.join(' OR ') : '0';
}

/**
 * The SELECT answering the group over `table` rows passing `where`. A key is read as the JSON text
 * of its value (`->`): storage writes each value in one canonical form, so equal texts are equal
 * values, and 1, "1" and true stay apart. Groups come out in the order mingo meets them (first row).
 * Each row is first reduced to the few values the groups need (materialized), so grouping sorts
 * those rather than whole documents.
 */
export function groupSql(group: SqlGroup, table: string, where: string): string {
  const perRow = ['rowid AS r', `(${unsafeCondition(group)}) AS bad`];
  const columns: string[] = [];
  const keys: string[] = [];
  if (group.key.kind === 'path') {
    // a missing field groups with null
    perRow.push(`coalesce(doc -> ${jsonPath(group.key.field)}, 'null') AS k0`);
    keys.push('k0');
  } else if (group.key.kind === 'object') {
    // NULL here is a missing field, which an object key keeps apart from null
    group.key.fields.forEach(([, field], i) => {
      perRow.push(`doc -> ${jsonPath(field)} AS k${i}`);
      keys.push(`k${i}`);
    });
  }
  columns.push(...keys, 'COUNT(*) AS n', 'MAX(bad) AS unsafe');
  group.sums.forEach((sum, i) => {
    if (!('field' in sum)) return;
    const p = jsonPath(sum.field);
    perRow.push(`CASE WHEN json_type(doc, ${p}) = 'integer' THEN json_extract(doc, ${p}) END AS v${i}`);
    columns.push(`TOTAL(v${i}) AS s${i}`, `TOTAL(abs(v${i})) AS a${i}`);
  });
  const groupBy = keys.length ? ` GROUP BY ${keys.join(', ')}` : '';
  return `WITH m AS MATERIALIZED (SELECT ${perRow.join(', ')} FROM ${table} WHERE ${where}) SELECT ${columns.join(', ')} FROM m${groupBy} ORDER BY MIN(r)`;
}

type GroupRow = Record<string, string | number | null>;

/** A key's JSON text as the value mingo would group by, or undefined when it is an array or object. */
function keyValue(text: string): unknown {
  return text.startsWith('[') || text.startsWith('{') ? undefined : JSON.parse(text);
}

/** The grouped documents, or undefined when some row needs mingo after all. */
export function groupedDocs(group: SqlGroup, rows: GroupRow[]): Doc[] | undefined {
  const out: Doc[] = [];
  for (const row of rows) {
    const n = Number(row.n);
    // with no GROUP BY (a constant key) SQL answers one row even for no documents; MongoDB none
    if (n === 0) continue;
    if (row.unsafe) return undefined;
    const doc: Doc = {};
    const { key } = group;
    if (key.kind === 'constant') {
      doc._id = key.value;
    } else if (key.kind === 'path') {
      const value = keyValue(String(row.k0));
      if (value === undefined) return undefined;
      doc._id = value;
    } else {
      const id: Doc = {};
      for (let i = 0; i < key.fields.length; i += 1) {
        const [name] = key.fields[i] as [string, string];
        const text = row[`k${i}`];
        if (text === null || text === undefined) {
          id[name] = undefined; // as mingo: the member is there, undefined
          continue;
        }
        const value = keyValue(String(text));
        if (value === undefined) return undefined;
        id[name] = value;
      }
      doc._id = id;
    }
    for (let i = 0; i < group.sums.length; i += 1) {
      const sum = group.sums[i] as SumOf;
      if ('constant' in sum) {
        doc[sum.name] = n * sum.constant; // as mingo computes it
        continue;
      }
      // past 2^53 the order of the additions would show in the result
      if (Number(row[`a${i}`]) > Number.MAX_SAFE_INTEGER) return undefined;
      doc[sum.name] = Number(row[`s${i}`]);
    }
    out.push(doc);
  }
  return out;
}

/**
 * A count by plain fields, read with the very expressions the indexes are built on
 * (`json_extract`, plan.ts's fieldExpr), so SQLite can take the keys from an index instead of
 * parsing every document (the dashboard's counts over 20,000 forms). `json_extract` cannot tell
 * true from 1, a missing field from null, or an array or typed value from text: `countedDocs`
 * accepts the answer only when no key is any of those, and the exact query answers otherwise.
 * GROUP BY keeps text apart from numbers, so a group's key tells what every row in it held — no
 * per-row type check is needed (that check cost more than the grouping itself).
 */
export function countSql(group: SqlGroup, table: string, where: string): string | undefined {
  if (group.sums.some((sum) => 'field' in sum)) return undefined;
  const fields = group.key.kind === 'path' ? [group.key.field] : group.key.kind === 'object' ? group.key.fields.map(([, field]) => field) : undefined;
  if (!fields) return undefined;
  const keys = fields.map((field, i) => `${fieldExpr(field)} AS k${i}`);
  const groupBy = fields.map((_f, i) => `k${i}`).join(', ');
  return `SELECT ${keys.join(', ')}, COUNT(*) AS n FROM ${table} WHERE ${where} GROUP BY ${groupBy} ORDER BY MIN(rowid)`;
}

/** A key as `json_extract` read it, or undefined when it might not be what mingo would group by. */
function plainKey(value: string | number | null | undefined): string | number | undefined {
  if (typeof value === 'string') return value.startsWith('[') || value.startsWith('{') ? undefined : value;
  // 0 and 1 may have been false and true
  if (typeof value === 'number') return value === 0 || value === 1 ? undefined : value;
  return undefined;
}

/** The groups of `countSql`'s rows, or undefined when the exact query must answer. */
export function countedDocs(group: SqlGroup, rows: GroupRow[]): Doc[] | undefined {
  const out: Doc[] = [];
  for (const row of rows) {
    const n = Number(row.n);
    const fields = group.key.kind === 'object' ? group.key.fields : [['', ''] as [string, string]];
    const values: unknown[] = [];
    for (let i = 0; i < fields.length; i += 1) {
      const value = plainKey(row[`k${i}`]);
      if (value === undefined) return undefined;
      values.push(value);
    }
    const doc: Doc = { _id: group.key.kind === 'object' ? Object.fromEntries(group.key.fields.map(([name], i) => [name, values[i]])) : values[0] };
    for (const sum of group.sums) if ('constant' in sum) doc[sum.name] = n * sum.constant;
    out.push(doc);
  }
  return out;
}
