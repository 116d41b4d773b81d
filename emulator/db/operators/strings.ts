import { evalExpr } from 'mingo/core';
import type { AnyObject, Options } from 'mingo/types';
import { bsonTypeOf } from '../bson-types';
import { dbErrors } from '../errors';

/**
 * String expressions MongoDB has and mingo lacks or answers differently: `$indexOfCP` (missing in
 * mingo) and `$substrBytes`/`$substr`, where MongoDB takes a negative length as "to the end of the
 * string" and mingo refuses it.
 */

function fail(code: number, message: string): never {
  throw dbErrors.refused(`${message} (code ${code})`);
}

function args(obj: AnyObject, expr: unknown, options: Options, op: string, min: number, max: number): unknown[] {
  if (!Array.isArray(expr) || expr.length < min || expr.length > max) {
    const n = Array.isArray(expr) ? expr.length : 1;
    fail(16020, `Expression ${op} takes ${min === max ? `exactly ${min}` : `at least ${min} and at most ${max}`} arguments. ${n} were passed in.`);
  }
  return evalExpr(obj, expr, options) as unknown[];
}

/** How MongoDB prints a value it must treat as a string (`Value::coerceToString`). */
function coerceToString(value: unknown, op: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return bsonTypeOf(value) === 'int' ? String(value) : formatDouble(value);
  if (value instanceof Date) return value.toISOString();
  fail(16007, `${op}: can't convert from BSON type ${bsonTypeOf(value)} to String`);
}

/** C's `%g`, which MongoDB uses for doubles: six significant digits, trailing zeros dropped. */
function formatDouble(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const exponent = Math.floor(Math.log10(Math.abs(Number(n.toPrecision(6)))));
  if (exponent < -4 || exponent >= 6) {
    const [mantissa = '', exp = '0'] = n.toExponential(5).split('e');
    const e = Number(exp);
    return `${trimZeros(mantissa)}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return trimZeros(n.toFixed(Math.max(0, 5 - exponent)));
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const isContinuationByte = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

export function $substrBytes(obj: AnyObject, expr: unknown, options: Options): string {
  const op = '$substrBytes';
  const [value, start, length] = args(obj, expr, options, op, 3, 3);
  const str = coerceToString(value, op);
  if (typeof start !== 'number') fail(16034, `${op}:  starting index must be a numeric type (is BSON type ${bsonTypeOf(start)})`);
  if (typeof length !== 'number') fail(16035, `${op}:  length must be a numeric type (is BSON type ${bsonTypeOf(length)})`);
  const lower = Math.trunc(start);
  if (lower < 0) fail(50752, `${op}:  starting index must be non-negative (got: ${lower})`);
  const bytes = Buffer.from(str, 'utf8');
  const count = Math.trunc(length) < 0 ? bytes.length : Math.trunc(length);
  if (isContinuationByte(bytes[lower])) fail(28656, `${op}:  Invalid range, starting index is a UTF-8 continuation byte.`);
  if (isContinuationByte(bytes[lower + count])) fail(28657, `${op}:  Invalid range, ending index is in the middle of a UTF-8 character.`);
  if (lower >= bytes.length) return '';
  return bytes.subarray(lower, Math.min(lower + count, bytes.length)).toString('utf8');
}

/** `$substr` is MongoDB's older name for `$substrBytes`. */
export const $substr = $substrBytes;

function codePointIndex(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail(40096, `$indexOfCP requires an integral ${what}, found a value of type: ${bsonTypeOf(value)}, with value: ${JSON.stringify(value) ?? 'missing'}`);
  }
  if (value < 0) fail(40097, `$indexOfCP requires a nonnegative ${what}, found: ${value}`);
  return value;
}

/** The index, in code points (not UTF-16 units), of the first occurrence of a substring in [start, end). */
export function $indexOfCP(obj: AnyObject, expr: unknown, options: Options): number | null {
  const [input, token, start, end] = args(obj, expr, options, '$indexOfCP', 2, 4);
  if (input === null || input === undefined) return null;
  if (typeof input !== 'string') fail(40093, `$indexOfCP requires a string as the first argument, found: ${bsonTypeOf(input)}`);
  if (typeof token !== 'string') fail(40094, `$indexOfCP requires a string as the second argument, found: ${bsonTypeOf(token)}`);
  const chars = Array.from(input);
  const needle = Array.from(token);
  const from = (expr as unknown[]).length > 2 ? codePointIndex(start, 'starting index') : 0;
  const to = Math.min(chars.length, (expr as unknown[]).length > 3 ? codePointIndex(end, 'ending index') : chars.length);
  for (let i = from; i + needle.length <= to; i++) {
    if (needle.every((c, j) => chars[i + j] === c)) return i;
  }
  return -1;
}
