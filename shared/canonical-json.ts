/**
 * A value as JSON text with every object's keys in code-unit order and no spaces, so that equal
 * values give equal text on every machine (what a digest is taken of, and what a published file
 * holds). Keys whose value is `undefined` are left out, as JSON.stringify leaves them out; a Date is
 * written as JSON writes it (its ISO string). Arrays keep their order: it is the caller's to sort
 * a list whose order carries no meaning.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
