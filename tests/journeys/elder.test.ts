import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openTab } from '../helpers/browser';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/**
 * 大字模式 on a parent's phone: switched on in 我的, it enlarges the type of the letter, the subsidy
 * page, a brochure and the choice form by at least 1.3×, makes every target at least 48 px high,
 * darkens secondary text, never makes the page scroll sideways at 390 px, and survives a reload.
 * Screenshots go to artifacts/ (git-ignored) for a person to look at.
 */
const stage = useProductAndPhone({ LOCAL_EMULATOR_NOW: '2027-04-15T10:00:00+08:00' });
const artifacts = join(__dirname, '..', '..', 'artifacts');

/**
 * The computed font size of the first visible element matching the selector (earlier pages stay in
 * the DOM, hidden), in units of the root's font size: Taro's H5 sets the root size from the window
 * as the document first loads (20 px on a reload before content, 20.8 px at 390 px otherwise), so
 * only sizes relative to it compare across reloads.
 */
async function fontSize(page: Page, selector: string): Promise<number> {
  const element = page.locator(selector).filter({ visible: true }).first();
  await element.waitFor();
  return element.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize) / Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
}

/** Everything a thumb can tap on the page being shown (pages behind it are hidden), shorter than 48 px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      '.nut-button, .nut-cell, .chip, .check, .card, .letter-card, .field-input, .search, .facts-link, .facts-phone, .phone-link, .tap-target, [role="button"], [role="switch"], .tab-bar-item';
    return Array.from(document.querySelectorAll(selector))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.height < 48)
      .map(({ el, box }) => `${el.className || el.getAttribute('role')} “${(el.textContent ?? '').trim().slice(0, 20)}” ${box.height.toFixed(1)}px`);
  });
}

async function expectComfortable(page: Page, shot: string): Promise<void> {
  expect(await smallTargets(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Taro's H5 page may scroll inside its own box rather than the document: that must not scroll sideways either.
  const widest = await page.evaluate(() =>
    Math.max(
      ...Array.from(document.querySelectorAll('.taro_page, .page-root'))
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => el.scrollWidth - el.clientWidth),
    ),
  );
  expect(widest).toBeLessThanOrEqual(0);
  // Taro's H5 scrolls inside its own panel, so a full-page shot would show one screen: the phone is
  // made as tall as the page's content for the picture, then put back.
  const height = await page.evaluate(() =>
    Math.max(document.documentElement.scrollHeight, ...Array.from(document.querySelectorAll('.taro-tabbar__panel, .taro_page')).map((el) => el.scrollHeight)),
  );
  await page.setViewportSize({ width: 390, height: Math.min(height + 60, 8000) });
  await page.screenshot({ path: join(artifacts, `elder-${shot}.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
}

test('大字模式: larger type, 48 px targets and no sideways scrolling on the letter, subsidies, a brochure and the form; kept after a reload', async () => {
  mkdirSync(artifacts, { recursive: true });
  const parent = await personOnPhone(stage, '家长');

  // Normal mode first, to compare with.
  const normal = { letter: await fontSize(parent, '.letter-summary'), page: await fontSize(parent, '.page-root') };
  await openTab(parent, '招生简章', '/pages/brochures/index');
  await parent.locator('.card', { hasText: '忻州市职业技术学校' }).tap();
  const normalFacts = await fontSize(parent, '.facts-text');
  const normalMuted = await parent
    .locator('.facts-label')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  await parent.goBack();

  // 我的: the switch is off on a phone that never chose (H5 cannot read a font setting), then on.
  await openTab(parent, '我的', '/pages/mine/index');
  const toggle = parent.getByRole('switch', { name: '大字模式' });
  expect(await toggle.isChecked()).toBe(false);
  await toggle.tap();
  expect(await toggle.isChecked()).toBe(true);
  await parent.locator('.page-root.elder').filter({ visible: true }).first().waitFor();
  await expectComfortable(parent, 'mine');

  // The letter on the home page.
  await openTab(parent, '首页', '/pages/home/index');
  expect(await fontSize(parent, '.letter-summary')).toBeGreaterThanOrEqual(normal.letter * 1.3);
  expect(await fontSize(parent, '.page-root.elder')).toBeGreaterThanOrEqual(normal.page * 1.3);
  await expectComfortable(parent, 'home');

  // The letter in full, and the subsidies.
  await parent.locator('.letter-card').tap();
  await parent.waitForURL('**/pages/subsidy/index');
  await parent.locator('.page-root.elder .letter-paragraph').filter({ visible: true }).first().waitFor();
  await expectComfortable(parent, 'subsidy');

  // A brochure (the page opened before, in normal mode, is drawn again in elder mode).
  await openTab(parent, '招生简章', '/pages/brochures/index');
  await expectComfortable(parent, 'brochures');
  await parent.locator('.card', { hasText: '忻州市职业技术学校' }).tap();
  await parent.locator('.page-root.elder .facts-text').filter({ visible: true }).first().waitFor();
  expect(await fontSize(parent, '.page-root.elder .facts-text')).toBeGreaterThanOrEqual(normalFacts * 1.3);
  // secondary text is darker than in normal mode
  expect(
    await parent
      .locator('.page-root.elder .facts-label')
      .first()
      .evaluate((el) => getComputedStyle(el).color),
  ).not.toBe(normalMuted);
  await expectComfortable(parent, 'brochure');

  // The setting is the phone's: a reload (the app starting again) keeps it.
  await parent.reload();
  await parent.locator('.page-root.elder .facts-text').filter({ visible: true }).first().waitFor();
  expect(await fontSize(parent, '.page-root.elder .facts-text')).toBeGreaterThanOrEqual(normalFacts * 1.3);

  // The choice form, with the junior-high picker open, stays usable.
  await parent.locator('.nut-button', { hasText: '填报志愿' }).tap();
  await parent.getByRole('textbox', { name: '学生姓名' }).waitFor();
  await parent.getByRole('button', { name: /^毕业（就读）的初中学校/ }).tap();
  await parent.getByRole('textbox', { name: '搜索初中学校' }).fill('中学');
  await parent.getByRole('button', { name: '忻州市第二中学初中部' }).waitFor();
  await expectComfortable(parent, 'choice');

  // And it can be switched off again: normal sizes come back.
  await parent.goto(`${stage.product.url}/pages/mine/index`);
  await parent.getByRole('switch', { name: '大字模式' }).tap();
  await openTab(parent, '首页', '/pages/home/index');
  await parent.locator('.page-root:not(.elder) .letter-summary').filter({ visible: true }).first().waitFor();
  expect(await fontSize(parent, '.page-root:not(.elder) .letter-summary')).toBe(normal.letter);
});
