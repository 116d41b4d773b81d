import { leadStatusLabels, type LeadStatus } from './records/lead';
import { stepBetween, type StepTable } from './steps';

/**
 * R24: a lead's steps, as one step table (`leadSteps` below). Staff move a lead forward along new → contacted → visited,
 * mark it lost, with a reason, from any step before enrolled, record 报到 (enrolled) of an admitted
 * student and, later, that an enrolled student left. Admission is its own step (R25): only the
 * admission, within the major's planned places, moves a lead to admitted. The family moves a lead
 * to withdrawn (they withdrew the form or dropped the school) and back to new (they chose the
 * school again), and releases an admission when another school's is the one they take. Every
 * handler and the client consult this table; nothing else decides what step may come next.
 */
export const forwardOrder = ['new', 'contacted', 'visited', 'admitted', 'enrolled', 'left'] as const;

/** staff: leadProgress; admission: admissionAdmit (R25); allocation: a round of 统一录取 (R26); family: the form's changes and the family's choice of admission. */
export type StepActor = 'staff' | 'admission' | 'allocation' | 'family';

/** What a recruiter or school admin may record, in the order the client offers them. */
export const staffSteps = ['contacted', 'visited', 'enrolled', 'left', 'lost'] as const;
export type StaffStep = (typeof staffSteps)[number];

/**
 * The table (shared/steps.ts). Staff move forward (contact, visit), record 报到 of an admitted student
 * and, later, that they left; they mark a lead lost from any step before 报到. Only the admission
 * admits — a school's (R25) or, in a unified season, the bureau's round (R26), which may also move
 * an admitted student up to another major of the same school. The family withdraws a lead at any step before 报到, releases an admission, and reopens a
 * withdrawn lead — as new, or as lost when the school had marked it lost (`reopenedStatus`).
 */
export const leadSteps = {
  contact: { from: ['new'], to: 'contacted', by: ['staff'] },
  visit: { from: ['new', 'contacted'], to: 'visited', by: ['staff'] },
  admit: { from: ['new', 'contacted', 'visited'], to: 'admitted', by: ['admission', 'allocation'] },
  /** R26: a later round moves an admitted student up to another major of the same school — the same lead, admitted at the new major */
  moveUp: { from: ['admitted'], to: 'admitted', by: ['allocation'] },
  enroll: { from: ['admitted'], to: 'enrolled', by: ['staff'] },
  leave: { from: ['enrolled'], to: 'left', by: ['staff'] },
  lose: { from: ['new', 'contacted', 'visited', 'admitted'], to: 'lost', by: ['staff'] },
  release: { from: ['admitted'], to: 'released', by: ['family', 'allocation'] },
  withdraw: { from: ['new', 'contacted', 'visited', 'admitted', 'lost', 'released'], to: 'withdrawn', by: ['family'] },
  reopen: { from: ['withdrawn'], to: 'new', by: ['family'] },
  reopenLost: { from: ['withdrawn'], to: 'lost', by: ['family'] },
} as const satisfies StepTable<string, LeadStatus, StepActor>;

export function mayStep(from: LeadStatus, to: LeadStatus, actor: StepActor): boolean {
  return stepBetween(leadSteps, from, to, actor) !== null;
}

/**
 * The status a lead takes when the family chooses the school again (R24): live again as new — but a
 * lead the school had already marked lost stays lost, whether or not the family dropped the school
 * in between (the school's decision, with its reason, stands).
 */
export function reopenedStatus(history: ReadonlyArray<{ status: LeadStatus }>): 'new' | 'lost' {
  const before = [...history].reverse().find((h) => h.status !== 'withdrawn');
  return before?.status === 'lost' ? 'lost' : 'new';
}

/** The steps staff may record next on a lead in this status (what the lead page offers). */
export function nextStaffSteps(from: LeadStatus): StaffStep[] {
  return staffSteps.filter((to) => mayStep(from, to, 'staff'));
}

/** Whether the family may still be reached through this lead: live leads are everything but these. */
export function isLive(status: LeadStatus): boolean {
  return status !== 'withdrawn' && status !== 'lost' && status !== 'released' && status !== 'left';
}

/**
 * How far the schools have taken a student, from their form's leads: enrolled at one, admitted by
 * one, or neither. A student admitted by two schools is one admitted student; one who left or
 * released the admission is neither.
 */
export function placementOf(statuses: readonly LeadStatus[]): 'none' | 'admitted' | 'enrolled' {
  if (statuses.includes('enrolled')) return 'enrolled';
  return statuses.includes('admitted') ? 'admitted' : 'none';
}

/** Figures of students: forms that chose, students admitted, students enrolled (R11, R13). */
export interface Tally {
  forms: number;
  admitted: number;
  enrolled: number;
}

export const emptyTally = (): Tally => ({ forms: 0, admitted: 0, enrolled: 0 });

/**
 * Adds `count` leads in `status` to a school's figures: every lead the family has not withdrawn is
 * a form that chose the school (lost, released and left ones too: they chose it); an admitted or
 * enrolled one counts as admitted, an enrolled one as enrolled.
 */
export function addLeads(tally: Tally, status: LeadStatus, count: number): Tally {
  if (status === 'withdrawn') return tally;
  tally.forms += count;
  if (status === 'admitted' || status === 'enrolled') tally.admitted += count;
  if (status === 'enrolled') tally.enrolled += count;
  return tally;
}

/** Adds `count` active forms whose student stands at `placement` to a junior high's figures. */
export function addForms(tally: Tally, placement: unknown, count: number): Tally {
  tally.forms += count;
  if (placement === 'admitted' || placement === 'enrolled') tally.admitted += count;
  if (placement === 'enrolled') tally.enrolled += count;
  return tally;
}

/** Why a step is refused (R24, R25), in words a recruiter acts on; the rule's number stays in the code, not in the words. */
export function refusedStepMessage(from: LeadStatus, to: LeadStatus): string {
  if (from === 'withdrawn') return '学生已撤回这份志愿或不再报考本校，不能再记录进展。';
  if (from === 'enrolled') return `学生已报到，不能再改为“${leadStatusLabels[to]}”。`;
  if (from === 'lost') return `这条线索已标记为未就读，不能再改为“${leadStatusLabels[to]}”。`;
  if (from === 'released') return `学生已选择其他学校的录取，本校录取已放弃，不能再改为“${leadStatusLabels[to]}”。`;
  if (from === 'left') return `学生已离校，不能再改为“${leadStatusLabels[to]}”。`;
  if (to === 'admitted') return '录取请在“按专业录取”页面办理，名额以招生计划为准。';
  if (to === 'enrolled') return `只有已录取的学生才能办理报到；当前为“${leadStatusLabels[from]}”。`;
  if (to === 'left') return '只有已报到的学生才能记录离校。';
  return `线索只能向前推进：当前为“${leadStatusLabels[from]}”，不能改为“${leadStatusLabels[to]}”。`;
}
