// A season window's two days (开始, 结束) on one row, and the days a season's dates may be picked among.
import { View } from '@tarojs/components';
import type { Window } from '../../../../shared/records/season';
import { formatDay } from '../../../../shared/shanghai-date';
import { DateField } from '../../../components/date-field';
import { Cell } from '../../../components/ui';

/** The days a season's date may be picked among: its year, and the years either side (the server checks the rest). */
export const seasonDays = (year: number) => ({ start: `${year - 1}-01-01`, end: `${year + 1}-12-31` });

/** Two days of a window on one row; its error under them. */
export function WindowRow({
  label,
  name,
  year,
  value,
  error,
  disabled,
  onChange,
}: {
  label: string;
  name: string;
  year: number;
  value: Window;
  error?: string;
  disabled: boolean;
  onChange: (w: Window) => void;
}) {
  if (disabled) return <Cell title={label} extra={`${formatDay(value.start)} 至 ${formatDay(value.end)}`} />;
  const bounds = seasonDays(year);
  return (
    <View className="season-window">
      <DateField label={`${label}：开始`} value={value.start} onChange={(start) => onChange({ ...value, start })} name={`${name}.start`} {...bounds} />
      <DateField label={`${label}：结束`} value={value.end} onChange={(end) => onChange({ ...value, end })} error={error} name={`${name}.end`} {...bounds} />
    </View>
  );
}
