import { mountPerTest } from '../../helpers/mount';
import { act, createElement, useState } from 'react';
import { Check } from '../../../client/components/chips';
import { Field } from '../../../client/components/field';
import { askForEmpty, useFieldErrors, visibleErrors } from '../../../client/services/forms/field-errors';
import type { FieldErrors } from '../../../shared/result';

jest.mock('@tarojs/components', () => require('../../helpers/taro-components'));
jest.mock('../../../client/components/field.scss', () => ({}));
jest.mock('../../../client/components/chips.scss', () => ({}));

/** Errors under fields (issue 25, items 1–2): shown on 下一步, gone as soon as the field is right. */

const mounted = mountPerTest();

const render = (element: ReturnType<typeof createElement>) => act(() => mounted.root.render(element));
const inputNamed = (label: string) => mounted.host.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
const errorTexts = () => Array.from(mounted.host.querySelectorAll('.field-error')).map((e) => e.textContent);

/** Types into a field as a person does: the value changes and React hears an input event. */
function type(label: string, value: string) {
  const input = inputNamed(label);
  act(() => {
    Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}
const tap = (text: string) =>
  act(() =>
    Array.from(mounted.host.querySelectorAll('button'))
      .find((b) => b.textContent === text)!
      .click(),
  );

interface Values {
  idNumber: string;
  phone: string;
}
function check(v: Values): FieldErrors {
  const problems: FieldErrors = {};
  if (!/^\d{17}[\dX]$/.test(v.idNumber)) problems.idNumber = '身份证号码有误';
  if (!/^1\d{10}$/.test(v.phone)) problems.phone = '请填写 11 位手机号';
  return askForEmpty(problems, v, { idNumber: '请填写身份证号码' });
}

let answer: FieldErrors | undefined;
/** A form the way the pages use the mechanism: a check of its own, and the server's word after it. */
function StudentForm() {
  const [values, setValues] = useState<Values>({ idNumber: '', phone: '' });
  const form = useFieldErrors(values, check);
  return createElement(
    'div',
    null,
    createElement(Field, {
      label: '身份证号码',
      value: values.idNumber,
      onChange: (idNumber: string) => setValues((v) => ({ ...v, idNumber })),
      error: form.errors.idNumber,
    }),
    createElement(Field, { label: '手机号', value: values.phone, onChange: (phone: string) => setValues((v) => ({ ...v, phone })), error: form.errors.phone }),
    createElement('button', { onClick: () => form.validate() && form.serverSaid(answer) }, '下一步'),
  );
}

test('an error shows on 下一步 and goes as soon as its own field is right, without tapping again', () => {
  answer = undefined;
  render(createElement(StudentForm));
  expect(errorTexts()).toEqual([]);
  type('身份证号码', '1101');
  // nothing is said while the person is still typing
  expect(errorTexts()).toEqual([]);
  tap('下一步');
  expect(errorTexts()).toEqual(['身份证号码有误', '请填写 11 位手机号']);
  type('手机号', '13800001234');
  expect(errorTexts()).toEqual(['身份证号码有误']);
  type('身份证号码', '11010520110315123X');
  expect(errorTexts()).toEqual([]);
  // an error the person has not been shown does not appear by itself
  type('手机号', '138');
  expect(errorTexts()).toEqual([]);
});

test('an error keeps up with its field: an emptied field is asked for, not called wrong', () => {
  answer = undefined;
  render(createElement(StudentForm));
  type('身份证号码', '1101');
  tap('下一步');
  expect(errorTexts()[0]).toBe('身份证号码有误');
  type('身份证号码', '');
  expect(errorTexts()[0]).toBe('请填写身份证号码');
});

test("the server's error stays until its field is changed, and only that field's", () => {
  answer = { phone: '这个手机号已用于另一份志愿表' };
  render(createElement(StudentForm));
  type('身份证号码', '11010520110315123X');
  type('手机号', '13800001234');
  tap('下一步');
  expect(errorTexts()).toEqual(['这个手机号已用于另一份志愿表']);
  type('身份证号码', '110105201103151236');
  expect(errorTexts()).toEqual(['这个手机号已用于另一份志愿表']);
  type('手机号', '13900001234');
  expect(errorTexts()).toEqual([]);
});

test('visibleErrors: a check error in its current words; a server error by its field, or the whole form for a path the form does not hold', () => {
  const shown = {
    values: { a: '1', b: '' },
    errors: {
      a: { message: 'A 不对', origin: 'check' as const },
      b: { message: '服务器说 B', origin: 'server' as const },
      x: { message: '服务器说 X', origin: 'server' as const },
    },
  };
  expect(visibleErrors(shown, { a: '1', b: '' }, { a: 'A 还是不对' })).toEqual({ a: 'A 还是不对', b: '服务器说 B', x: '服务器说 X' });
  expect(visibleErrors(shown, { a: '2', b: '' }, {})).toEqual({ b: '服务器说 B' });
  expect(visibleErrors(shown, { a: '1', b: '3' }, {})).toEqual({});
  expect(visibleErrors(null, {}, { a: 'A' })).toEqual({});
});

test("a declaration's error goes under the statement, outside its row, so the statement keeps its width", () => {
  render(
    createElement(Check, {
      checked: false,
      label: '我已知晓“普职不兼报”：报了中职，就不再报考普通高中。',
      onChange: () => undefined,
      error: '请确认不再报考普通高中（普职不兼报）',
    }),
  );
  const row = mounted.host.querySelector('.check')!;
  expect(row.getAttribute('role')).toBe('checkbox');
  expect(row.getAttribute('aria-checked')).toBe('false');
  expect(row.querySelector('.field-error')).toBeNull();
  expect(row.nextElementSibling?.textContent).toBe('请确认不再报考普通高中（普职不兼报）');
});
