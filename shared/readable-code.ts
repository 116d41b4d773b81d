/**
 * The one alphabet of every code a person reads aloud, copies from paper or types on a phone —
 * invitation codes (R20), the first admin's setup code (R27), a report's receipt (R19) and a
 * campus permit's 核验码 (R10): capitals and digits without look-alikes (no 0/O, 1/I/L), so "l" and
 * "1" are never both possible. Each code's length is its own; whatever case or separators a person
 * types are ignored. The random draw lives on the server (cloudfunctions/_kit/platform/readable-code.ts).
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code as a person typed it, with case and separators (spaces, dashes, dots) taken away. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-－_—–·.]/g, '');
}

/** Whether `code` (already normalised) is `length` characters of the alphabet. */
export function isCodeOfLength(code: string, length: number): boolean {
  return code.length === length && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** A code in groups of four for reading aloud: ABCD-EFGH-JK. */
export function groupedCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * What is kept of a code once it is given (a list's 邀请码 R3…4S): its first and last two
 * characters, enough for the person who passed it on to tell which code it was, never enough to use.
 */
export function codeHint(code: string): string {
  return `${code.slice(0, 2)}…${code.slice(-2)}`;
}
