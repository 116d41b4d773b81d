import type { JuniorProgress } from '../../../shared/api/targets';
import { VOCATIONAL_SHARE_MIN_PERCENT } from '../../../shared/targets';

/**
 * A junior high's figures (juniorProgress, R11, R23) in the words its teacher reads: counts against
 * the target, rates in percent, and the 45:55 share said as met or not met — never a colour alone.
 */

const people = (n: number | null) => (n === null ? '未设置' : `${n} 人`);
const percent = (p: number | null) => (p === null ? '—' : `${p}%`);

/** 45:55 in words: met, not met (by how many points), or not known without the graduates. */
export function ratioText(p: Pick<JuniorProgress, 'vocationalShare' | 'meetsRatio'>): string {
  if (p.meetsRatio === null || p.vocationalShare === null) return `未设置毕业生人数，无法判断是否达到 ${VOCATIONAL_SHARE_MIN_PERCENT}%`;
  if (p.meetsRatio) return `${p.vocationalShare}%，已达到 ${VOCATIONAL_SHARE_MIN_PERCENT}% 的要求`;
  return `${p.vocationalShare}%，未达到 ${VOCATIONAL_SHARE_MIN_PERCENT}% 的要求`;
}

/** The headline figures, label and value, in the order a teacher asks about them. */
export function progressRows(p: JuniorProgress): Array<{ label: string; value: string }> {
  return [
    { label: '毕业生', value: people(p.graduates) },
    { label: '送培目标', value: people(p.sendingTarget) },
    { label: '已填报中职志愿', value: `${p.forms} 人` },
    { label: '已录取', value: `${p.admitted} 人` },
    { label: '已报到', value: `${p.enrolled} 人` },
    { label: '经本校海报填报', value: `${p.viaPoster} 人` },
    { label: '志愿数占送培目标', value: percent(p.formsRate) },
    { label: '报到数占送培目标（完成率）', value: percent(p.completion) },
    { label: '填报中职占毕业生', value: ratioText(p) },
  ];
}

/** `2027-05-10` (a Monday) → `5月10日起的一周`. */
export function weekLabel(weekOf: string): string {
  const [, m, d] = weekOf.split('-').map(Number);
  return `${m}月${d}日起的一周`;
}

/** Each week's forms with its share of the busiest week, for a bar drawn beside the number. */
export function weekBars(byWeek: JuniorProgress['byWeek']): Array<{ label: string; forms: number; widthPercent: number }> {
  const most = Math.max(0, ...byWeek.map((w) => w.forms));
  return byWeek.map((w) => ({ label: weekLabel(w.weekOf), forms: w.forms, widthPercent: most === 0 ? 0 : Math.round((w.forms * 100) / most) }));
}
