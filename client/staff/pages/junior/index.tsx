import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDate } from '../../../../shared/time';
import { FigureTable } from '../../../components/figure-table';
import { LoadState } from '../../../components/load-state';
import { Cell, CellGroup } from '../../../components/ui';
import { progressRows, weekBars } from '../../../services/views/junior-progress-view';
import { useFunction } from '../../../services/calls/use-function';
import './index.scss';

/** A row of figures: a name, then numbers right-aligned (the head row names the columns). */

/**
 * R23, R11, R13: a junior high's teacher sees the school's own graduates only as counts against the
 * sending target — by vocational school and by week — the early-study requests waiting for them
 * (R8), and the sending statistics the vocational schools sent back.
 */
export default function JuniorPage() {
  const progress = useFunction('juniorProgress', {}, { reloadOnShow: true });
  const sending = useFunction('sendingStatsList', {});

  return (
    <View className="page">
      <LoadState {...progress}>
        {(p) => (
          <View>
            <View className="section-title">
              {p.juniorSchoolName} · {p.year}年
            </View>
            <Text className="muted">只显示人数，不显示学生的志愿内容。</Text>
            <CellGroup>
              {progressRows(p).map((r) => (
                <Cell key={r.label} title={r.label} extra={r.value} />
              ))}
            </CellGroup>

            <CellGroup>
              <Cell
                title="提前学习确认"
                description={`待确认 ${p.earlyStudy.pending} 项 · 已确认 ${p.earlyStudy.confirmed} 项`}
                extra="进入"
                clickable
                onClick={() => Taro.navigateTo({ url: '/staff/pages/early-study/index' })}
              />
              <Cell
                title="招生宣传海报"
                description="打印或转发带本校小程序码的致家长的一封信"
                extra="进入"
                clickable
                onClick={() => Taro.navigateTo({ url: '/staff/pages/poster/index' })}
              />
            </CellGroup>

            <View className="section-title">按中职学校</View>
            {p.bySchool.length === 0 ? (
              <Text className="muted">还没有学生填报中职志愿。</Text>
            ) : (
              <FigureTable
                label="本校毕业生按中职学校的志愿、录取和报到人数"
                columns={{ name: '中职学校', figures: ['志愿', '录取', '报到'] }}
                rows={p.bySchool.map((s) => ({ key: s.schoolId, name: s.schoolName, figures: [s.forms, s.admitted, s.enrolled] }))}
              />
            )}

            <View className="section-title">每周新增志愿</View>
            {p.byWeek.length === 0 ? (
              <Text className="muted">还没有学生填报中职志愿。</Text>
            ) : (
              <FigureTable
                label="每周新增志愿"
                rows={weekBars(p.byWeek).map((w) => ({
                  key: w.label,
                  name: w.label,
                  figures: [`${w.forms} 份`],
                  // a picture of the number beside it: hidden from screen readers
                  picture: (
                    <View className="junior-week-bar" {...{ 'aria-hidden': 'true' }}>
                      <View className="junior-week-fill" style={{ width: `${w.widthPercent}%` }} />
                    </View>
                  ),
                }))}
              />
            )}
          </View>
        )}
      </LoadState>

      <View className="section-title">中职学校反馈的送培统计</View>
      <LoadState {...sending}>
        {(s) =>
          s.fromSchools.length === 0 ? (
            <Text className="muted">
              还没有学校提交送培统计（{s.year}年应于 {s.due} 前提交）。
            </Text>
          ) : (
            <FigureTable
              label="中职学校反馈的本校毕业生志愿、录取和报到人数"
              columns={{ name: '中职学校', figures: ['志愿', '录取', '报到'] }}
              rows={s.fromSchools.map((f) => ({
                key: f.schoolName,
                name: `${f.schoolName}（${formatDate(f.submittedAt)}提交）`,
                figures: [f.chose, f.admitted, f.enrolled],
              }))}
            />
          )
        }
      </LoadState>
    </View>
  );
}
