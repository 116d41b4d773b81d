import { mountPerTest } from '../../helpers/mount';
import { act, createElement, type ReactNode } from 'react';
import { callFunction } from '../../../client/services/calls/cloud';
import { downloadSpreadsheet } from '../../../client/services/calls/download-spreadsheet';
import RegistrationPage from '../../../client/staff/pages/registration/index';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showToast: jest.fn(async () => undefined), showModal: jest.fn(async () => ({ confirm: true })) },
  useDidShow: () => undefined,
}));
jest.mock('../../../client/components/ui', () => {
  const { createElement: h } = require('react');
  return {
    Button: ({ children, onClick }: { children?: ReactNode; onClick?: () => void }) => h('button', { onClick }, children),
    Cell: ({ title, extra }: { title?: ReactNode; extra?: ReactNode }) => h('div', null, title, extra),
    CellGroup: ({ children }: { children?: ReactNode }) => h('div', null, children),
    Empty: () => null,
    Skeleton: () => null,
  };
});
jest.mock('../../../client/components/empty-state', () => ({ EmptyState: () => null }));
jest.mock('../../../client/components/figure-table.scss', () => ({}));
jest.mock('../../../client/staff/pages/registration/index.scss', () => ({}));
jest.mock('../../../client/services/calls/feedback', () => ({ tellFailure: jest.fn() }));
jest.mock('../../../client/services/calls/cloud', () => ({ callFunction: jest.fn() }));
jest.mock('../../../client/services/calls/download-spreadsheet', () => ({ downloadSpreadsheet: jest.fn() }));
jest.mock('../../../client/services/calls/use-function', () => ({
  useFunction: () => ({
    data: {
      year: 2027,
      deadline: '2027-11-10',
      late: false,
      schools: [{ schoolId: 's', schoolName: '忻州市职业技术学校', district: '忻府区', enrolled: 2, registered: 0, flagged: 0, outstanding: 2 }],
      flagged: [],
      mayExport: true,
    },
    error: null,
    loading: false,
    reload: () => undefined,
  }),
}));

/** 确认已注册 is done once per exported sheet (issue 25): after confirming, the button gives way to what was confirmed. */
const mounted = mountPerTest();
const texts = () => mounted.host.textContent ?? '';
async function tap(text: string) {
  const button = Array.from(mounted.host.querySelectorAll('button')).find((b) => b.textContent === text);
  if (!button) throw new Error(`no button ${text}: ${texts()}`);
  await act(async () => button.click());
}

test('after 确认已注册 the button is gone and the page says what was confirmed; a new export offers it again', async () => {
  (downloadSpreadsheet as jest.Mock).mockResolvedValue({ leadIds: ['lead-1', 'lead-2'], notice: '请于 2027-11-10 前完成注册。' });
  (callFunction as jest.Mock).mockResolvedValue({ ok: true, data: { registered: 2, already: 0, notEnrolled: 0 } });
  await act(async () => mounted.root.render(createElement(RegistrationPage)));
  await tap('导出学籍注册表');
  await tap('确认已注册（2 人）');
  expect(callFunction).toHaveBeenCalledWith('registrationConfirm', { leadIds: ['lead-1', 'lead-2'] });
  expect(Array.from(mounted.host.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['导出学籍注册表']);
  expect(texts()).toContain('已确认 2 名学生完成学籍注册，教育局可以看到。');
  await tap('导出学籍注册表');
  expect(texts()).not.toContain('已确认 2 名学生');
  expect(Array.from(mounted.host.querySelectorAll('button')).map((b) => b.textContent)).toContain('确认已注册（2 人）');
});
