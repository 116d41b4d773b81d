import { Picker, Text, View } from '@tarojs/components';
import { formatDay, shanghaiDayOf } from '../../shared/shanghai-date';
import { buttonProps } from './tappable';
import './field.scss';
import './date-field.scss';

/** Enter or Space on a picker's field opens the picker as a tap does (H5: the picker listens for the click). */
export function openingPicker(e: { key?: string; preventDefault?: () => void; currentTarget?: unknown }) {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault?.();
  (e.currentTarget as { click?: () => void } | undefined)?.click?.();
}

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
  const tappable = buttonProps(`${label}：${shown}`, () => undefined);
  return (
    <View className="field date-field">
      <Text className="field-label">{label}</Text>
      <View className="date-field-row">
        <Picker
          mode="date"
          className="date-field-picker"
          value={value || initial || ''}
          start={first}
          end={last}
          name={name}
          onChange={(e) => onChange(String(e.detail.value))}
        >
          <View className={`field-input date-field-value tap-target ${error ? 'field-input-error' : ''}`} {...tappable} {...{ onKeyDown: openingPicker }}>
            <Text className={value ? 'date-field-day' : 'date-field-empty'}>{shown}</Text>
            <Text className="date-field-action">{value ? '更改' : '选择'}</Text>
          </View>
        </Picker>
        {clearable && value && (
          <View className="date-field-clear tap-target" onClick={() => onChange('')} {...buttonProps(`清除${label}`, () => onChange(''))}>
            <Text>清除</Text>
          </View>
        )}
      </View>
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}
