import { Input, Text, Textarea, View } from '@tarojs/components';
import './field.scss';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  multiline?: boolean;
  type?: 'text' | 'number' | 'digit';
  placeholder?: string;
  name?: string;
  /** the most characters a multi-line box takes (500 unless told: a letter's body holds many paragraphs) */
  maxLength?: number;
}

/** A labelled input with its error, in Chinese, right under it. */
export function Field({ label, value, onChange, error, multiline, type = 'text', placeholder, name, maxLength = 500 }: FieldProps) {
  // The visible label is the input's accessible name: `ariaLabel` for WeChat's screen reader, and in
  // H5 on the inner <input> itself (Taro passes `nativeProps` through to it).
  const common = {
    className: `field-input ${error ? 'field-input-error' : ''}`,
    value,
    placeholder,
    name,
    ariaLabel: label,
    nativeProps: { 'aria-label': label },
  };
  return (
    <View className="field">
      <Text className="field-label">{label}</Text>
      {multiline ? (
        <Textarea {...common} autoHeight maxlength={maxLength} onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input {...common} type={type} onInput={(e) => onChange(e.detail.value)} />
      )}
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}
