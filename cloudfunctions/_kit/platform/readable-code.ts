import { randomInt } from 'node:crypto';
import { CODE_ALPHABET } from '../../../shared/readable-code';

/** A new code of `length` characters, each drawn uniformly from the readable alphabet with the system's cryptographic generator. */
export function randomCode(length: number): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}
