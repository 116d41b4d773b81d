import { sha256Hex } from './sha256';

/**
 * R26's lottery, published in these words so that anyone can recompute every number:
 *
 *   lottery number = the first 12 hex digits (48 bits) of SHA-256( seed + ":" + studentId ),
 *                    read as an unsigned integer (0 … 281,474,976,710,655); the SMALLER number
 *                    comes first. Two equal numbers (about one chance in ten million for a city)
 *                    are ordered by the student id, compared character by character.
 *
 *   commitment     = SHA-256( "zz-allocation-seed:" + seed ), 64 hex digits, published before the
 *                    choice deadline; the seed itself is published only after it.
 *
 * Because the seed is fixed (by its commitment) before any choice is known and revealed only after
 * every choice is in, neither the bureau nor a family can steer a number. 48 bits keep the number
 * exact in a JavaScript number (and in a spreadsheet cell), so it prints the same everywhere.
 */
export const LOTTERY_HEX_DIGITS = 12;
export const COMMITMENT_PREFIX = 'zz-allocation-seed:';

/** The lottery number of one student under one seed (see above). */
export function lotteryNumber(seed: string, studentId: string): number {
  return parseInt(sha256Hex(`${seed}:${studentId}`).slice(0, LOTTERY_HEX_DIGITS), 16);
}

/** The commitment the bureau publishes before the deadline; the prefix keeps it from being any student's lottery hash. */
export function seedCommitment(seed: string): string {
  return sha256Hex(`${COMMITMENT_PREFIX}${seed}`);
}

/** Whether a revealed seed is the one committed to. */
export function seedMatchesCommitment(seed: string, commitment: string): boolean {
  return seedCommitment(seed) === commitment.toLowerCase();
}
