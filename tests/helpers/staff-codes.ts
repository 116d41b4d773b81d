import type { Page } from 'playwright-core';
import { openTab, tapButton } from './browser';

/**
 * R20, R27: staff join by a code given to them — an invitation, or a new environment's setup code —
 * entered in 我的 → 我是工作人员; the invitation page gives the codes.
 */

/** On the invitation page: the person's name and the chips that bind them (role, school, district…); answers the code shown once. */
export async function invite(page: Page, name: string, chips: string[]): Promise<string> {
  await page.locator('input[name="name"]').fill(name);
  for (const chip of chips) await page.locator('.chip', { hasText: chip }).first().tap();
  await tapButton(page, '生成邀请码');
  await page.getByText(`给 ${name} 的邀请码`).waitFor();
  return (await page.locator('.invite-code').textContent()) ?? '';
}

/** 我的 → 我是工作人员: the code, the welcome that names the unit and role, then the workbench. */
export async function redeem(page: Page, code: string, welcome: RegExp | string): Promise<void> {
  await openTab(page, '我的', '/pages/mine/index');
  await page.locator('.nut-cell', { hasText: '我是工作人员' }).tap();
  await page.locator('input[name="code"]').fill(code);
  await tapButton(page, '开通工作人员身份');
  await page.getByText(welcome).waitFor();
  await tapButton(page, '进入工作台');
}
