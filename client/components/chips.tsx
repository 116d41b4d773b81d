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
    <View className="chips">
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

/**
 * A statement the person confirms by tapping it. The error goes on its own line under the
 * statement: beside it, it squeezed the statement into a column one character wide (issue 25, item 1).
 */
export function Check({ checked, label, onChange, error }: { checked: boolean; label: string; onChange: (v: boolean) => void; error?: string }) {
  return (
    <View className="check-item">
      <View className={`check ${error ? 'check-error' : ''}`} onClick={() => onChange(!checked)} {...checkboxProps(label, checked, () => onChange(!checked))}>
        <Text className={`check-box ${checked ? 'check-on' : ''}`}>{checked ? '✓' : ''}</Text>
        <Text className="check-label">{label}</Text>
      </View>
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}

/**
 * Taro's View is a plain element in H5: a role, its state, a place in the tab order and Space make
 * it a checkbox for a keyboard and a screen reader. (A spread: Taro's types do not list ARIA.)
 */
function checkboxProps(label: string, checked: boolean, toggle: () => void) {
  return {
    role: 'checkbox',
    tabIndex: 0,
    'aria-checked': String(checked),
    'aria-label': label,
    ariaLabel: label,
    onKeyDown: (e: { key?: string; preventDefault?: () => void }) => {
      if (e.key !== ' ' && e.key !== 'Enter') return;
      e.preventDefault?.();
      toggle();
    },
  };
}
