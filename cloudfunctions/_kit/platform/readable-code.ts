/**
 * The server's draw of a code a person reads aloud (shared/readable-code.ts holds the alphabet): each
 * character from node's cryptographic generator (randomInt, uniform without modulo bias), since the
 * codes guard a role, a permit's page or a report.
 */
import { randomInt } from 'node:crypto';
import { CODE_ALPHABET } from '../../../shared/readable-code';

/** A new code of `length` characters, each drawn uniformly from the readable alphabet with the system's cryptographic generator. */
export function randomCode(length: number): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}
