import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDate } from '../../../../shared/time';
import { LoadState } from '../../../components/load-state';
import { Cell, CellGroup } from '../../../components/ui';
import { progressRows, weekBars } from '../../../services/junior-progress-view';
import { useFunction } from '../../../services/use-function';
import '../../../components/figure-table.scss';
import './index.scss';

/** A row of figures: a name, then numbers right-aligned (the head row names the columns). */
function Row({ name, numbers, head }: { name: string; numbers: Array<string | number>; head?: boolean }) {
  return (
    <View className={`figure-row ${head ? 'figure-head' : ''}`}>
      <Text className='figure-cell-name'>{name}</Text>
      {numbers.map((n, i) => (
        <Text key={i} className='figure-cell-number'>
          {n}
        </Text>
      ))}
    </View>
  );
}

/**
 * R23, R11, R13: a junior high's teacher sees the school's own graduates only as counts against the
 * sending target — by vocational school and by week — the early-study requests waiting for them
 * (R8), and the sending statistics the vocational schools sent back.
 */
export default function JuniorPage() {
  const progress = useFunction('juniorProgress', {}, { reloadOnShow: true });
  const sending = useFunction('sendingStatsList', {});

  return (
    <View className='page'>
      <LoadState {...progress}>
        {(p) => (
          <View>
            <View className='section-title'>
              {p.juniorSchoolName} · {p.year}年
            </View>
            <Text className='muted'>只显示人数，不显示学生的志愿内容。</Text>
            <CellGroup>
              {progressRows(p).map((r) => (
                <Cell key={r.label} title={r.label} extra={r.value} />
              ))}
            </CellGroup>

            <CellGroup>
              <Cell title='提前学习确认' description={`待确认 ${p.earlyStudy.pending} 项 · 已确认 ${p.earlyStudy.confirmed} 项`} extra='进入' clickable onClick={() => Taro.navigateTo({ url: '/staff/pages/early-study/index' })} />
              <Cell title='招生宣传海报' description='打印或转发带本校小程序码的致家长的一封信' extra='进入' clickable onClick={() => Taro.navigateTo({ url: '/staff/pages/poster/index' })} />
            </CellGroup>

            <View className='section-title'>按中职学校</View>
            {p.bySchool.length === 0 ? (
              <Text className='muted'>还没有学生填报中职志愿。</Text>
            ) : (
              <View className='figure-table'>
                <Row head name='中职学校' numbers={['志愿', '录取', '报到']} />
                {p.bySchool.map((s) => (
                  <Row key={s.schoolId} name={s.schoolName} numbers={[s.forms, s.admitted, s.enrolled]} />
                ))}
              </View>
            )}

            <View className='section-title'>每周新增志愿</View>
            {p.byWeek.length === 0 ? (
              <Text className='muted'>还没有学生填报中职志愿。</Text>
            ) : (
              <View className='figure-table'>
                {weekBars(p.byWeek).map((w) => (
                  <View key={w.label} className='figure-row'>
                    <Text className='figure-cell-name'>{w.label}</Text>
                    {/* a picture of the number beside it: hidden from screen readers */}
                    <View className='junior-week-bar' {...{ 'aria-hidden': 'true' }}>
                      <View className='junior-week-fill' style={{ width: `${w.widthPercent}%` }} />
                    </View>
                    <Text className='figure-cell-number'>{w.forms} 份</Text>
                  </View>
                ))}
              </View>
            )}
          </View>
        )}
      </LoadState>

      <View className='section-title'>中职学校反馈的送培统计</View>
      <LoadState {...sending}>
        {(s) =>
          s.fromSchools.length === 0 ? (
            <Text className='muted'>还没有学校提交送培统计（{s.year}年应于 {s.due} 前提交）。</Text>
          ) : (
            <View className='figure-table'>
              <Row head name='中职学校' numbers={['志愿', '录取', '报到']} />
              {s.fromSchools.map((f) => (
                <View key={f.schoolName}>
                  <Row name={`${f.schoolName}（${formatDate(f.submittedAt)}提交）`} numbers={[f.chose, f.admitted, f.enrolled]} />
                </View>
              ))}
            </View>
          )
        }
      </LoadState>
    </View>
  );
}
