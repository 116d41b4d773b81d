import { mountPerTest } from '../../helpers/mount';
import { act, createElement, type ReactNode } from 'react';
import { callFunction } from '../../../client/services/calls/cloud';
import SchoolPage from '../../../client/staff/pages/school/index';
import TargetsPage from '../../../client/staff/pages/targets/index';
import type { TargetSheetView } from '../../../shared/api/targets';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showToast: jest.fn(async () => undefined) },
  useRouter: () => ({ params: { year: '2027' } }),
  useDidShow: () => undefined,
}));
jest.mock('../../../client/components/ui', () => {
  const { createElement: h } = require('react');
  const pass = ({ children }: { children?: ReactNode }) => h('div', null, children);
  return {
    Button: ({ children, onClick }: { children?: ReactNode; onClick?: () => void }) => h('button', { onClick }, children),
    Cell: ({ title, extra }: { title?: ReactNode; extra?: ReactNode }) => h('div', null, title, extra),
    CellGroup: pass,
    Empty: pass,
    Skeleton: pass,
  };
});
jest.mock('../../../client/components/empty-state', () => ({ EmptyState: () => null }));
jest.mock('../../../client/components/field.scss', () => ({}));
jest.mock('../../../client/components/chips.scss', () => ({}));
jest.mock('../../../client/staff/pages/targets/index.scss', () => ({}));
jest.mock('../../../client/services/platform/pick-spreadsheet', () => ({ pickSpreadsheet: jest.fn() }));
jest.mock('../../../client/services/calls/feedback', () => ({ tellFailure: jest.fn() }));
jest.mock('../../../client/services/calls/cloud', () => ({ callFunction: jest.fn() }));
const sheet: TargetSheetView = {
  year: 2027,
  districts: ['忻府区'],
  district: '忻府区',
  ownSchoolsQuota: 300,
  total: 500,
  juniors: [
    { juniorSchoolId: 'junior-a', name: '第一中学', graduates: 400, sendingTarget: 200 },
    { juniorSchoolId: 'junior-b', name: '第二中学', graduates: 500, sendingTarget: 300 },
  ],
  check: { sum: 500, total: 500, difference: 0, message: '合计 500 人' } as TargetSheetView['check'],
  version: 3,
  editable: true,
  past: false,
};
jest.mock('../../../client/services/calls/use-function', () => ({
  useFunction: () => ({ data: sheet, error: null, loading: false, reload: () => undefined }),
}));

/**
 * The staff forms that kept their own error state now show errors through useFieldErrors (issue 25):
 * an error shows on saving and goes as soon as its own field is right, without saving again; the
 * server's goes once its field is changed.
 */
const mounted = mountPerTest();
const call = callFunction as unknown as jest.Mock;
beforeEach(() => call.mockReset());

const errorTexts = () => Array.from(mounted.host.querySelectorAll('.field-error')).map((e) => e.textContent);
function type(label: string, value: string) {
  const input = mounted.host.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
  if (!input) throw new Error(`no field ${label}`);
  act(() => {
    Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}
async function tap(text: string) {
  const button = Array.from(mounted.host.querySelectorAll('button')).find((b) => b.textContent === text);
  if (!button) throw new Error(`no button ${text}`);
  await act(async () => button.click());
}

test('送培目标: a target above the graduates is named under its box on saving and goes once the box is right', async () => {
  await act(async () => mounted.root.render(createElement(TargetsPage)));
  type('第二中学 送培目标', '600');
  expect(errorTexts()).toEqual([]);
  await tap('保存送培目标');
  expect(call).not.toHaveBeenCalled();
  expect(errorTexts()).toEqual(['送培目标不能超过毕业生人数（500 人）', expect.stringContaining('有 1 处需要修改')]);
  type('第二中学 送培目标', '300');
  expect(errorTexts()).toEqual([]);
});

test('送培目标: the server’s error for a line stays under its row until that box changes; another row’s change leaves it', async () => {
  call.mockResolvedValueOnce({
    ok: false,
    error: { code: 'INVALID_INPUT', message: '填写有误', fields: { 'juniors.0.graduates': '毕业生人数与学籍系统不符，请核对' } },
  });
  await act(async () => mounted.root.render(createElement(TargetsPage)));
  await tap('保存送培目标');
  expect(call).toHaveBeenCalledWith('targetSave', expect.objectContaining({ district: '忻府区', version: 3 }));
  expect(errorTexts()[0]).toBe('毕业生人数与学籍系统不符，请核对');
  type('第二中学 毕业生人数', '510');
  expect(errorTexts()[0]).toBe('毕业生人数与学籍系统不符，请核对');
  type('第一中学 毕业生人数', '410');
  expect(errorTexts()).toEqual([]);
});

test('学校名录: the school’s and the major’s errors are apart, each checked before sending and gone once corrected; the server’s goes when its field changes', async () => {
  call.mockImplementation(async (name: string) => {
    if (name === 'schoolSave') return { ok: true, data: { id: 'school-new' } };
    if (name === 'registrySchool')
      return {
        ok: true,
        data: {
          year: 2027,
          version: 1,
          school: {
            id: 'school-new',
            name: '新职业学校',
            kind: 'district',
            district: '忻府区',
            phone: '0350-1234567',
            campuses: [{ name: '本部', address: '和平街 1 号' }],
            qualifications: [],
          },
          majors: [],
          history: [],
        },
      };
    if (name === 'majorSave')
      return { ok: false, error: { code: 'INVALID_INPUT', message: '填写有误', fields: { filingNumber: '已备案的专业请填写备案编号' } } };
    // R27: the district is offered from the city's
    if (name === 'cityGet')
      return {
        ok: true,
        data: {
          set: true,
          name: '某某市',
          bureauName: '某某市教育局',
          signature: '某某市教育局',
          districts: [{ name: '忻府区', bureauName: '忻府区教育局', uses: 0, usedBy: '' }],
          version: 1,
          editable: true,
        },
      };
    throw new Error(name);
  });
  await act(async () => mounted.root.render(createElement(SchoolPage)));
  await tap('保存学校');
  expect(call).not.toHaveBeenCalledWith('schoolSave', expect.anything());
  expect(errorTexts()).toContain('请填写学校名称');
  type('学校名称', '新职业学校');
  expect(errorTexts()).not.toContain('请填写学校名称');
  type('区县', '忻府区');
  type('招生咨询电话', '0350-1234567');
  type('校区 1 地址', '和平街 1 号');
  expect(errorTexts()).toEqual([]);
  await tap('保存学校');
  expect(call).toHaveBeenCalledWith('schoolSave', expect.objectContaining({ name: '新职业学校' }));

  await tap('添加专业');
  await tap('保存专业');
  expect(call).not.toHaveBeenCalledWith('majorSave', expect.anything());
  // the major's empty name is said under the major's field only: the school's name is right
  expect(errorTexts()).toEqual(['请填写专业名称', '请填写专业类别']);
  type('专业名称', '无人机应用');
  type('专业类别', '装备制造类');
  expect(errorTexts()).toEqual([]);
  await tap('保存专业');
  expect(errorTexts()).toEqual(['已备案的专业请填写备案编号']);
  type('专业名称', '无人机应用技术');
  expect(errorTexts()).toEqual(['已备案的专业请填写备案编号']);
  type('专业备案编号', 'XZ-2027-001');
  expect(errorTexts()).toEqual([]);
});
