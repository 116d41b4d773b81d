import { mountPerTest } from '../../helpers/mount';
import { act, createElement } from 'react';
import { FigureTable } from '../../../client/components/figure-table';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('../../../client/components/figure-table.scss', () => ({}));

/**
 * The figures a clerk acts on stand in labelled cells (issue 25, item 5: “剩余 15汽车运用与维修 计划
 * 50” ran figures and names together): each number in a cell of its own, read with its column's
 * label and its row's name, the totals row marked.
 */
const mounted = mountPerTest();

const render = (element: ReturnType<typeof createElement>) => act(() => mounted.root.render(element));
const byRole = (role: string, within: ParentNode = mounted.host) => Array.from(within.querySelectorAll<HTMLElement>(`[role="${role}"]`));

/** What a screen reader pairs with each number: its row's name, its column's label, the number. */
function readCells(): string[] {
  const headers = byRole('columnheader').map((h) => h.textContent);
  return byRole('row').flatMap((row) => {
    const name = byRole('rowheader', row)[0]?.textContent;
    return byRole('cell', row).map((cell, i) => `${name} · ${headers[i + 1]}：${cell.textContent}`);
  });
}

const majors = [
  { key: 'm1', name: '汽车运用与维修', figures: [50, 35, 15] },
  { key: 'm2', name: '计算机应用', figures: [40, 40, 0] },
];

test('each number is in a cell of its own, under its labelled column and beside its row’s name', () => {
  render(
    createElement(FigureTable, {
      label: '本校各专业的计划与录取',
      columns: { name: '专业', figures: ['计划', '已录取', '剩余'] },
      rows: [...majors, { key: 'total', name: '合计', figures: [90, 75, 15], total: true }],
    }),
  );
  const table = byRole('table')[0]!;
  expect(table.getAttribute('aria-label')).toBe('本校各专业的计划与录取');
  expect(byRole('columnheader').map((h) => h.textContent)).toEqual(['专业', '计划', '已录取', '剩余']);
  expect(readCells()).toEqual([
    '汽车运用与维修 · 计划：50',
    '汽车运用与维修 · 已录取：35',
    '汽车运用与维修 · 剩余：15',
    '计算机应用 · 计划：40',
    '计算机应用 · 已录取：40',
    '计算机应用 · 剩余：0',
    '合计 · 计划：90',
    '合计 · 已录取：75',
    '合计 · 剩余：15',
  ]);
  // the journeys and the stylesheet read the same classes: a row, its name, its numbers, the bold head and totals
  const rows = Array.from(table.querySelectorAll('.figure-row'));
  expect(rows.map((r) => r.className.includes('figure-head'))).toEqual([true, false, false, true]);
  expect(rows[1]!.querySelector('.figure-cell-name')?.textContent).toBe('汽车运用与维修');
  expect(Array.from(rows[1]!.querySelectorAll('.figure-cell-number')).map((c) => c.textContent)).toEqual(['50', '35', '15']);
});

test('a number never runs into the words beside it: the row’s text keeps each figure apart', () => {
  render(createElement(FigureTable, { label: '各专业', columns: { name: '专业', figures: ['计划', '已录取', '剩余'] }, rows: majors }));
  for (const row of byRole('row').slice(1)) {
    const cells = [...byRole('rowheader', row), ...byRole('cell', row)];
    // every child of the row is a cell: no figure or word outside one
    expect(Array.from(row.children)).toEqual(cells);
  }
});

test('without columns the rows stand alone (a list of weeks), a picture beside a figure hidden from a screen reader', () => {
  render(
    createElement(FigureTable, {
      label: '每周新增志愿',
      rows: [{ key: 'w1', name: '4月第2周', figures: ['12 份'], picture: createElement('div', { className: 'bar', 'aria-hidden': 'true' }) }],
    }),
  );
  expect(byRole('columnheader')).toEqual([]);
  expect(byRole('rowheader').map((c) => c.textContent)).toEqual(['4月第2周']);
  expect(byRole('cell').map((c) => c.textContent)).toEqual(['12 份']);
  expect(mounted.host.querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true');
});

test('a column of words takes the class its page gives it (毕业学校 beside a name)', () => {
  render(
    createElement(FigureTable, {
      label: '录取名单',
      columns: { name: '姓名', figures: ['毕业学校'] },
      rows: [{ key: '1', name: '李*明', figures: ['忻州市第一中学'] }],
      nameClassName: 'admitted-name',
      figureClassName: 'admitted-junior',
    }),
  );
  expect(byRole('rowheader')[0]!.className).toBe('h5-text admitted-name');
  expect(byRole('cell')[0]!.className).toBe('h5-text admitted-junior');
});
