import { mountPerTest } from '../../helpers/mount';
import { act, createElement, type ReactNode } from 'react';
import { callFunction } from '../../../client/services/calls/cloud';
import UnifiedNoticePage from '../../../client/staff/pages/unified-notice/index';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showToast: jest.fn(async () => undefined) },
  useRouter: () => ({ params: {} }),
  useDidShow: () => undefined,
}));
jest.mock('../../../client/components/ui', () => {
  const { createElement: h } = require('react');
  const pass = ({ children }: { children?: ReactNode }) => h('div', null, children);
  return {
    Button: ({ children, onClick }: { children?: ReactNode; onClick?: () => void }) => h('button', { onClick }, children),
    Cell: pass,
    CellGroup: pass,
    Empty: pass,
    Skeleton: pass,
  };
});
jest.mock('../../../client/components/empty-state', () => ({ EmptyState: () => null }));
jest.mock('../../../client/components/field.scss', () => ({}));
jest.mock('../../../client/components/date-field.scss', () => ({}));
jest.mock('../../../client/components/chips.scss', () => ({}));
jest.mock('../../../client/components/work-card.scss', () => ({}));
jest.mock('../../../client/services/calls/feedback', () => ({ tellFailure: jest.fn() }));
jest.mock('../../../client/services/platform/confirm', () => ({ irreversible: jest.fn() }));
jest.mock('../../../client/services/calls/cloud', () => ({ callFunction: jest.fn() }));
// the same answers on every render, as the real hook keeps them
jest.mock('../../../client/services/calls/use-function', () => {
  const notice = {
    data: {
      year: 2027,
      unified: true,
      tuitionExempt: true,
      notice: { reportOn: '2027-08-28', place: '学校报到处', bring: '录取通知书' },
      revision: 1,
      updatedAt: null,
      updatedByName: null,
    },
    error: null,
    loading: false,
    reload: () => undefined,
  };
  const offers = { data: { offers: [] }, error: null, loading: false, reload: () => undefined };
  return { useFunction: (name: string) => (name === 'schoolNoticeGet' ? notice : offers) };
});

/**
 * The school's 统一录取须知 checks R16's tuition line on the phone as the admission desk does
 * (issue 25): where the season exempts tuition, a notice asking for it is named under 需携带的材料
 * before anything is sent, and the reason goes once the box is right.
 */
const mounted = mountPerTest();
const call = callFunction as unknown as jest.Mock;

function type(label: string, value: string) {
  const box = mounted.host.querySelector<HTMLTextAreaElement | HTMLInputElement>(`[aria-label="${label}"]`);
  if (!box) throw new Error(`no field ${label}`);
  act(() => {
    const proto = box instanceof window.HTMLTextAreaElement ? window.HTMLTextAreaElement.prototype : window.HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(box, value);
    box.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}
const errorTexts = () => Array.from(mounted.host.querySelectorAll('.field-error')).map((e) => e.textContent);

test('R16: a notice asking for tuition in an exempt year is refused on the phone, under its box, and the reason goes once it is right', async () => {
  call.mockResolvedValue({ ok: true, data: { revision: 2 } });
  await act(async () => mounted.root.render(createElement(UnifiedNoticePage)));
  type('需携带的材料', '录取通知书、学费 3000 元');
  const save = Array.from(mounted.host.querySelectorAll('button')).find((b) => b.textContent === '保存')!;
  await act(async () => save.click());
  expect(call).not.toHaveBeenCalled();
  expect(errorTexts()).toEqual([expect.stringContaining('不能要求缴纳学费')]);
  type('需携带的材料', '录取通知书、户口簿');
  expect(errorTexts()).toEqual([]);
  await act(async () => save.click());
  expect(call).toHaveBeenCalledWith('schoolNoticeSave', { notice: { reportOn: '2027-08-28', place: '学校报到处', bring: '录取通知书、户口簿' }, revision: 1 });
});
