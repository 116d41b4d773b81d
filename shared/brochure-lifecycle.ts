import type { Season } from './records/season';
import type { BrochureStatus } from './records/brochure';
import { leadsTo, type StepTable } from './steps';
import { isPast } from './windows';

/**
 * A brochure version's life as one step table (shared/steps.ts): a school admin edits a draft and submits it; a reviewer
 * approves (files) or rejects it, and may withdraw an approved one; approving a newer version
 * supersedes the one families saw. brochureSave, brochureSubmit, reviewDecide and the verification
 * all consult it.
 */
export const brochureActions = {
  submit: { from: ['draft'], to: 'submitted', by: ['school'] },
  approve: { from: ['submitted'], to: 'approved', by: ['reviewer'] },
  reject: { from: ['submitted'], to: 'rejected', by: ['reviewer'] },
  withdraw: { from: ['approved'], to: 'withdrawn', by: ['reviewer'] },
  // approving a newer version takes the one families saw off the list
  supersede: { from: ['approved'], to: 'superseded', by: ['reviewer'] },
} as const satisfies StepTable<string, BrochureStatus, 'school' | 'reviewer'>;

export type BrochureAction = keyof typeof brochureActions;

export function mayApply(action: BrochureAction, status: BrochureStatus): boolean {
  return leadsTo(brochureActions, action, status) !== null;
}

/** Only a draft's facts may change; anything submitted is frozen (R3). */
export function isEditable(status: BrochureStatus): boolean {
  return status === 'draft';
}

/**
 * R1, R2, R4: which brochures families may see now, as data: approved versions of this season's
 * year from schools qualified this year, until the season's work ends — or none at all. Approval
 * supersedes the version before, so "approved" is also "current". The functions turn it into a
 * database query (cloudfunctions/domains/brochures/brochures.ts) and the verification checks one brochure with
 * `isPublished`: one definition, two uses, and a test that they agree.
 */
export type PublishedCondition = { none: true } | { none: false; status: 'approved'; year: number; schoolIds: string[] };

export function publishedCondition(season: Pick<Season, 'year' | 'admission'>, now: Date, qualifiedSchoolIds: string[]): PublishedCondition {
  if (isPast(season.admission, now)) return { none: true };
  return { none: false, status: 'approved', year: season.year, schoolIds: qualifiedSchoolIds };
}

export function isPublished(condition: PublishedCondition, brochure: { status: BrochureStatus; year: number; schoolId: string }): boolean {
  if (condition.none) return false;
  return brochure.status === condition.status && brochure.year === condition.year && condition.schoolIds.includes(brochure.schoolId);
}
