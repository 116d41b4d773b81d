import { mountPerTest } from '../../helpers/mount';
import { act, createElement } from 'react';
import { WorkActions, WorkCard, WorkLine, WorkTitle } from '../../../client/components/work-card';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('../../../client/components/work-card.scss', () => ({}));

/**
 * One case on a page (a report, a visit, a dispute): its title, each fact on a line of its own, its
 * buttons under them — the classes the stylesheet and the journeys read, so a fact never runs into
 * the next (issue 25, item 5).
 */
const mounted = mountPerTest();
const render = (element: ReturnType<typeof createElement>) => act(() => mounted.root.render(element));

test('a card: its title, each fact a line of its own, a heading inside it, its buttons under them', () => {
  render(
    createElement(
      WorkCard,
      { title: '中介招生 · 待处理', className: 'report-card' },
      createElement(WorkLine, null, '收到于 2027年4月15日 10:00'),
      createElement(WorkLine, { className: 'muted' }, '涉及：某某培训机构'),
      createElement(WorkTitle, null, '先提交的志愿表'),
      createElement(WorkActions, null, createElement('button', null, '开始处理')),
    ),
  );
  const card = mounted.host.querySelector('.work-card')!;
  expect(card.className).toBe('work-card report-card');
  // (h5-text: the class every Text carries in H5, see h5-elements.tsx)
  expect(Array.from(card.children).map((c) => [c.className.replace('h5-text ', ''), c.textContent])).toEqual([
    ['work-card-title', '中介招生 · 待处理'],
    ['work-card-line', '收到于 2027年4月15日 10:00'],
    ['work-card-line muted', '涉及：某某培训机构'],
    ['work-card-title', '先提交的志愿表'],
    ['work-card-actions', '开始处理'],
  ]);
});

test('a card without a title has none', () => {
  render(createElement(WorkCard, null, createElement(WorkLine, null, '尚未发布录取名单')));
  expect(mounted.host.querySelector('.work-card')!.className).toBe('work-card');
  expect(mounted.host.querySelector('.work-card-title')).toBeNull();
});
