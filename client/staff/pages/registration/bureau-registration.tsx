/** 学籍注册, the bureau's side (R15): each school's enrolled, registered, outstanding and flagged students, with the city's total. */
import { Text, View } from '@tarojs/components';
import type { FunctionOutput } from '../../../../shared/api';
import { FigureTable } from '../../../components/figure-table';

type Status = FunctionOutput<'registrationStatus'>;

/** R15, the bureau's side: each school's enrolled, registered, flagged and outstanding students. */
export function BureauRegistration({ status }: { status: Status }) {
  const total = status.schools.reduce(
    (t, s) => ({
      enrolled: t.enrolled + s.enrolled,
      registered: t.registered + s.registered,
      flagged: t.flagged + s.flagged,
      outstanding: t.outstanding + s.outstanding,
    }),
    { enrolled: 0, registered: 0, flagged: 0, outstanding: 0 },
  );
  return (
    <View>
      <View className="section-title">{status.year}年新生学籍注册情况</View>
      <Text className={status.late ? 'registration-late' : 'muted registration-note'}>
        注册截止日期 {status.deadline}
        {status.late ? '，已过截止日期' : ''}。重复注册：同一学生在两所学校都已报到，两校均不能注册，须核实处理。
      </Text>
      <FigureTable
        label="各校新生学籍注册人数"
        columns={{ name: '学校', figures: ['报到', '已注册', '待注册', '重复'] }}
        rows={[
          ...status.schools.map((s) => ({ ...s, key: s.schoolId, name: `${s.schoolName}（${s.district}）` })),
          { ...total, key: 'total', name: '合计', total: true },
        ].map((s) => ({
          key: s.key,
          name: s.name,
          figures: [s.enrolled, s.registered, s.outstanding, s.flagged],
          total: s.key === 'total',
        }))}
      />
    </View>
  );
}
