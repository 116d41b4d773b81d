import { dayjs } from './time';

/**
 * The 18-digit resident ID number (GB 11643-1999): six digits of region, the birth date as
 * YYYYMMDD, three of sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export function normaliseIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((n, digit, i) => n + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  return CHECK[sum % 11] ?? '';
}

/** The birth date the number states (as a UTC midnight), or null if it is no real date. */
export function birthDateOf(id: string): Date | null {
  const [year, month, day] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? date : null;
}

export function isValidIdNumber(raw: string): boolean {
  const id = normaliseIdNumber(raw);
  return SHAPE.test(id) && birthDateOf(id) !== null && checkCharacter(id.slice(0, 17)) === id[17];
}

export function genderOf(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/** Whole years of age on a day (Shanghai calendar days). */
export function ageOn(id: string, on: Date): number {
  const birth = birthDateOf(id);
  if (!birth) return Number.NaN;
  const today = dayjs(on).tz('Asia/Shanghai');
  const born = dayjs.utc(birth);
  let age = today.year() - born.year();
  if (today.month() < born.month() || (today.month() === born.month() && today.date() < born.date())) age -= 1;
  return age;
}

/** What every screen shows: the first three and last four characters. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 3)}***********${id.slice(-4)}`;
}
