// The unified admission's dry run, as the bureau admin reads it before committing a round.
import { Text, View } from '@tarojs/components';
import type { UnifiedDryRun } from '../../../../shared/api/unified-admission';
import { FigureTable } from '../../../components/figure-table';

/** The dry run's answer: who would be placed, each major's fill, why the others would not be. */
export function DryRunTable({ run }: { run: UnifiedDryRun }) {
  return (
    <View>
      <Text className="unified-note">
        共 {run.students} 名学生参加，{run.placed} 人获得录取，{run.unplaced} 人未获得录取。
      </Text>
      {run.unplacedWhy.map((w) => (
        <Text key={w.why} className="muted unified-note">
          {w.count} 人：{w.label}
        </Text>
      ))}
      <FigureTable
        label="各校各专业的计划、录取和候补人数"
        columns={{ name: '学校 · 专业', figures: ['计划', '录取', '候补'] }}
        rows={run.majors.map((m) => ({
          key: `${m.schoolId}-${m.majorId}`,
          name: `${m.schoolName} · ${m.majorName}${m.lastAdmitted ? `（最后录取：${m.lastAdmitted}）` : ''}`,
          figures: [m.places, m.filled, m.waiting],
        }))}
      />
      <Text className="muted unified-digest">本次输入数据的校验值：{run.exportDigest}</Text>
    </View>
  );
}
