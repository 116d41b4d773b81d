/**
 * A value picked on the platform's wheel (Taro's Picker: WeChat's own, a slide-up wheel in H5), as a
 * field: its label, a button named 「label：what it shows」 that opens the wheel (Enter or Space too),
 * 清除 when the value may be taken back, and its error. DateField and TimeField are this with a mode.
 */
import { Picker, Text, View } from '@tarojs/components';
import { buttonProps } from './tappable';
import './field.scss';
import './date-field.scss';

/** Enter or Space on a picker's field opens the picker as a tap does (H5: the picker listens for the click). */
function openingPicker(e: { key?: string; preventDefault?: () => void; currentTarget?: unknown }) {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault?.();
  (e.currentTarget as { click?: () => void } | undefined)?.click?.();
}

export interface WheelFieldProps {
  mode: 'date' | 'time';
  /** the field's own class beside `field date-field` */
  className?: string;
  label: string;
  /** the value picked as the server's schemas take it; '' while none is */
  value: string;
  /** what the field shows: the value in words, or what empty means */
  shown: string;
  /** what the wheel opens on */
  wheelValue: string;
  start?: string;
  end?: string;
  name?: string;
  error?: string;
  onChange: (value: string) => void;
  clearable?: boolean;
}

export function WheelField({ mode, className, label, value, shown, wheelValue, start, end, name, error, onChange, clearable }: WheelFieldProps) {
  const tappable = buttonProps(`${label}：${shown}`, () => undefined);
  return (
    <View className={['field', 'date-field', className].filter(Boolean).join(' ')}>
      <Text className="field-label">{label}</Text>
      <View className="date-field-row">
        <Picker
          mode={mode}
          className="date-field-picker"
          value={wheelValue}
          start={start}
          end={end}
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
