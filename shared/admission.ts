import { z } from 'zod';
import { daySchema } from './records/season';
import type { LeadStatus } from './records/lead';
import { line, lines } from './text';

/**
 * R25 and R14 in one place: which leads hold one of a major's planned places, the order a school
 * reads its applicants in, and how a published admitted list shows a name.
 */

/** A lead holds a place of its admitted major while admitted or enrolled; leaving, release, loss or withdrawal frees it. */
export function holdsPlace(status: LeadStatus): boolean {
  return status === 'admitted' || status === 'enrolled';
}

/** The statuses a school may still admit from: the family's choice stands and nobody has decided on it. */
export const admittableStatuses: readonly LeadStatus[] = ['new', 'contacted', 'visited'];

/** How many places a batch may take: what is planned minus what is held, never below zero. */
export function placesLeft(planned: number, held: number): number {
  return Math.max(0, planned - held);
}

/**
 * The applicants for one major in the order the school reads them (R25): the family's rank for the
 * major first (a first choice before a second), then who submitted first.
 */
export function byChoiceThenTime<T extends { rank: number; submittedAt: Date | string }>(a: T, b: T): number {
  return a.rank - b.rank || new Date(a.submittedAt).getTime() - new Date(b.submittedAt).getTime();
}

/**
 * A name as a published list shows it (R14, PIPL's minimum disclosure): the first and last
 * characters, the middle masked — 张*明, 欧阳*华; a two-character name keeps only its first (李*).
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '*';
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * When two schools admitted the student and the family did not choose by the deadline (R25), the
 * admission the family ranked highest on its form stands.
 */
export function standingAdmission<T extends { schoolId: string; rank: number }>(admissions: readonly T[]): T | null {
  return admissions.reduce<T | null>((best, a) => (best === null || a.rank < best.rank ? a : best), null);
}

/**
 * What an admitted family is told to do next: the day and place to report, what to bring. R16:
 * full-time students pay no tuition, so when the season says so the notice may not ask for it.
 */
export const admissionNoticeSchema = z.object({
  reportOn: daySchema,
  place: line('请填写报到地点').min(2, '请填写报到地点').max(60, '报到地点请不超过 60 个字'),
  bring: lines().min(2, '请写明报到时需携带的材料').max(200, '携带材料请不超过 200 个字'),
});
export type AdmissionNotice = z.infer<typeof admissionNoticeSchema>;

/** R16 on the notice: a tuition line where tuition is exempt is named under its box. */
export function noticeTuitionProblem(notice: Pick<AdmissionNotice, 'bring' | 'place'>, tuitionExempt: boolean): string | null {
  if (!tuitionExempt) return null;
  return /学费/.test(`${notice.bring}${notice.place}`) ? '全日制中职学生免学费，录取须知中不能要求缴纳学费' : null;
}
