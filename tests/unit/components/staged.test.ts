import { mountPerTest } from '../../helpers/mount';
import { act, createElement } from 'react';
import { Staged } from '../../../client/components/staged';

/**
 * A long page (the letter, a brochure, home) shows its first screen at once and each further block in
 * a task of its own (issue 25: one render of the whole page was one long task on a slow phone). Every
 * block arrives, in order, without a scroll or a tap; a block that is absent costs no step.
 */
const mounted = mountPerTest();

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const block = (name: string) => createElement('p', { key: name }, name);
const shown = () => Array.from(mounted.host.querySelectorAll('p')).map((p) => p.textContent);
const nextTask = () => act(() => jest.advanceTimersToNextTimer());

test('the first screen is on the page in the first render, then one more block per task, in order', () => {
  act(() => mounted.root.render(createElement(Staged, { first: 2 }, block('信'), block('资助一'), block('资助二'), block('电话'))));
  expect(shown()).toEqual(['信', '资助一']);
  nextTask();
  expect(shown()).toEqual(['信', '资助一', '资助二']);
  nextTask();
  expect(shown()).toEqual(['信', '资助一', '资助二', '电话']);
  // all shown: nothing more is scheduled
  expect(jest.getTimerCount()).toBe(0);
});

test('an absent block (a condition that is false) takes no step and leaves no gap', () => {
  act(() => mounted.root.render(createElement(Staged, { first: 1 }, false, block('统计'), null, block('按钮'))));
  expect(shown()).toEqual(['统计']);
  nextTask();
  expect(shown()).toEqual(['统计', '按钮']);
  expect(jest.getTimerCount()).toBe(0);
});

test('a page with no more blocks than its first screen schedules nothing', () => {
  act(() => mounted.root.render(createElement(Staged, { first: 3 }, block('一'), block('二'))));
  expect(shown()).toEqual(['一', '二']);
  expect(jest.getTimerCount()).toBe(0);
});

test('leaving the page half-shown leaves no step behind to run on an unmounted page', () => {
  act(() => mounted.root.render(createElement(Staged, { first: 1 }, block('一'), block('二'), block('三'))));
  expect(jest.getTimerCount()).toBe(1);
  act(() => mounted.root.render(createElement('div')));
  expect(jest.getTimerCount()).toBe(0);
});

test('new content after everything was shown (another version of the letter) is shown whole at once', () => {
  act(() => mounted.root.render(createElement(Staged, { first: 1 }, block('旧一'), block('旧二'))));
  nextTask();
  act(() => mounted.root.render(createElement(Staged, { first: 1 }, block('新一'), block('新二'))));
  expect(shown()).toEqual(['新一', '新二']);
});
