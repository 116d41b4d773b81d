import type { DashboardJunior, TargetDashboard } from '../../shared/api/targets';
import {
  axisLabel,
  chartData,
  chartHeight,
  chartJuniors,
  districtCards,
  percentText,
  rateText,
  ratioVerdict,
} from '../../client/services/views/dashboard-view';

/** R11 on the bureau's dashboard: numbers said as a clerk reads them, and the chart's bars from the ranking. */
function junior(over: Partial<DashboardJunior>): DashboardJunior {
  return {
    juniorSchoolId: 'j',
    name: '忻州市第二中学初中部',
    district: '忻府区',
    graduates: 620,
    sendingTarget: 330,
    rank: 1,
    forms: 0,
    admitted: 0,
    enrolled: 0,
    viaPoster: 0,
    closed: false,
    completion: 0,
    formsRate: 0,
    vocationalShare: 0,
    meetsRatio: false,
    ...over,
  };
}

test('percents keep one decimal; a missing one is a dash, or “未设目标” where the target is what is missing', () => {
  expect(percentText(30.3)).toBe('30.3%');
  expect(percentText(0)).toBe('0.0%');
  expect(percentText(null)).toBe('—');
  expect(rateText(null)).toBe('未设目标');
  expect(rateText(12)).toBe('12.0%');
});

test('R11: the 45 % verdict is said in words with a mark, not by colour alone', () => {
  expect(ratioVerdict(46.2, true)).toEqual({ label: '✓ 已达到 45%（46.2%）', tone: 'met' });
  expect(ratioVerdict(44.9, false)).toEqual({ label: '✗ 未达到 45%（44.9%）', tone: 'unmet' });
  expect(ratioVerdict(null, null).tone).toBe('unknown');
  expect(ratioVerdict(null, null).label).toContain('未填毕业生人数');
});

test('the chart draws the ranked junior highs that have a target, two bars each, with the table’s own numbers; long names are shortened for the axis only', () => {
  const juniors = [
    junior({ juniorSchoolId: 'a', rank: 1, formsRate: 12.5, completion: null }),
    junior({ juniorSchoolId: 'b', name: '忻州市第六中学', rank: 2, formsRate: 3, completion: 1.2 }),
    junior({ juniorSchoolId: 'c', name: '无目标初中', rank: 3, sendingTarget: 0, formsRate: null, completion: null }),
  ];
  expect(chartJuniors(juniors).map((j) => j.juniorSchoolId)).toEqual(['a', 'b']);
  expect(chartData(juniors)).toEqual([
    { label: '忻州市第二中学…', series: '志愿完成率', value: 12.5 },
    { label: '忻州市第二中学…', series: '送培完成率', value: 0 },
    { label: '忻州市第六中学', series: '志愿完成率', value: 3 },
    { label: '忻州市第六中学', series: '送培完成率', value: 1.2 },
  ]);
  expect(axisLabel('忻州市第六中学')).toBe('忻州市第六中学');
  expect(chartJuniors(juniors, 1)).toHaveLength(1);
});

test('two names shortened alike get their rank in front, so no two rows of bars share a label', () => {
  const juniors = [
    junior({ juniorSchoolId: 'a', name: '忻州市第二中学初中部', rank: 1 }),
    junior({ juniorSchoolId: 'b', name: '忻州市第二中学分校初中', rank: 2 }),
  ];
  expect([...new Set(chartData(juniors).map((d) => d.label))]).toEqual(['1. 忻州市第二中学…', '2. 忻州市第二中学…']);
});

test('the chart grows with its rows, never below a readable minimum', () => {
  expect(chartHeight(0)).toBe(160);
  expect(chartHeight(12)).toBe(420);
});

test('district cards: the district asked about, or all; each with its count of junior highs', () => {
  const district = {
    district: '忻府区',
    graduates: 3980,
    sendingTarget: 2000,
    total: 2000,
    ownSchoolsQuota: 800,
    forms: 1,
    admitted: 0,
    enrolled: 0,
    completion: 0,
    formsRate: 0.1,
    vocationalShare: 0,
    meetsRatio: false,
  };
  const dashboard: TargetDashboard = {
    year: 2027,
    district: null,
    districts: [district, { ...district, district: '原平市' }],
    juniors: [junior({}), junior({ juniorSchoolId: 'y', district: '原平市' })],
    schools: [],
    countedAt: '2027-04-15T02:00:00.000Z',
  };
  expect(districtCards(dashboard).map((c) => [c.district, c.juniorCount])).toEqual([
    ['忻府区', 1],
    ['原平市', 1],
  ]);
  expect(districtCards({ ...dashboard, district: '原平市' }).map((c) => c.district)).toEqual(['原平市']);
});
