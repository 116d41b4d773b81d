/**
 * Taro's View and Text as plain <div> and <span>, for the H5 build (h5-components.tsx says why).
 * What Taro's props mean on them, as Taro's own H5 elements draw them:
 * - `ariaLabel`, `ariaHidden`… become `aria-label`, `aria-hidden`…; `ariaRole` (WeChat's name for
 *   the role) becomes `role`.
 * - Text: not selectable unless `selectable`/`userSelect`; `space` keeps spaces; `numberOfLines`
 *   clamps (h5-elements.scss, imported with h5-components.tsx: the rules of Taro's element).
 * - A style given as a CSS string is read into React's form.
 * - Events are React's (a tap is a click). Taro's gesture props with no meaning on a plain element
 *   (hover classes, long press, catchMove, appear…) are not drawn; no page of ours uses them.
 * Input is drawn as Taro's is (a block holding <input class="weui-input">), with its events' shape
 * (`e.detail.value`) and its handling of typing in an input method: see Input below. Button is a
 * <button> (NutUI's Button draws one inside its classes): see Button below.
 */
import { createElement, forwardRef, useEffect, useImperativeHandle, useRef, type CSSProperties, type ForwardedRef, type ReactNode } from 'react';

/** Taro's props that draw nothing on a plain element. */
const notDrawn = new Set([
  'hoverClass',
  'hoverStyle',
  'hoverStopPropagation',
  'hoverStartTime',
  'hoverStayTime',
  'disableScroll',
  'animation',
  'catchMove',
  'compileMode',
  'harmonyDirection',
  'disablePrerender',
  'onTap',
  'onLongTap',
  'onLongPress',
  'onLongClick',
  'onAppear',
  'onDisappear',
  'onFirstAppear',
  'onTouchForceChange',
]);

type TaroProps = Record<string, unknown> & { className?: string; style?: string | CSSProperties; children?: ReactNode };

/** `background-color: red; --x: 1` → { backgroundColor: 'red', '--x': '1' } */
function styleObject(style: string): CSSProperties {
  const entries = style
    .split(';')
    .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
    .filter(([name, value]) => name && value)
    .map(([name = '', value]) => [name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]);
  return Object.fromEntries(entries) as CSSProperties;
}

/** Text's own props, drawn as its classes and style rather than passed on. */
const textOnly = new Set(['selectable', 'userSelect', 'space', 'decode', 'numberOfLines', 'overflow', 'maxLines']);

/** The props a plain element takes, from Taro's (`omit`: the element's own, drawn otherwise). */
function domProps(props: TaroProps, omit: ReadonlySet<string> | null, className: string | undefined, extraStyle?: CSSProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (notDrawn.has(name) || omit?.has(name) || name === 'children' || name === 'style' || name === 'className') continue;
    if (name === 'ariaRole') {
      if (props.role === undefined) out.role = value;
    } else if (/^aria[A-Z]/.test(name)) out[`aria-${name.slice(4).toLowerCase()}`] = value;
    else out[name] = value;
  }
  if (className) out.className = className;
  const style = typeof props.style === 'string' ? styleObject(props.style) : props.style;
  if (extraStyle) out.style = { ...style, ...extraStyle };
  else if (style) out.style = style;
  return out;
}

export const View = forwardRef(function View(props: TaroProps, ref: ForwardedRef<HTMLDivElement>) {
  const dom = domProps(props, null, props.className);
  dom.ref = ref;
  return createElement('div', dom, props.children);
});

export const Text = forwardRef(function Text(props: TaroProps, ref: ForwardedRef<HTMLSpanElement>) {
  const { selectable, userSelect, space, numberOfLines } = props;
  const classes = ['h5-text'];
  if (selectable || userSelect) classes.push('h5-text-selectable');
  if (space) classes.push('h5-text-space');
  const clamp = typeof numberOfLines === 'number' ? numberOfLines : undefined;
  if (clamp) classes.push('h5-text-clamped');
  if (props.className) classes.push(props.className);
  const dom = domProps(props, textOnly, classes.join(' '), clamp ? ({ '--line-clamp': clamp } as CSSProperties) : undefined);
  dom.ref = ref;
  return createElement('span', dom, props.children);
});

type InputEvent = { detail: { value: string; cursor?: number } };
type InputProps = TaroProps & {
  value?: string;
  type?: string;
  password?: boolean;
  placeholder?: string;
  disabled?: boolean;
  maxlength?: number;
  focus?: boolean;
  confirmType?: string;
  name?: string;
  nativeProps?: Record<string, unknown>;
  onInput?: (e: InputEvent) => void;
  onConfirm?: (e: InputEvent) => void;
  onFocus?: (e: InputEvent) => void;
  onBlur?: (e: InputEvent) => void;
};

