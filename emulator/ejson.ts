import { EJSON, BSONRegExp } from 'bson';

/**
 * EJSON as the CloudBase SDK speaks it, plus the two things the server must resolve itself:
 * `db.serverDate()` placeholders and BSON regular expressions (mingo understands only native RegExp).
 */
export type Doc = Record<string, unknown>;

const jsRegExpFlags = new Set(['g', 'i', 'm', 's', 'u', 'y']);

function resolve(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) {
    const flags = [...value.options].filter((f) => jsRegExpFlags.has(f)).join('');
    return new RegExp(value.pattern, flags);
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, now));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const obj = value as Doc;
    const serverDate = obj.$tcb_server_date as { offset?: unknown } | undefined;
    if (serverDate && typeof serverDate === 'object' && Object.keys(obj).length === 1) {
      return new Date(now + Number(serverDate.offset ?? 0));
    }
    const out: Doc = {};
    for (const [k, v] of Object.entries(obj)) out[k] = resolve(v, now);
    return out;
  }
  return value;
}

/** Parses a request field (an EJSON string, or already an object) into plain JS values. */
export function decodeRequestValue(raw: unknown, now = Date.now()): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const parsed = typeof raw === 'string' ? EJSON.parse(raw, { relaxed: true }) : EJSON.deserialize(raw as Doc, { relaxed: true });
  return resolve(parsed, now);
}

/** A document as the SDK expects it in `data.list[]`: a canonical EJSON string. */
export function encodeForWire(doc: unknown): string {
  return EJSON.stringify(doc as Doc, { relaxed: false });
}

/**
 * Storage form: relaxed EJSON, so that strings and numbers are plain JSON values that SQLite's
 * json_extract can index, and dates are `{"$date":"<ISO>"}` texts that sort in time order.
 */
export function encodeForStorage(doc: Doc): string {
  return EJSON.stringify(withUniformDates(doc) as Doc, { relaxed: true });
}

/**
 * EJSON drops the milliseconds of a date that has none ("…00Z" against "…00.000Z"), which would
 * break their order as text; every stored date is written in the one toISOString form instead.
 */
function withUniformDates(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(withUniformDates);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUniformDates(v)]));
  }
  return value;
}

export function decodeFromStorage(text: string): Doc {
  return resolve(EJSON.parse(text, { relaxed: true }), 0) as Doc;
}

/** The SQL parameter that compares equal to how `value` is stored under json_extract. */
export function storageScalar(value: unknown): string | number | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return JSON.stringify({ $date: value.toISOString() });
  return undefined;
}
