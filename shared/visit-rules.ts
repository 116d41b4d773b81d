import type { FieldErrors } from './result-core';
import type { SchoolKind } from './records/school';
import type { Season, Window } from './records/season';
import type { VisitStatus } from './records/visit';
import { stepBetween, type StepTable } from './steps';

/**
 * R10 in one place: a school visits a junior high only inside its window — the junior high's own
 * district's schools in one, every other school in another (both season settings) — for at most
 * two hours, on a day's daytime, and never at the same time as another approved visit there.
 */
export const MAX_VISIT_MINUTES = 120;
export const MIN_VISIT_MINUTES = 15;
/** A visit's day, in minutes after midnight: from 7:00 to 19:00 (the application's time picker offers these too). */
export const EARLIEST = 7 * 60;
export const LATEST = 19 * 60;

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The latest a visit of `minutes` may start and still end by LATEST (the time picker offers no later start). */
export function latestStart(minutes: number): number {
  return LATEST - Math.max(MIN_VISIT_MINUTES, Number.isFinite(minutes) ? minutes : MIN_VISIT_MINUTES);
}

/** What is wrong with a visit's time of day: it starts before 7:00 or ends after 19:00. */
export function visitTimeProblem(start: string, minutes: number): string | undefined {
  const from = minutesOf(start);
  return from < EARLIEST || from + minutes > LATEST ? '请在 7:00 至 19:00 之间安排' : undefined;
}

/** Which window a school has at a junior high: the district's own schools', or everyone else's. */
export function visitWindowFor(
  season: Pick<Season, 'campusVisits'>,
  school: { kind: SchoolKind; district: string },
  juniorDistrict: string,
): { window: Window; label: string } {
  return school.kind === 'district' && school.district === juniorDistrict
    ? { window: season.campusVisits.districtSchools, label: '本区县学校进校宣传时间' }
    : { window: season.campusVisits.otherSchools, label: '其他学校进校宣传时间' };
}

/** What is wrong with a visit's day and times, by field (`today`: Shanghai's date by the server's clock). */
export function visitProblems(visit: { day: string; start: string; minutes: number }, allowed: { window: Window; label: string }, today: string): FieldErrors {
  const problems: FieldErrors = {};
  if (visit.day < today) problems.day = '这一天已经过去，请选择今天或以后的日期';
  else if (visit.day < allowed.window.start || visit.day > allowed.window.end)
    problems.day = `${allowed.label}为 ${allowed.window.start} 至 ${allowed.window.end}，请在此期间内选择日期`;
  if (visit.minutes > MAX_VISIT_MINUTES) problems.minutes = '每次进校宣传不超过 2 小时';
  const time = visitTimeProblem(visit.start, visit.minutes);
  if (time) problems.start = time;
  return problems;
}

/** Whether two times of one day overlap (touching ends do not). */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
}

/** R10's steps as a step table (shared/steps.ts): who may move a visit from which status to which. */
type VisitActor = 'school' | 'bureau';
export const visitSteps = {
  approve: { from: ['applied'], to: 'approved', by: ['bureau'] },
  decline: { from: ['applied'], to: 'declined', by: ['bureau'] },
  withdraw: { from: ['applied'], to: 'withdrawn', by: ['school'] },
  cancel: { from: ['approved'], to: 'cancelled', by: ['school'] },
  revoke: { from: ['approved'], to: 'revoked', by: ['bureau'] },
} as const satisfies StepTable<string, VisitStatus, VisitActor>;

export function mayMoveVisit(from: VisitStatus, to: Exclude<VisitStatus, 'applied'>, by: VisitActor): boolean {
  return stepBetween(visitSteps, from, to, by) !== null;
}
