import { mountPerTest } from '../../helpers/mount';
import { act, createElement, useState } from 'react';
import Taro from '@tarojs/taro';
import { Field } from '../../../client/components/field';
import { irreversible } from '../../../client/services/platform/confirm';
import { useFieldErrors } from '../../../client/services/forms/field-errors';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('../../../client/components/field.scss', () => ({}));
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { showModal: jest.fn() } }));

/** Every irreversible action validates first, then asks once, naming what will happen (issue 25, item 9). */
const showModal = Taro.showModal as unknown as jest.Mock;
beforeEach(() => showModal.mockReset());

test('a mistake stops it before any question; a valid one is asked once and done only on yes', async () => {
  const act1 = jest.fn();
  expect(await irreversible({ check: () => null, confirm: () => ({ title: '提交', content: '确定提交吗？' }), act: act1 })).toBe(false);
  expect(showModal).not.toHaveBeenCalled();
  expect(act1).not.toHaveBeenCalled();

  showModal.mockResolvedValueOnce({ confirm: false });
  expect(await irreversible({ check: () => ({ month: 9 }), confirm: (v) => ({ title: `提交${v.month}月统计表`, content: '确定提交吗？' }), act: act1 })).toBe(
    false,
  );
  expect(act1).not.toHaveBeenCalled();

  showModal.mockResolvedValueOnce({ confirm: true });
  expect(
    await irreversible({
      check: () => ({ month: 9 }),
      confirm: (v) => ({ title: `提交${v.month}月统计表`, content: '提交后不能再修改。确定提交吗？', confirmText: '确定提交' }),
      act: act1,
    }),
  ).toBe(true);
  expect(showModal).toHaveBeenCalledTimes(2);
  expect(showModal).toHaveBeenLastCalledWith({ title: '提交9月统计表', content: '提交后不能再修改。确定提交吗？', confirmText: '确定提交' });
  expect(act1).toHaveBeenCalledWith({ month: 9 });
});

const mounted = mountPerTest();

const returned: string[] = [];
/** A page's irreversible action as the pages write it: the reason checked, then 确定退回…？ once. */
function ReturnForm() {
  const [reason, setReason] = useState('');
  const form = useFieldErrors({ reason }, (v): Record<string, string> => (v.reason.trim().length < 2 ? { reason: '请写明退回的原因' } : {}));
  const send = () =>
    irreversible({
      check: () => (form.validate() ? reason : null),
      confirm: () => ({ title: '退回统计表', content: '退回后填表人会收到退回原因。确定退回给城区职校吗？' }),
      act: (r) => void returned.push(r),
    });
  return createElement(
    'div',
    null,
    createElement(Field, { label: '退回原因', value: reason, onChange: setReason, error: form.errors.reason }),
    createElement('button', { onClick: () => void send() }, '退回'),
  );
}

test('a form with a mistake shows it under its field and asks nothing; corrected, it asks once and acts', async () => {
  act(() => mounted.root.render(createElement(ReturnForm)));
  const button = mounted.host.querySelector('button')!;
  await act(async () => button.click());
  expect(mounted.host.querySelector('.field-error')?.textContent).toBe('请写明退回的原因');
  expect(showModal).not.toHaveBeenCalled();

  const input = mounted.host.querySelector('input')!;
  act(() => {
    Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!.call(input, '合计有误');
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
  expect(mounted.host.querySelector('.field-error')).toBeNull();
  showModal.mockResolvedValueOnce({ confirm: true });
  await act(async () => button.click());
  expect(showModal).toHaveBeenCalledTimes(1);
  expect(showModal.mock.calls[0][0].content).toMatch(/^退回后.*确定退回给城区职校吗？$/);
  expect(returned).toEqual(['合计有误']);
});
