import { visitApplyInput, type VisitView } from '../../../shared/api/visits';
import { fieldErrorsFrom, type FieldErrors } from '../../../shared/result';
import type { VisitStatus } from '../../../shared/records/visit';
import { MAX_VISIT_MINUTES, mayMoveVisit, visitTimeProblem } from '../../../shared/visit-rules';

/**
 * R10 as the staff pages show it: the school's application, the buttons each side may press (from
 * the one table in shared/visit-rules.ts), and the permit's verification link. The server checks
 * the school's window, the two hours and overlaps again, and decides.
 */
export interface VisitDraft {
  juniorSchoolId?: string;
  day: string;
  start: string;
  minutes: string;
  visitors: string;
}

export const emptyVisitDraft = (): VisitDraft => ({ day: '', start: '', minutes: '120', visitors: '' });

export type VisitInput = ReturnType<typeof visitApplyInput.parse>;

/** The application the server expects, or each problem under its field (the 2 hours named here too, before a round trip). */
export function checkVisitDraft(draft: VisitDraft): { input: VisitInput | null; problems: FieldErrors } {
  const minutes = draft.minutes.trim() === '' ? undefined : Number(draft.minutes.trim());
  const parsed = visitApplyInput.safeParse({
    juniorSchoolId: draft.juniorSchoolId,
    day: draft.day.trim(),
    start: draft.start.trim(),
    minutes,
    visitors: draft.visitors,
  });
  const problems: FieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  if (problems.juniorSchoolId) problems.juniorSchoolId = '请选择要去宣传的初中学校';
  // the day's hours (shared/visit-rules.ts) before a round trip: a start the picker offered for a shorter visit may not fit a longer one
  const time = parsed.success ? visitTimeProblem(parsed.data.start, parsed.data.minutes) : undefined;
  if (time) problems.start = time;
  if (minutes !== undefined && Number.isFinite(minutes) && minutes > MAX_VISIT_MINUTES) problems.minutes ??= '每次进校宣传不超过 2 小时';
  if (minutes !== undefined && !Number.isFinite(minutes)) problems.minutes = '请按分钟填写时长，例如 90';
  return Object.keys(problems).length || !parsed.success ? { input: null, problems } : { input: parsed.data, problems };
}

export type VisitActor = 'school' | 'bureau';
export type VisitAction = 'approve' | 'decline' | 'withdraw' | 'cancel' | 'revoke';

export const visitActionLabels: Record<VisitAction, string> = {
  approve: '批准',
  decline: '不批准',
  withdraw: '撤回申请',
  cancel: '取消宣传',
  revoke: '撤销准入证',
};

const targets: Record<VisitAction, Exclude<VisitStatus, 'applied'>> = {
  approve: 'approved',
  decline: 'declined',
  withdraw: 'withdrawn',
  cancel: 'cancelled',
  revoke: 'revoked',
};

/** The buttons a visit's card offers this side: only the steps R10's table allows from its status. */
export function visitActions(status: VisitStatus, actor: VisitActor | null): VisitAction[] {
  if (!actor) return [];
  return (Object.keys(targets) as VisitAction[]).filter((a) => mayMoveVisit(status, targets[a], actor));
}

/** Which side of R10 a staff role acts for on this page (a junior high only reads its schedule). */
export function visitActorOf(role: string): VisitActor | null {
  if (role === 'schoolAdmin') return 'school';
  if (role === 'reviewer' || role === 'bureauAdmin') return 'bureau';
  return null;
}

/** The verification page's path in the app (a subpackage page anyone may open). */
export function permitPath(code: string): string {
  return `/family/pages/permit/index?code=${encodeURIComponent(code)}`;
}

/** The full link printed under the permit's QR code: the H5 site's own address. */
export function permitLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${permitPath(code)}`;
}

/** 2027-04-28 14:00–16:00 as people read it. */
export function visitWhen(visit: Pick<VisitView, 'day' | 'start' | 'end'>): string {
  const [y, m, d] = visit.day.split('-').map(Number);
  return `${y}年${m}月${d}日 ${visit.start}–${visit.end}`;
}

/** The one who approved it, from the history (the permit's signatory as the school sees it). */
export function approverOf(visit: Pick<VisitView, 'history'>): string | null {
  const approved = [...visit.history].reverse().find((h) => h.status === 'approved');
  return approved?.actorName ?? null;
}
