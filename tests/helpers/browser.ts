import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (CI installs it); playwright-core never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Phone {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A real headless Chromium emulating a phone (390×844, 3×, touch). Playwright gives it a fresh
 * profile; the flags keep it from reaching for the network this machine does not have.
 */
export async function openPhone(): Promise<Phone> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return { browser, context, close: () => browser.close() };
}

/**
 * Local sign-in as a demo persona, through the same /dev/ page a person uses; returns once the app
 * has booted on its home page again, so the next step acts on a settled page.
 */
export async function signInAs(page: Page, url: string, label: string): Promise<void> {
  await page.goto(`${url}/dev/`);
  await page.getByRole('button', { name: new RegExp(`^${label} `) }).click();
  await page.getByText('份招生简章已审查备案').waitFor();
}

/** Taps a tab of the tab bar, as a thumb would, and waits for the tab's page. */
export async function openTab(page: Page, label: string, path: string): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: label }).tap();
  await page.waitForURL(`**${path}`);
}