/** Input's own props, drawn on the inner <input> rather than passed on. */
const inputOnly = new Set([
  'value',
  'type',
  'password',
  'placeholder',
  'disabled',
  'maxlength',
  'focus',
  'confirmType',
  'name',
  'nativeProps',
  'onInput',
  'onConfirm',
  'onFocus',
  'onBlur',
]);

/** The <input> type Taro's element gives (a search keyboard for confirmType search; digit is number). */
function inputType({ type, confirmType, password }: InputProps): string {
  if (password) return 'password';
  if (confirmType === 'search') return 'search';
  return type === 'digit' ? 'number' : (type ?? 'text');
}

/**
 * The inner <input> is not controlled by React: while an input method composes (拼音 before the
 * characters are chosen) its value must stay what the person typed, so, as Taro's element does,
 * `onInput` is sent once the characters are chosen and `value` is written to the element only when
 * it differs from what the element holds. Enter is `onConfirm` (not while composing). 140
 * characters unless `maxlength` says otherwise (-1: no limit), as in WeChat.
 */
export const Input = forwardRef(function Input(props: InputProps, ref: ForwardedRef<HTMLInputElement>) {
  const element = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  useImperativeHandle(ref, () => element.current as HTMLInputElement, []);
  const value = props.value ?? '';
  useEffect(() => {
    if (element.current && element.current.value !== value) element.current.value = value;
  }, [value]);
  const send = (handler: ((e: InputEvent) => void) | undefined, target: HTMLInputElement) =>
    handler?.({ detail: { value: target.value, cursor: target.value.length } });
  const { maxlength = 140 } = props;
  const host = domProps(props, inputOnly, props.className ? `h5-input ${props.className}` : 'h5-input');
  const aria = Object.fromEntries(Object.entries(host).filter(([name]) => name.startsWith('aria-') || name === 'role'));
  for (const name of Object.keys(aria)) delete host[name];
  const inner = {
    ...aria,
    ref: element,
    className: 'weui-input',
    type: inputType(props),
    name: props.name,
    placeholder: props.placeholder,
    disabled: props.disabled,
    autoFocus: props.focus,
    maxLength: maxlength > -1 ? maxlength : undefined,
    enterKeyHint: props.confirmType,
    defaultValue: value,
    onInput: (e: { currentTarget: HTMLInputElement }) => {
      if (!composing.current) send(props.onInput, e.currentTarget);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: { currentTarget: HTMLInputElement }) => {
      composing.current = false;
      send(props.onInput, e.currentTarget);
    },
    // an Enter that chooses an input method's characters is not the page's Enter
    onKeyDown: (e: { key: string; currentTarget: HTMLInputElement }) => {
      if (e.key === 'Enter' && !composing.current) send(props.onConfirm, e.currentTarget);
    },
    onFocus: (e: { currentTarget: HTMLInputElement }) => send(props.onFocus, e.currentTarget),
    onBlur: (e: { currentTarget: HTMLInputElement }) => send(props.onBlur, e.currentTarget),
    ...props.nativeProps,
  };
  return createElement('div', host, createElement('input', inner));
});

/** Button's own props: its form role, and WeChat's looks and abilities, which NutUI's classes draw. */
const buttonOnly = new Set([
  'formType',
  'type',
  'size',
  'plain',
  'loading',
  'disabled',
  'openType',
  'lang',
  'sessionFrom',
  'sendMessageTitle',
  'sendMessagePath',
  'sendMessageImg',
  'appParameter',
  'showMessageCard',
  'scope',
]);

/**
 * Taro's Button as a <button> (type button unless `formType` says submit or reset). Its look is
 * NutUI's (.nut-button…); h5-elements.scss gives it, below any class, what Taro's element had
 * instead of a browser button's own look.
 */
export const Button = forwardRef(function Button(props: TaroProps & { formType?: string; disabled?: boolean }, ref: ForwardedRef<HTMLButtonElement>) {
  const dom = domProps(props, buttonOnly, props.className ? `h5-button ${props.className}` : 'h5-button');
  dom.type = props.formType === 'submit' || props.formType === 'reset' ? props.formType : 'button';
  if (props.disabled) dom.disabled = true;
  dom.ref = ref;
  return createElement('button', dom, props.children);
});
