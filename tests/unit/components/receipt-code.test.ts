import { mountPerTest } from '../../helpers/mount';
import { act, createElement } from 'react';
import { ReceiptCode } from '../../../client/components/receipt-code';
import { isWholeReceipt, normaliseReceipt, reportIdOfReceipt } from '../../../shared/records/report';
import { unreadable } from '../../helpers/readable-texts';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('../../../client/components/work-card.scss', () => ({}));
jest.mock('../../../client/components/receipt-code.scss', () => ({}));

/**
 * A receipt a person may quote is short and findable later (issue 25, item 7: the 举报 receipt was a
 * 32-character hex id, shown once): the code on a line of its own after its label, selectable, where
 * to find it again said beside it, and the code read back — in any case, with spaces or without the
 * dash — finds the same report.
 */
const mounted = mountPerTest();
const render = (element: ReturnType<typeof createElement>) => act(() => mounted.root.render(element));
const code = 'JB270415-K7QD';

test('the code stands after its label on a line of its own, selectable, with where to find it again', () => {
  render(createElement(ReceiptCode, { code, where: '回执编号随时可在下方“我的举报”中查到。' }));
  const line = mounted.host.querySelector<HTMLElement>('.work-card-line.receipt-line')!;
  expect(line.textContent).toBe('回执编号：JB270415-K7QD');
  // selectable: the H5 Text's class that lets a long press select it
  expect(line.classList.contains('h5-text-selectable')).toBe(true);
  expect(line.querySelector('.receipt-code')?.textContent).toBe(code);
  expect(Array.from(mounted.host.querySelectorAll('.work-card-line')).map((l) => l.textContent)).toEqual([
    '回执编号：JB270415-K7QD',
    '回执编号随时可在下方“我的举报”中查到。',
  ]);
});

test('another label for another receipt, and no second line when there is nowhere else to find it', () => {
  render(createElement(ReceiptCode, { code, label: '举报回执' }));
  expect(Array.from(mounted.host.querySelectorAll('.work-card-line')).map((l) => l.textContent)).toEqual(['举报回执：JB270415-K7QD']);
});

test('the code shown is short, readable and found again however it is read out', () => {
  render(createElement(ReceiptCode, { code }));
  const shown = mounted.host.querySelector('.receipt-code')!.textContent!;
  expect(shown.length).toBeLessThanOrEqual(13);
  // no id a person cannot read out (the old receipt was 32 hex digits)
  expect(unreadable(`回执编号：${shown}`)).toEqual([]);
  expect(unreadable('回执编号：3f2a9c1e5b7d4a6f8e0c1b2a3d4e5f60').map((p) => p.what)).toEqual(['record id']);
  for (const typed of [shown, 'jb270415-k7qd', 'JB 270415 K7QD', ' jb270415k7qd ', 'JB270415－K7QD']) {
    expect(isWholeReceipt(typed)).toBe(true);
    expect(reportIdOfReceipt(typed)).toBe(reportIdOfReceipt(shown));
  }
  expect(normaliseReceipt('JB2704')).toBe('JB2704');
  expect(isWholeReceipt('JB2704')).toBe(false);
});
