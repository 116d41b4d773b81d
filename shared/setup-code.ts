import { isCodeOfLength } from './readable-code';

/**
 * R27: the one-time setup code that makes a new environment's first bureau admin. The same
 * alphabet as invitation codes (read aloud, typed on a phone), but sixteen characters — 31¹⁶ ≈
 * 7×10²³, about 79 bits, since it grants the role that grants every other — shown as
 * ABCD-EFGH-JKMN-PQRS. Its length alone tells it from an invitation code, so the staff page keeps
 * one field and sends each to its own action.
 */
export const SETUP_CODE_LENGTH = 16;

/** How long a setup code stays usable after it is issued. */
export const SETUP_CODE_VALID_HOURS = 72;

export function isSetupCode(normalised: string): boolean {
  return isCodeOfLength(normalised, SETUP_CODE_LENGTH);
}
