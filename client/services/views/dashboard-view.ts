import type { DashboardJunior, TargetDashboard } from '../../../shared/api/targets';
// a type only: the chart's code (and F2) stays out of whatever imports these helpers
import type { BarDatum } from '../../components/bar-chart-tree';
import { VOCATIONAL_SHARE_MIN_PERCENT } from '../../../shared/targets';

/**
 * The dashboard's figures as the page says them: percents with their sign or a dash, the 45:55 verdict
 * in words (never colour alone), and the junior highs as the bars of the chart.
 */

/** 30.3 → "30.3%"; null (nothing to measure against) → "—". */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)}%`;
}

/** A rate against a sending target: "—" would hide why, so say the target is missing. */
export function rateText(value: number | null): string {
  return value === null ? '未设目标' : percentText(value);
}

export interface RatioVerdict {
  /** said in words, with a mark a screen reader reads as text */
  label: string;
  tone: 'met' | 'unmet' | 'unknown';
}

/** The vocational share against 45 %, in words. */
export function ratioVerdict(share: number | null, meets: boolean | null): RatioVerdict {
  const min = `${VOCATIONAL_SHARE_MIN_PERCENT}%`;
  if (meets === null || share === null) return { label: `未填毕业生人数，无法对照 ${min}`, tone: 'unknown' };
  return meets ? { label: `✓ 已达到 ${min}（${percentText(share)}）`, tone: 'met' } : { label: `✗ 未达到 ${min}（${percentText(share)}）`, tone: 'unmet' };
}

/** The two series the chart draws per junior high, in the legend's order. */
export const chartSeries = [
  { key: 'formsRate', label: '志愿完成率' },
  { key: 'completion', label: '送培完成率' },
] as const;

/** At most this many junior highs are drawn (a bar needs ~14 px of a phone); the table lists all. */
export const CHART_MAX_JUNIORS = 20;
const LABEL_MAX = 8;

/** Shortens a name for the axis: the table under the chart carries it in full. */
export function axisLabel(name: string): string {
  const chars = [...name];
  return chars.length <= LABEL_MAX ? name : `${chars.slice(0, LABEL_MAX - 1).join('')}…`;
}

/**
 * The chart's bars: the first junior highs of the ranking that have a sending target (a rate
 * without one would be a fake 0), each with its forms rate and completion. Two schools shortened to
 * the same label get a rank in front, so no two bars share a category.
 */
export function chartData(juniors: DashboardJunior[], max = CHART_MAX_JUNIORS): BarDatum[] {
  const drawn = chartJuniors(juniors, max);
  const labels = drawn.map((j) => axisLabel(j.name));
  const clash = (label: string) => labels.filter((l) => l === label).length > 1;
  return drawn.flatMap((j, i) => {
    const base = labels[i] ?? j.name;
    const label = clash(base) ? `${j.rank}. ${base}` : base;
    return chartSeries.map((s) => ({ label, series: s.label, value: j[s.key] ?? 0 }));
  });
}

/** The junior highs the chart draws, in ranking order: the same rows as its data table. */
export function chartJuniors(juniors: DashboardJunior[], max = CHART_MAX_JUNIORS): DashboardJunior[] {
  return juniors.filter((j) => j.sendingTarget > 0).slice(0, max);
}

/** The chart's height in px for its number of junior highs: room for two bars and a label each. */
export function chartHeight(juniorCount: number): number {
  return Math.max(160, 60 + juniorCount * 30);
}

/** The district cards to show: the one asked about, or every district the caller may see. */
export function districtCards(dashboard: TargetDashboard): Array<TargetDashboard['districts'][number] & { juniorCount: number }> {
  const rows = dashboard.district ? dashboard.districts.filter((d) => d.district === dashboard.district) : dashboard.districts;
  return rows.map((d) => ({ ...d, juniorCount: dashboard.juniors.filter((j) => j.district === d.district).length }));
}
