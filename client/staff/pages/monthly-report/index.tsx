import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { inShanghai } from '../../../../shared/time';
import { Chips } from '../../../components/chips';
import { LoadState } from '../../../components/load-state';
import { useFunction } from '../../../services/calls/use-function';
import { UnitMonth } from './unit-month';
import { Units } from './units';
import './index.scss';

/** The report month to open first: this month when it is one, else August. */
function firstMonth(): number {
  const m = inShanghai(new Date()).month() + 1;
  return m >= 8 && m <= 11 ? m : 8;
}

function MonthChips({ months, month, onChange }: { months: number[]; month: number; onChange: (m: number) => void }) {
  return <Chips options={months.map((m) => ({ value: String(m), label: `${m}月` }))} value={String(month)} onChange={(v) => v && onChange(Number(v))} />;
}

/** R12 招生情况统计表: a city school or a district submits its month; the bureau sees who has and rolls them up. */
export default function MonthlyReportPage() {
  const home = useFunction('staffHome', {});
  const [month, setMonth] = useState(firstMonth);
  const [months, setMonths] = useState<number[]>([8, 9, 10, 11]);
  const keepMonths = useCallback((m: number[]) => setMonths((old) => (old.join() === m.join() ? old : m)), []);
  return (
    <View className="page">
      <LoadState {...home}>
        {(w) => (
          <View>
            <MonthChips months={months} month={month} onChange={setMonth} />
            {w.role === 'schoolAdmin' && <UnitMonth month={month} onMonths={keepMonths} />}
            {(w.role === 'bureauAdmin' || w.role === 'reviewer') && <Units month={month} rollup={w.role === 'bureauAdmin'} onMonths={keepMonths} />}
            {w.role !== 'schoolAdmin' && w.role !== 'bureauAdmin' && w.role !== 'reviewer' && (
              <Text className="muted mr-note">招生情况月报由市属学校和区县教育局填报。</Text>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
