import { mountPerTest } from '../../helpers/mount';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, createElement } from 'react';
import Taro from '@tarojs/taro';
import { TabBar } from '../../../client/components/tab-bar';
import { PageRoot } from '../../../client/components/page-root';
import { tabs } from '../../../client/tabs';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { switchTab: jest.fn(() => Promise.resolve()) } }));
jest.mock('../../../client/services/platform/elder-store', () => ({ useElderMode: () => false }));

/** H5 draws its own tab bar (issue 25: Taro's was a Stencil element started on every page load). */
const mounted = mountPerTest();
const switchTab = Taro.switchTab as unknown as jest.Mock;
beforeEach(() => switchTab.mockClear());

const items = () => Array.from(mounted.host.querySelectorAll<HTMLElement>('[role="navigation"] [role="button"]'));

test('the bar names its four tabs in order and marks the one shown; another tab opens its page, the shown one nothing', () => {
  act(() => mounted.root.render(createElement(TabBar, { current: 'brochures' })));
  expect(mounted.host.querySelector('[role="navigation"]')?.getAttribute('aria-label')).toBe('主要栏目');
  expect(items().map((el) => [el.textContent, el.getAttribute('aria-label'), el.getAttribute('aria-current'), el.tabIndex])).toEqual([
    ['首页', '首页', null, 0],
    ['招生简章', '招生简章', 'page', 0],
    ['资助政策', '资助政策', null, 0],
    ['我的', '我的', null, 0],
  ]);
  act(() => items()[3]!.click());
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' });
  act(() => items()[1]!.click());
  expect(switchTab).toHaveBeenCalledTimes(1);
  // from a keyboard, too
  act(() => {
    items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/home/index' });
});

test('a tab page’s root draws the bar in H5 only; a page that is not a tab draws none', () => {
  const previous = process.env.TARO_ENV;
  try {
    process.env.TARO_ENV = 'h5';
    act(() => mounted.root.render(createElement(PageRoot, { tab: 'subsidy' }, '资助')));
    expect(items().find((el) => el.getAttribute('aria-current') === 'page')?.textContent).toBe('资助政策');
    act(() => mounted.root.render(createElement(PageRoot, {}, '简章')));
    expect(items()).toEqual([]);
    process.env.TARO_ENV = 'weapp';
    act(() => mounted.root.render(createElement(PageRoot, { tab: 'subsidy' }, '资助')));
    expect(items()).toEqual([]);
  } finally {
    process.env.TARO_ENV = previous;
  }
});

test('the H5 stylesheet draws an icon for each tab of the one list, and for no other', () => {
  const sheet = readFileSync(join(__dirname, '../../../client/services/platform/h5-tab-bar.scss'), 'utf8');
  const keys = /@each \$key in ([^{]+)\{/
    .exec(sheet)?.[1]
    ?.split(',')
    .map((key) => key.trim());
  expect(keys).toEqual(tabs.map((tab) => tab.key));
  for (const key of keys ?? []) {
    expect(existsSync(join(__dirname, `../../../client/assets/tab/${key}.png`))).toBe(true);
    expect(existsSync(join(__dirname, `../../../client/assets/tab/${key}-active.png`))).toBe(true);
  }
});
