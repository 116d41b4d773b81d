/** TimeField: a time of day picked on the platform's time wheel, as DateField picks a day. */
import { Picker, Text, View } from '@tarojs/components';
import { openingPicker } from './date-field';
import { buttonProps } from './tappable';
import './field.scss';
import './date-field.scss';

interface TimeFieldProps {
  label: string;
  /** the time picked, HH:mm as the server's schemas take it (14:00); '' while none is */
  value: string;
  onChange: (time: string) => void;
  error?: string;
  name?: string;
  /** the first and last time that may be picked (HH:mm); the wheel opens on `start` while none is picked; the server still checks */
  start?: string;
  end?: string;
  /** what the field says while no time is picked */
  emptyText?: string;
}

/**
 * Every time a person enters is picked, not typed (issue 25): the field shows the time picked and
 * opens the platform's time picker (Taro's Picker mode='time': WeChat's own wheel, a slide-up wheel
 * of hours and minutes in H5), which hands back HH:mm. It looks and reads as DateField does (its
 * stylesheet's classes): a button named 「label：what it shows」.
 */
export function TimeField({ label, value, onChange, error, name, start, end, emptyText = '点击选择时间' }: TimeFieldProps) {
  const shown = value || emptyText;
  const tappable = buttonProps(`${label}：${shown}`, () => undefined);
  return (
    <View className="field date-field time-field">
      <Text className="field-label">{label}</Text>
      <View className="date-field-row">
        <Picker
          mode="time"
          className="date-field-picker"
          // H5's wheel warns on '' and opens on 00:00: it opens on the first time allowed instead
          value={value || start || '00:00'}
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
      </View>
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}
