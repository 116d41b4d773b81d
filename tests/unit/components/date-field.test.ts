import { mountPerTest } from '../../helpers/mount';
import { act, createElement, useState } from 'react';
import { DateField } from '../../../client/components/date-field';
import { formatDay, shanghaiDayOf } from '../../../shared/shanghai-date';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('../../../client/components/field.scss', () => ({}));
jest.mock('../../../client/components/date-field.scss', () => ({}));

/** Dates are picked, not typed (issue 25): the one date field every page uses. */
const mounted = mountPerTest();

function Form({ initial = '', clearable = false, error }: { initial?: string; clearable?: boolean; error?: string }) {
  const [day, setDay] = useState(initial);
  return createElement(
    'div',
    null,
    createElement(DateField, { label: '报到日期', name: 'reportOn', value: day, onChange: setDay, clearable, error, emptyText: '不选即为今天' }),
    createElement('output', null, day),
  );
}
const render = (props: Parameters<typeof Form>[0] = {}) => act(() => mounted.root.render(createElement(Form, props)));
const button = () => mounted.host.querySelector<HTMLElement>('[role="button"]')!;
const picker = () => mounted.host.querySelector<HTMLElement>('[data-picker]')!;
/** The wheel hands back a day as the platform's picker does (YYYY-MM-DD). */
function pick(day: string) {
  const wheel = mounted.host.querySelector<HTMLInputElement>('input[data-wheel]')!;
  act(() => {
    Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!.call(wheel, day);
    wheel.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}

test('a day is written as people read it, and nothing else is changed', () => {
  expect(formatDay('2027-08-28')).toBe('2027年8月28日');
  expect(formatDay('2027-12-01')).toBe('2027年12月1日');
  expect(formatDay('不是日期')).toBe('不是日期');
  expect(shanghaiDayOf(Date.parse('2027-04-14T16:30:00Z'))).toBe('2027-04-15');
});

test('the field is a date picker, not a text box: it shows the picked day in Chinese, and its name says the same', () => {
  render();
  expect(mounted.host.querySelector('input[type="text"], textarea')).toBeNull();
  expect(picker().dataset.picker).toBe('date');
  expect(button().getAttribute('aria-label')).toBe('报到日期：不选即为今天');
  pick('2027-08-28');
  expect(mounted.host.querySelector('output')!.textContent).toBe('2027-08-28');
  expect(button().textContent).toContain('2027年8月28日');
  expect(button().getAttribute('aria-label')).toBe('报到日期：2027年8月28日');
  expect(picker().dataset.value).toBe('2027-08-28');
});

test('without bounds of its own the wheel offers two years either side of this one, not 1970–2999', () => {
  render();
  const year = Number(shanghaiDayOf().slice(0, 4));
  expect(picker().dataset.start).toBe(`${year - 2}-01-01`);
  expect(picker().dataset.end).toBe(`${year + 2}-12-31`);
});

test('an optional day can be taken back; its error shows under it', () => {
  render({ initial: '2027-04-15', clearable: true, error: '日期不能晚于今天' });
  expect(mounted.host.querySelector('.field-error')!.textContent).toBe('日期不能晚于今天');
  const clear = mounted.host.querySelector<HTMLElement>('[aria-label="清除报到日期"]')!;
  act(() => clear.click());
  expect(mounted.host.querySelector('output')!.textContent).toBe('');
  expect(mounted.host.querySelector('[aria-label="清除报到日期"]')).toBeNull();
});
