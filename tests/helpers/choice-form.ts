import type { Page } from 'playwright-core';
import { openTab, tapButton } from './browser';

/** The seeds' student, junior high and first choice that the journeys file a form for. */
export const JOURNEY_JUNIOR = '忻州市第二中学初中部';
export const JOURNEY_SCHOOL = '忻州市职业技术学校';

/**
 * The family fills in the choice form's four steps for 李明 (ID 110105201103151236, guardian
 * 李建国), choosing 计算机应用 at the journey's school, and taps 提交志愿. What follows the tap (the
 * receipt, or a refusal) is the caller's to check; choices.test.ts walks the same steps in detail.
 */
export async function fillAndSubmitChoiceForm(student: Page): Promise<void> {
  await openTab(student, '我的', '/pages/mine/index');
  await student.locator('.nut-cell', { hasText: '我的志愿' }).tap();
  await tapButton(student, '填报志愿');
  await student.locator('input[name="student.name"]').fill('李明');
  await student.locator('.chip', { hasText: /^男$/ }).tap();
  await student.locator('input[name="student.idNumber"]').fill('110105201103151236');
  await student.locator('input[name="student.phone"]').fill('13800001234');
  await student.getByRole('button', { name: /^毕业（就读）的初中学校：/ }).tap();
  await student.getByRole('textbox', { name: '搜索初中学校' }).fill('二中');
  await student.getByRole('button', { name: JOURNEY_JUNIOR }).tap();
  await tapButton(student, '下一步');
  await student.locator('input[name="guardian.name"]').fill('李建国');
  await student.locator('.chip', { hasText: /^父亲$/ }).tap();
  await student.locator('input[name="guardian.phone"]').fill('13900005678');
  await tapButton(student, '下一步');
  await student.locator('.chip', { hasText: JOURNEY_SCHOOL }).tap();
  await student.locator('.chip', { hasText: '计算机应用' }).tap();
  await tapButton(student, '下一步');
  for (const statement of ['本表由学生本人或家长亲自填写', '填报完全出于自愿', '普职不兼报', '同意学校和教育部门', '我是监护人']) {
    await student.locator('.check', { hasText: statement }).tap();
  }
  await tapButton(student, '提交志愿');
}

/**
 * Taps 确定 (or the confirmation's own word, e.g. 发布) in the confirmation the page asks
 * (client/services/platform/confirm.ts), found as a screen reader finds it — an alert dialog with that
 * button — after checking it took the focus (issue 25).
 */
export async function confirmDialog(page: Page, answer = '确定'): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.evaluate((box) => box.contains(document.activeElement))).toBe(true);
  await dialog.getByRole('button', { name: answer, exact: true }).tap();
}
