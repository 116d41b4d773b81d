import { mountPerTest } from '../../helpers/mount';
import { act, createElement, createRef } from 'react';
import { Button, Input, Text, View } from '../../../client/services/platform/h5-elements';

/**
 * The H5 build draws Taro's View and Text as plain elements (issue 25: Stencil's per-element work on
 * the main thread). Taro's props must mean on them what they meant on Taro's own elements.
 */
const mounted = mountPerTest();
const render = (element: ReturnType<typeof createElement>) => act(() => mounted.root.render(element));

test('a View is a div: ARIA by its Taro names, a role, a string style, a tap, a ref', () => {
  const onClick = jest.fn();
  const ref = createRef<HTMLDivElement>();
  render(
    createElement(
      View,
      { ref, className: 'card', ariaLabel: '免学费', ariaHidden: false, ariaRole: 'button', style: 'background-color: red; --gap: 4px', onClick, id: 'policy' },
      '免学费',
    ),
  );
  const div = mounted.host.firstElementChild as HTMLDivElement;
  expect(div.tagName).toBe('DIV');
  expect(ref.current).toBe(div);
  expect(div.className).toBe('card');
  expect(div.getAttribute('aria-label')).toBe('免学费');
  expect(div.getAttribute('aria-hidden')).toBe('false');
  expect(div.getAttribute('role')).toBe('button');
  expect(div.id).toBe('policy');
  expect(div.style.backgroundColor).toBe('red');
  expect(div.style.getPropertyValue('--gap')).toBe('4px');
  // no attribute under Taro's camel-case name
  expect(div.getAttributeNames().sort()).toEqual(['aria-hidden', 'aria-label', 'class', 'id', 'role', 'style']);
  act(() => div.click());
  expect(onClick).toHaveBeenCalledTimes(1);
});

test("a role given outright wins over WeChat's ariaRole; gesture props Taro draws nothing for are not drawn", () => {
  render(
    createElement(View, { role: 'status', ariaRole: 'button', hoverClass: 'pressed', catchMove: true, animation: {}, onLongPress: () => undefined }, '加载中'),
  );
  const div = mounted.host.firstElementChild!;
  expect(div.getAttributeNames()).toEqual(['role']);
  expect(div.getAttribute('role')).toBe('status');
});

test("a Text is a span, not selected by a long press unless the page says so, as Taro's element", () => {
  render(
    createElement(
      View,
      null,
      createElement(Text, { className: 'title' }, '资助政策'),
      createElement(Text, { selectable: true }, 'JB270415-K7QD'),
      createElement(Text, { numberOfLines: 3, space: 'nbsp', style: { color: 'red' } }, '很长的说明'),
    ),
  );
  const [title, code, clamped] = Array.from(mounted.host.querySelectorAll('span'));
  expect(title!.className).toBe('h5-text title');
  expect(code!.className).toBe('h5-text h5-text-selectable');
  expect(clamped!.className).toBe('h5-text h5-text-space h5-text-clamped');
  expect(clamped!.style.getPropertyValue('--line-clamp')).toBe('3');
  expect(clamped!.style.color).toBe('red');
  for (const span of [title, code, clamped]) expect(span!.getAttributeNames().filter((n) => !['class', 'style'].includes(n))).toEqual([]);
});

/** Types into the element as a keyboard does: the value changes, then the input event. */
function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

test("an Input is Taro's block around <input class=weui-input>: its name, label, keyboard and limit on the input itself", () => {
  render(
    createElement(Input, {
      className: 'field-input',
      name: 'student.name',
      placeholder: '请填写',
      confirmType: 'search',
      ariaLabel: '学生姓名',
      nativeProps: { inputMode: 'text' },
      value: '',
    }),
  );
  const block = mounted.host.firstElementChild as HTMLDivElement;
  const input = block.querySelector('input')!;
  expect([block.tagName, block.className, block.getAttributeNames()]).toEqual(['DIV', 'h5-input field-input', ['class']]);
  expect([
    input.className,
    input.name,
    input.placeholder,
    input.type,
    input.maxLength,
    input.getAttribute('aria-label'),
    input.inputMode,
    input.getAttribute('enterkeyhint'),
  ]).toEqual(['weui-input', 'student.name', '请填写', 'search', 140, '学生姓名', 'text', 'search']);
  render(createElement(Input, { type: 'digit', maxlength: -1 }));
  const digits = mounted.host.querySelector('input')!;
  expect([digits.type, digits.hasAttribute('maxlength')]).toEqual(['number', false]);
});

test('an Input sends what is typed as e.detail.value, not while an input method composes, and Enter as confirm', () => {
  const onInput = jest.fn();
  const onConfirm = jest.fn();
  render(createElement(Input, { value: '', onInput, onConfirm }));
  const input = mounted.host.querySelector('input')!;
  type(input, '李');
  expect(onInput).toHaveBeenLastCalledWith({ detail: { value: '李', cursor: 1 } });
  // 拼音 being composed is not sent; the characters chosen are, once
  act(() => {
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
  });
  type(input, '李ming');
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(onInput).toHaveBeenCalledTimes(1);
  expect(onConfirm).not.toHaveBeenCalled();
  act(() => {
    input.value = '李明';
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
  });
  expect(onInput).toHaveBeenCalledTimes(2);
  expect(onInput).toHaveBeenLastCalledWith({ detail: { value: '李明', cursor: 2 } });
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(onConfirm).toHaveBeenCalledWith({ detail: { value: '李明', cursor: 2 } });
});

test('an Input takes a new value from the page, and keeps what is being typed while the page has not caught up', () => {
  render(createElement(Input, { value: '忻州' }));
  const input = mounted.host.querySelector('input')!;
  expect(input.value).toBe('忻州');
  // typed, and the page re-renders before its state holds the new text: the element keeps it
  type(input, '忻州市');
  render(createElement(Input, { value: '忻州', className: 'x' }));
  expect(input.value).toBe('忻州市');
  // the page sets another value (a search cleared): the element shows it
  render(createElement(Input, { value: '' }));
  expect(input.value).toBe('');
});

test("a Button is a <button> that submits nothing unless told; WeChat's abilities draw nothing, ARIA by Taro's names", () => {
  const onClick = jest.fn();
  render(
    createElement(
      View,
      null,
      createElement(Button, { className: 'nut-button nut-button-primary', type: 'primary', openType: 'share', ariaLabel: '填报志愿', onClick }, '填报志愿'),
      createElement(Button, { formType: 'submit', disabled: true }, '提交'),
    ),
  );
  const [plain, submit] = Array.from(mounted.host.querySelectorAll('button'));
  expect([plain!.type, plain!.className, plain!.getAttribute('aria-label'), plain!.disabled]).toEqual([
    'button',
    'h5-button nut-button nut-button-primary',
    '填报志愿',
    false,
  ]);
  expect(plain!.getAttributeNames().sort()).toEqual(['aria-label', 'class', 'type']);
  act(() => plain!.click());
  expect(onClick).toHaveBeenCalledTimes(1);
  expect([submit!.type, submit!.disabled]).toEqual(['submit', true]);
});
