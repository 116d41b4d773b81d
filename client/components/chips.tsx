import { Text, View } from '@tarojs/components';
import './chips.scss';

interface Props<V extends string> {
  options: ReadonlyArray<{ value: V; label: string }>;
  value?: V;
  onChange: (value: V | undefined) => void;
  /** show an “全部” chip that clears the choice (filters), or not (required answers) */
  allLabel?: string;
}

/** One tap to choose among a few options; large targets for thumbs. */
export function Chips<V extends string>({ options, value, onChange, allLabel }: Props<V>) {
  return (
    <View className='chips'>
      {allLabel && (
        <Text className={`chip ${value ? '' : 'chip-on'}`} onClick={() => onChange(undefined)}>
          {allLabel}
        </Text>
      )}
      {options.map((o) => (
        <Text key={o.value} className={`chip ${value === o.value ? 'chip-on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </Text>
      ))}
    </View>
  );
}

/** A statement the person confirms by tapping it. */
export function Check({ checked, label, onChange, error }: { checked: boolean; label: string; onChange: (v: boolean) => void; error?: string }) {
  return (
    <View className='check' onClick={() => onChange(!checked)}>
      <Text className={`check-box ${checked ? 'check-on' : ''}`}>{checked ? '✓' : ''}</Text>
      <Text className='check-label'>{label}</Text>
      {error && <Text className='field-error'>{error}</Text>}
    </View>
  );
}
