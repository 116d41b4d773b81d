/** TimeField: a time of day picked on the platform's time wheel, as DateField picks a day. */
import { WheelField } from './wheel-field';

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
  return (
    <WheelField
      mode="time"
      className="time-field"
      label={label}
      value={value}
      shown={shown}
      // H5's wheel warns on '' and opens on 00:00: it opens on the first time allowed instead
      wheelValue={value || start || '00:00'}
      start={start}
      end={end}
      name={name}
      error={error}
      onChange={onChange}
    />
  );
}
