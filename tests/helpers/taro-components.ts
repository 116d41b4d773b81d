import { createElement, type ReactNode } from 'react';

/**
 * Taro's components for jest.mock('@tarojs/components'): View, Text, Input and Button are the H5 build's
 * own plain elements; Textarea stands in as the native field, answering `onInput` with Taro's
 * `{ detail: { value } }`, with ARIA as H5 passes it (`ariaLabel` becomes aria-label).
 */
type Props = Record<string, unknown> & { children?: ReactNode; className?: string };

function domProps({ children: _children, ariaLabel, nativeProps, onInput, autoHeight: _a, maxlength: _m, ...rest }: Props): Record<string, unknown> {
  const props: Record<string, unknown> = { ...rest, ...(nativeProps as object | undefined) };
  if (ariaLabel && !props['aria-label']) props['aria-label'] = ariaLabel;
  if (typeof onInput === 'function')
    props.onChange = (e: { target: { value: string } }) => (onInput as (e: unknown) => void)({ detail: { value: e.target.value } });
  return props;
}

/** View, Text, Input and Button are the H5 build's own (client/services/platform/h5-elements.tsx). */
export { View, Text, Input, Button } from '../../client/services/platform/h5-elements';
export const Textarea = (p: Props) => createElement('textarea', domProps(p));

/**
 * Taro's Picker: its children, with the bounds and the value it would open on as data attributes,
 * and a native date input (aria-hidden, named by the picker's `name`) standing for the wheel: setting
 * it answers `onChange` with Taro's `{ detail: { value } }`.
 */
export const Picker = ({ children, mode, start, end, value, name, onChange }: Props) =>
  createElement(
    'div',
    { 'data-picker': mode, 'data-start': start, 'data-end': end, 'data-value': value },
    children,
    createElement('input', {
      type: mode === 'date' ? 'date' : 'text',
      name,
      'aria-hidden': 'true',
      'data-wheel': true,
      onChange: (e: { target: { value: string } }) => (onChange as ((e: unknown) => void) | undefined)?.({ detail: { value: e.target.value } }),
    }),
  );
