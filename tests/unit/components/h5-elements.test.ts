import { mountPerTest } from '../../helpers/mount';
import { act, createElement, createRef } from 'react';
import { Text, View } from '../../../client/services/platform/h5-elements';

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
