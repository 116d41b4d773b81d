import { isCodeOfLength } from './readable-code';

/**
 * R20: invitation codes people read aloud and type on a phone. Ten characters of the readable
 * alphabet (shared/readable-code.ts) — 31¹⁰ ≈ 8×10¹⁴ codes, about 49 bits — shown as ABCD-EFGH-JK.
 */
export const CODE_LENGTH = 10;

export function isWellFormedCode(code: string): boolean {
  return isCodeOfLength(code, CODE_LENGTH);
}
