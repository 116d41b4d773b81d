import { mountPerTest } from '../../helpers/mount';
import { act, createElement, useState } from 'react';
import { TimeField } from '../../../client/components/time-field';
import { visitApplyInput } from '../../../shared/api/visits';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('../../../client/components/field.scss', () => ({}));
jest.mock('../../../client/components/date-field.scss', () => ({}));

/** Times are picked, not typed (issue 25): the visit's 开始时间 on the platform's time wheel, as DateField picks a day. */
const mounted = mountPerTest();

function Form({ initial = '', error }: { initial?: string; error?: string }) {
  const [time, setTime] = useState(initial);
  return createElement(
    'div',
    null,
    createElement(TimeField, { label: '开始时间', name: 'start', value: time, onChange: setTime, error, start: '07:00', end: '19:00' }),
    createElement('output', null, time),
  );
}
const render = (props: Parameters<typeof Form>[0] = {}) => act(() => mounted.root.render(createElement(Form, props)));
const button = () => mounted.host.querySelector<HTMLElement>('[role="button"]')!;
const picker = () => mounted.host.querySelector<HTMLElement>('[data-picker]')!;
/** The wheel hands back a time as the platform's picker does (HH:mm). */
function pick(time: string) {
  const wheel = mounted.host.querySelector<HTMLInputElement>('input[data-wheel]')!;
  act(() => {
    Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!.call(wheel, time);
    wheel.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}

test('the field is a time picker, not a text box: it shows the time picked, and its name says the same', () => {
  render();
  // the only input is the stand-in for the wheel, hidden from a screen reader
  expect(mounted.host.querySelector('input:not([data-wheel]), textarea')).toBeNull();
  expect(picker().dataset.picker).toBe('time');
  expect(button().getAttribute('aria-label')).toBe('开始时间：点击选择时间');
  pick('14:00');
  expect(mounted.host.querySelector('output')!.textContent).toBe('14:00');
  expect(button().textContent).toContain('14:00');
  expect(button().getAttribute('aria-label')).toBe('开始时间：14:00');
  expect(picker().dataset.value).toBe('14:00');
});

test('the wheel offers the times allowed and opens on the first while none is picked', () => {
  render();
  expect(picker().dataset.start).toBe('07:00');
  expect(picker().dataset.end).toBe('19:00');
  expect(picker().dataset.value).toBe('07:00');
});

test('what the wheel hands back is what visitApply takes; its error shows under it', () => {
  render({ initial: '09:30', error: '请在 7:00 至 19:00 之间安排' });
  expect(mounted.host.querySelector('.field-error')!.textContent).toBe('请在 7:00 至 19:00 之间安排');
  const input = { juniorSchoolId: 'junior-xz-2', day: '2027-04-28', minutes: 120, visitors: '赵主任、王老师' };
  expect(visitApplyInput.safeParse({ ...input, start: mounted.host.querySelector('output')!.textContent }).success).toBe(true);
  pick('07:05');
  expect(visitApplyInput.safeParse({ ...input, start: mounted.host.querySelector('output')!.textContent }).success).toBe(true);
});
