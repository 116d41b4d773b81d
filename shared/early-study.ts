import type { EarlyStudy, EarlyStudyStatus, SideDecision } from './records/early-study';
import { leadsTo, mayTake, type StepTable } from './steps';

/**
 * R8: a request stands while pending or confirmed. Each side (the junior high, the
 * receiving school) answers once, confirming or declining; the request is confirmed only when both
 * have confirmed, declined as soon as either declines, and cancelled when the family withdraws the
 * form or drops the school. Declined and cancelled are final; a family may then ask again.
 */
export type EarlySide = 'junior' | 'school';

/** A request stands (holds its place in the family's plans) as long as the family could still cancel it. */
export function isStanding(status: EarlyStudyStatus): boolean {
  return leadsTo(earlyStudySteps, 'cancel', status) !== null;
}

/**
 * R8's steps as a step table (shared/steps.ts). A side's confirmation leads to confirmed once the
 * other side has confirmed too (until then the request stays pending: `statusOf`); either side's
 * refusal declines it; the family's withdrawal cancels a standing one.
 */
export const earlyStudySteps = {
  confirm: { from: ['pending'], to: 'confirmed', by: ['junior', 'school'] },
  decline: { from: ['pending'], to: 'declined', by: ['junior', 'school'] },
  cancel: { from: ['pending', 'confirmed'], to: 'cancelled', by: ['family'] },
} as const satisfies StepTable<string, EarlyStudyStatus, EarlySide | 'family'>;

/** Whether `side` may still answer: only once, and only while the request is pending. */
export function mayDecide(request: Pick<EarlyStudy, 'status' | EarlySide>, side: EarlySide): boolean {
  return mayTake(earlyStudySteps, 'confirm', request.status, side) && request[side].decision === 'pending';
}

/** The request's status once both sides' answers are as given. */
export function statusOf(junior: SideDecision['decision'], school: SideDecision['decision']): EarlyStudyStatus {
  if (junior === 'declined' || school === 'declined') return 'declined';
  if (junior === 'confirmed' && school === 'confirmed') return 'confirmed';
  return 'pending';
}

/** Why a decision is refused (R8), in words staff act on; the rule's number stays in the code, not in the words. */
export function refusedDecisionMessage(request: Pick<EarlyStudy, 'status' | EarlySide>, side: EarlySide): string {
  if (request.status === 'cancelled') return '学生已撤回志愿或取消了这项申请，无需再确认。';
  if (request[side].decision !== 'pending') return `本校已于此前${request[side].decision === 'confirmed' ? '确认' : '答复不同意'}，不能再次更改。`;
  return '这项申请已有结果，不能再更改。';
}

/** At most five characters, as a WeChat `phrase` keyword must be: the step the family is told of. */
export function stepPhrase(request: Pick<EarlyStudy, 'status' | EarlySide>): string {
  if (request.status === 'confirmed') return '两校已确认';
  if (request.status === 'declined') return '未获同意';
  if (request.status === 'cancelled') return '已取消';
  if (request.junior.decision === 'confirmed') return '初中已确认';
  if (request.school.decision === 'confirmed') return '学校已确认';
  return '待确认';
}
