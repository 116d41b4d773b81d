/**
 * R20: invitation codes people read aloud and type on a phone. Ten characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L) — 31¹⁰ ≈ 8×10¹⁴ codes, about 49 bits — shown as
 * ABCD-EFGH-JK; whatever separators or case a person types are ignored.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;

export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-_—–·.]/g, '');
}

export function isWellFormedCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
