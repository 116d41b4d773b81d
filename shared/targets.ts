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
  if (total === null)
    return { sum, total, difference: null, message: `各初中送培目标合计 ${sum} 人；招生季设置中还没有本区县的送培总目标，请先在招生季设置中填写。` };
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

export interface ReadTargets {
  juniors: Array<{ juniorSchoolId: string; name: string; graduates: number; sendingTarget: number }>;
  problems: Array<{ row: number; message: string }>;
}

const HEADERS = { name: /初中|学校/, graduates: /毕业/, sendingTarget: /送培|目标/ } as const;

/**
 * A target sheet from a spreadsheet's rows: the header row names the columns (初中学校, 毕业生人数,
 * 送培目标, in any order); each row is matched to one of the district's junior highs by its name
 * (spaces ignored). A row that cannot be read is reported by its row number, as the clerk sees it.
 */
export function readTargetRows(rows: string[][], juniors: Array<{ _id: string; name: string }>): ReadTargets {
  const squash = (s: string) => s.replace(/\s+/g, '');
  // the header is the first row naming all three columns, each in a cell of its own (a title row
  // such as “2027年初中送培目标分解表” names two of them in one cell and is not it)
  const columnsOf = (header: string[]) => {
    const find = (pattern: RegExp, not?: RegExp) => header.findIndex((c) => pattern.test(c) && !(not && not.test(c)));
    const cols = { name: find(HEADERS.name, /毕业|送培|目标/), graduates: find(HEADERS.graduates), target: find(HEADERS.sendingTarget, /毕业|初中|学校/) };
    return cols.name >= 0 && cols.graduates >= 0 && cols.target >= 0 && new Set(Object.values(cols)).size === 3 ? cols : null;
  };
  const headerIndex = rows.findIndex((r) => columnsOf(r) !== null);
  const columns = headerIndex >= 0 ? columnsOf(rows[headerIndex] ?? []) : null;
  if (!columns) return { juniors: [], problems: [{ row: 1, message: '没有找到表头：请包含“初中学校”“毕业生人数”“送培目标”三列' }] };
  const { name: nameCol, graduates: gradCol, target: targetCol } = columns;
  const byName = new Map(juniors.map((j) => [squash(j.name), j]));
  const out: ReadTargets = { juniors: [], problems: [] };
  const seen = new Set<string>();
  rows.slice(headerIndex + 1).forEach((cells, i) => {
    const row = headerIndex + 2 + i;
    if (cells.every((c) => !c.trim())) return;
    const junior = byName.get(squash(cells[nameCol] ?? ''));
    const number = (text: string | undefined) => (/^\d{1,6}$/.test((text ?? '').trim()) ? Number((text ?? '').trim()) : null);
    const graduates = number(cells[gradCol]);
    const sendingTarget = number(cells[targetCol]);
    if (!junior) return void out.problems.push({ row, message: `“${cells[nameCol] ?? ''}”不是本区县名录中的初中` });
    if (seen.has(junior._id)) return void out.problems.push({ row, message: `${junior.name}出现了不止一次` });
    if (graduates === null || sendingTarget === null) return void out.problems.push({ row, message: `${junior.name}的人数请填写整数` });
    if (sendingTarget > graduates) return void out.problems.push({ row, message: `${junior.name}的送培目标不能超过毕业生人数` });
    seen.add(junior._id);
    out.juniors.push({ juniorSchoolId: junior._id, name: junior.name, graduates, sendingTarget });
  });
  return out;
}
