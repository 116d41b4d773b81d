import type { FieldErrors } from './result-core';
import type { JuniorTarget } from './records/target';

/**
 * R11's arithmetic, one home for the dashboard, its export and the target sheet's page: the
 * completion of a sending target, the vocational share of a district's graduates against 45:55, and
 * the check that a district's sending targets add up to its total.
 */

/** At least 45 of every 100 graduates go to vocational school (004 §3.2.1). */
export const VOCATIONAL_SHARE_MIN_PERCENT = 45;

/** `part` of `whole` in percent, to one decimal; null when there is no whole to measure against. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/**
 * Whether `vocational` of `graduates` meets 45:55, decided in whole numbers (rounding the percent
 * could pass 44.96 %); null when the graduates are not known.
 */
export function meetsRatio(vocational: number, graduates: number): boolean | null {
  if (graduates <= 0) return null;
  return vocational * 100 >= graduates * VOCATIONAL_SHARE_MIN_PERCENT;
}

export interface SheetCheck {
  /** the sum of the junior highs' sending targets */
  sum: number;
  /** the district's total to all vocational schools (a season setting), when the season has one */
  total: number | null;
  /** sum − total: 0 when they agree */
  difference: number | null;
  message: string;
}

/** Whether the sending targets add up to the district's total, said as a clerk would read it. */
export function sheetCheck(juniors: Pick<JuniorTarget, 'sendingTarget'>[], total: number | null): SheetCheck {
  const sum = juniors.reduce((n, j) => n + j.sendingTarget, 0);
  if (total === null) return { sum, total, difference: null, message: `各初中送培目标合计 ${sum} 人；招生季设置中还没有本区县的送培总目标，请先在招生季设置中填写。` };
  const difference = sum - total;
  const message =
    difference === 0
      ? `各初中送培目标合计 ${sum} 人，与全区送培总目标一致。`
      : `各初中送培目标合计 ${sum} 人，比全区送培总目标 ${total} 人${difference < 0 ? '少' : '多'} ${Math.abs(difference)} 人。`;
  return { sum, total, difference, message };
}

/**
 * What is wrong with a sheet's lines, by field path: a junior high that is not the district's, one
 * listed twice, or a target above the school's graduates (it cannot send more than it has).
 */
export function targetSheetProblems(juniors: JuniorTarget[], districtJuniorIds: ReadonlySet<string>): FieldErrors {
  const problems: FieldErrors = {};
  const seen = new Set<string>();
  juniors.forEach((j, i) => {
    if (!districtJuniorIds.has(j.juniorSchoolId)) problems[`juniors.${i}.juniorSchoolId`] = '这所初中不在本区县的初中名录中';
    else if (seen.has(j.juniorSchoolId)) problems[`juniors.${i}.juniorSchoolId`] = '同一所初中请只填一行';
    seen.add(j.juniorSchoolId);
    if (j.sendingTarget > j.graduates) problems[`juniors.${i}.sendingTarget`] = `送培目标不能超过毕业生人数（${j.graduates} 人）`;
  });
  return problems;
}

/** The Monday (YYYY-MM-DD) of the week a calendar day (YYYY-MM-DD) falls in. */
export function weekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}
