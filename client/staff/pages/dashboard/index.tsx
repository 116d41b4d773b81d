import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { TargetDashboard } from '../../../../shared/api/targets';
import { inShanghai } from '../../../../shared/time';
import { BarChart } from '../../../components/bar-chart';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { Button } from '../../../components/ui';
import { callFunction } from '../../../services/calls/cloud';
import { chartData, chartHeight, chartJuniors, chartSeries, districtCards, percentText, rateText, ratioVerdict } from '../../../services/views/dashboard-view';
import { downloadSpreadsheet } from '../../../services/calls/download-spreadsheet';
import { useFunction } from '../../../services/calls/use-function';
import { ChartDataTable } from './data-table';
import './index.scss';

/** The chart's series colours: told apart by the legend's words too, never by colour alone. */
const seriesColors: Record<(typeof chartSeries)[number]['label'], string> = { 志愿完成率: '#1f64b8', 送培完成率: '#d46b08' };
const series = chartSeries.map((s) => ({ label: s.label, color: seriesColors[s.label] }));

function DistrictCard({ card }: { card: ReturnType<typeof districtCards>[number] }) {
  const verdict = ratioVerdict(card.vocationalShare, card.meetsRatio);
  return (
    <View className="dash-card">
      <Text className="dash-card-title">
        {card.district} · {card.juniorCount} 所初中
      </Text>
      <Text className="dash-line">
        送培总目标 {card.total === null ? '未设置' : `${card.total} 人`}（各初中目标合计 {card.sendingTarget} 人）
      </Text>
      <Text className="dash-line">
        已提交志愿 {card.forms} 人 · 志愿完成率 {rateText(card.formsRate)}
      </Text>
      <Text className="dash-line">
        已录取 {card.admitted} 人 · 已报到 {card.enrolled} 人 · 送培完成率 {rateText(card.completion)}
      </Text>
      <Text className="dash-line">
        毕业生 {card.graduates} 人 · 区属学校指标 {card.ownSchoolsQuota === null ? '未设置' : `${card.ownSchoolsQuota} 人`}
      </Text>
      <Text className={`dash-verdict dash-verdict-${verdict.tone}`}>报读中职比例：{verdict.label}</Text>
    </View>
  );
}

function Charted({ dashboard }: { dashboard: TargetDashboard }) {
  const [showTable, setShowTable] = useState(false);
  const drawn = useMemo(() => chartJuniors(dashboard.juniors), [dashboard]);
  const data = useMemo(() => chartData(dashboard.juniors), [dashboard]);
  if (drawn.length === 0) return <Text className="muted">还没有填写送培目标的初中，暂无图表。</Text>;
  const caption = `${drawn.length} 所初中的志愿完成率与送培完成率（按排名）`;
  return (
    <View>
      <Text className="muted">
        {drawn.length < dashboard.juniors.length ? `图中为排名前 ${drawn.length} 所有送培目标的初中；全部学校见下方排名。` : '图中为全部有送培目标的初中。'}
      </Text>
      <BarChart data={data} height={chartHeight(drawn.length)} series={series} unit="%" />
      <Button size="small" onClick={() => setShowTable((s) => !s)}>
        {showTable ? '收起数据表' : '查看数据表'}
      </Button>
      {showTable && <ChartDataTable caption={caption} juniors={drawn} />}
    </View>
  );
}

/**
 * 招生工作看板 (R11): how far each district and junior high has come against its sending target, the
 * vocational share against 45 %, each vocational school's figures, and the ranking as a spreadsheet.
 */
export default function DashboardPage() {
  const [district, setDistrict] = useState<string | undefined>(undefined);
  const view = useFunction('targetDashboard', district === undefined ? {} : { district });
  const [exporting, setExporting] = useState(false);

  const exportRanking = () => downloadSpreadsheet(() => callFunction('targetExport', district === undefined ? {} : { district }), setExporting);

  return (
    <View className="page">
      <LoadState {...view}>
        {(d) => {
          const choosable = d.districts.map((x) => x.district);
          return (
            <View>
              {choosable.length > 1 && (
                <Chips options={choosable.map((x) => ({ value: x, label: x }))} value={district} allLabel="全市" onChange={setDistrict} />
              )}
              <Text className="muted">
                {d.year} 年 · {d.district ?? '全市'} · 统计时间 {inShanghai(d.countedAt).format('M月D日 HH:mm')}
              </Text>
              <Button block loading={exporting} onClick={() => void exportRanking()}>
                导出排名表（Excel）
              </Button>

              <View className="section-title">区县概况</View>
              {districtCards(d).map((card) => (
                <DistrictCard key={card.district} card={card} />
              ))}

              <View className="section-title">各初中完成情况</View>
              <Charted dashboard={d} />

              <View className="section-title">各初中排名（按送培完成率）</View>
              {d.juniors.length === 0 && <Text className="muted">还没有初中学校。</Text>}
              {d.juniors.map((j) => (
                <View key={j.juniorSchoolId} className="dash-rank-row">
                  <Text className="dash-rank">{j.rank}</Text>
                  <View className="dash-rank-body">
                    <Text className="dash-name">
                      {j.name}
                      {d.district ? '' : ` · ${j.district}`}
                      {j.closed ? '（已在名录中关闭）' : ''}
                    </Text>
                    <Text className="dash-line">
                      目标 {j.sendingTarget} 人 · 志愿 {j.forms}
                      {j.viaPoster ? `（经海报 ${j.viaPoster}）` : ''} · 录取 {j.admitted} · 报到 {j.enrolled}
                    </Text>
                    <Text className="dash-line">
                      送培完成率 {rateText(j.completion)} · 志愿完成率 {rateText(j.formsRate)} · 报读比例 {percentText(j.vocationalShare)}
                    </Text>
                  </View>
                </View>
              ))}

              <View className="section-title">各中职学校</View>
              {d.schools.length === 0 && <Text className="muted">还没有学校发布招生简章或收到志愿。</Text>}
              {d.schools.map((s) => (
                <View key={s.schoolId} className="dash-card">
                  <Text className="dash-name">{s.name}</Text>
                  <Text className="dash-line">
                    计划招生 {s.plannedPlaces} 人 · 志愿 {s.forms} · 录取 {s.admitted} · 报到 {s.enrolled}
                  </Text>
                </View>
              ))}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
