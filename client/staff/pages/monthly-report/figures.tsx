import { Text, View } from '@tarojs/components';
import type { Figures, MonthlyTable } from '../../../../shared/records/monthly-report';
import { inShanghai } from '../../../../shared/time';

export type Table = Omit<MonthlyTable, 'countedAt'> & { countedAt: string };

export const FIGURES: Array<[keyof Figures, string]> = [
  ['choices', '志愿'],
  ['admitted', '录取'],
  ['enrolled', '报到'],
  ['registered', '注册'],
];
export const when = (at: string) => inShanghai(at).format('M月D日 HH:mm');

/** 本月 and 累计 of one line, under the four figures' names. */
export function FigureGrid({ month, toDate }: { month: Figures; toDate: Figures }) {
  return (
    <View>
      <View className="mr-row mr-head">
        <Text className="mr-cell-label" />
        {FIGURES.map(([k, label]) => (
          <Text key={k} className="mr-cell-number">
            {label}
          </Text>
        ))}
      </View>
      {(
        [
          ['本月', month],
          ['累计', toDate],
        ] as const
      ).map(([label, f]) => (
        <View key={label} className="mr-row">
          <Text className="mr-cell-label">{label}</Text>
          {FIGURES.map(([k]) => (
            <Text key={k} className="mr-cell-number">
              {f[k]}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** The table as a phone shows it: a block per school and major, the total, and the learner groups. */
export function FiguresTable({ table }: { table: Table }) {
  const severalSchools = new Set(table.rows.map((r) => r.schoolId)).size > 1;
  return (
    <View>
      {table.rows.length === 0 && <Text className="muted mr-note">还没有已备案的招生专业或学生志愿。</Text>}
      {table.rows.map((r) => (
        <View key={`${r.schoolId}/${r.majorId ?? r.majorName}`} className="mr-block">
          <Text className="mr-block-title">
            {severalSchools ? `${r.schoolName} · ` : ''}
            {r.majorName}（计划 {r.planned} 人）
          </Text>
          <FigureGrid month={r.month} toDate={r.toDate} />
        </View>
      ))}
      <View className="mr-block">
        <Text className="mr-block-title">合计（计划 {table.totals.planned} 人）</Text>
        <FigureGrid month={table.totals.month} toDate={table.totals.toDate} />
      </View>
      <View className="section-title">按学习者类别</View>
      {table.groups
        .filter((g) => g.toDate.choices + g.toDate.admitted + g.toDate.enrolled + g.toDate.registered > 0)
        .map((g) => (
          <View key={g.group} className="mr-block">
            <Text className="mr-block-title">{g.label}</Text>
            <FigureGrid month={g.month} toDate={g.toDate} />
          </View>
        ))}
      <Text className="muted mr-note">
        志愿：填报本校的学生人数（按其在本校排序最前的专业计，不含已撤回）；录取：已录取、已报到及报到后离校的学生（放弃录取、未就读的不计）；报到：含报到后离校；注册：其中已确认学籍注册的。本月为该月
        1 日至月末，累计为截至该月末。
      </Text>
    </View>
  );
}
