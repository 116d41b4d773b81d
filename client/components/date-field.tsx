import { formatDay, shanghaiDayOf } from '../../shared/shanghai-date';
import { WheelField } from './wheel-field';

interface DateFieldProps {
  label: string;
  /** the day picked, YYYY-MM-DD as the server's schemas take it; '' while none is */
  value: string;
  onChange: (day: string) => void;
  error?: string;
  name?: string;
  /** the first and last day that may be picked (YYYY-MM-DD); the server still checks the day */
  start?: string;
  end?: string;
  /** the day the picker opens on while none is picked (else today, or `start` if today is outside) */
  initial?: string;
  /** what the field says while no day is picked: a field that may stay empty says what empty means */
  emptyText?: string;
  /** the day may be taken back (an optional date): 清除 beside a picked day */
  clearable?: boolean;
}

/**
 * Every date a person enters is picked, not typed (issue 25): the field shows the day in Chinese
 * (2027年8月28日) and opens the platform's date picker (Taro's Picker mode='date': WeChat's own
 * wheel, a slide-up wheel in H5), which hands back YYYY-MM-DD.
 */
export function DateField({ label, value, onChange, error, name, start, end, initial, emptyText = '点击选择日期', clearable }: DateFieldProps) {
  const shown = value ? formatDay(value) : emptyText;
  // Without bounds a wheel would offer 1970–2999: two years either side of this one.
  const thisYear = Number(shanghaiDayOf().slice(0, 4));
  const first = start ?? `${thisYear - 2}-01-01`;
  const last = end ?? `${Math.max(thisYear, Number(first.slice(0, 4))) + 2}-12-31`;
  return (
    <WheelField
      mode="date"
      label={label}
      value={value}
      shown={shown}
      wheelValue={value || initial || ''}
      start={first}
      end={last}
      name={name}
      error={error}
      onChange={onChange}
      clearable={clearable}
    />
  );
}
