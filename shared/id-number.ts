import { dayjs, shanghaiMinute } from './time';

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
  return birth ? ageFromBirth(birth, on) : Number.NaN;
}

/** Whole years of age on a day, from a birth date as `birthDateOf` gives it (a UTC midnight). */
export function ageFromBirth(birth: Date, on: Date): number {
  const today = shanghaiMinute(on);
  const born = dayjs.utc(birth);
  let age = today.year() - born.year();
  if (today.month() < born.month() || (today.month() === born.month() && today.date() < born.date())) age -= 1;
  return age;
}

/** What every screen shows: the first three and last four characters. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 3)}***********${id.slice(-4)}`;
}

/** What the rules of the form need to know of the student from their ID number. */
export interface StudentIdentity {
  birthDate: Date;
  gender: 'male' | 'female';
}

export function identityOf(id: string): StudentIdentity | null {
  const birthDate = birthDateOf(id);
  return birthDate ? { birthDate, gender: genderOf(id) } : null;
}

/** A birth date as the day it names (YYYY-MM-DD), and back. */
export function birthDay(birth: Date): string {
  return birth.toISOString().slice(0, 10);
}

export function birthFromDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
