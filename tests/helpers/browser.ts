import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { accessibilityWatch, type AccessibilityWatch } from './accessibility';

/** Debian's Chromium (CI installs it); playwright-core never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Phone {
  browser: Browser;
  context: BrowserContext;
  /** another phone on the same browser: its own cookies, so its own person */
  another(): Promise<BrowserContext>;
  /** closes the phones `another` gave (and their pages); `context` stays */
  closeOthers(): Promise<void>;
  /** every request any page made to a host other than the product's own (loopback), in order */
  foreignRequests: string[];
  /** axe-core on every page any of its contexts shows */
  accessibility: AccessibilityWatch;
  close(): Promise<void>;
}

/**
 * How long one step (a tap, a wait for text, a page load) may take before it fails, naming what it
 * waited for. Generous: on a loaded two-core machine a page that answers does so well within it;
 * a step that shows nothing for this long is hung. A journey's whole budget is in journey.ts.
 */
export const STEP_TIMEOUT_MS = 60_000;

const phoneViewport = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/**
 * A real headless Chromium emulating a phone (390×844, 3×, touch). Playwright gives it a fresh
 * profile; the flags keep it from reaching for the network this machine does not have.
 */
export async function openPhone(): Promise<Phone> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const foreignRequests: string[] = [];
  const accessibility = accessibilityWatch();
  const others = new Set<BrowserContext>();
  const newPhone = async () => {
    const context = await browser.newContext(phoneViewport);
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
    await accessibility.watch(context);
    context.on('request', (request) => {
      if (isForeign(request.url())) foreignRequests.push(request.url());
    });
    return context;
  };
  const another = async () => {
    const context = await newPhone();
    others.add(context);
    return context;
  };
  const closeOthers = async () => {
    const closing = [...others];
    others.clear();
    await Promise.all(closing.map((context) => context.close().catch(() => undefined)));
  };
  return { browser, context: await newPhone(), another, closeOthers, foreignRequests, accessibility, close: () => browser.close() };
}

/** The product serves everything it shows itself: a request to any other host is a defect. */
function isForeign(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false;
  return !['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
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
  // each tab page draws its own bar (components/tab-bar.tsx); only the page shown has one visible
  await page.getByRole('navigation', { name: '主要栏目' }).getByRole('button', { name: label, exact: true }).tap();
  await page.waitForURL(`**${path}`);
}

/** From the 我的 tab through the staff entry to a task of the workbench. */
export async function openStaffTask(page: Page, task: string): Promise<void> {
  await openTab(page, '我的', '/pages/mine/index');
  await page.locator('.nut-cell', { hasText: '工作人员入口' }).tap();
  await page.locator('.nut-cell', { hasText: task }).tap();
}

/**
 * Taps a NutUI button by its text, among those a person sees: the pages kept under the one on top
 * (a tab's page, a page navigated from) keep their buttons in the document, hidden.
 */
export async function tapButton(page: Page, text: string): Promise<void> {
  await page.locator('.nut-button:visible', { hasText: text }).tap();
}

/** A labelled text box (an input or a textarea), by its visible label. */
export const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date field (components/date-field.tsx) by its label: a button named 「label：what it shows」. */
export const dateField = (page: Page, label: string) => page.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}：`) });

/** Taro's H5 wheels (a date's, a time's): a row is 34 px; the row under the indicator sits 102 px below the top. */
const WHEEL_ROW_PX = 34;
const WHEEL_TOP_PX = 102;

/**
 * Turns the open picker's wheels, left to right, to the rows wanted (each by its text) as a thumb
 * does — each wheel dragged a few rows at a time, each drag starting on the wheel, as a finger flicks
 * it — taps 确定 and waits for the picker to close. A time wheel runs round, so a row may stand
 * twice (00 at its top and again past 23): the one nearest the row shown is turned to.
 */
async function turnWheels(page: Page, picker: string, wanted: string[]): Promise<void> {
  // the open picker's wheels (a closed picker's overlay is display: none)
  const overlay = page.locator('.weui-picker:visible');
  await overlay.waitFor();
  await overlay.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  for (let column = 0; column < wanted.length; column += 1) {
    const wheel = overlay.locator('.weui-picker__group').nth(column);
    for (let drags = 0; ; drags += 1) {
      const { items, at } = await wheel.evaluate((el) => {
        const content = el.querySelector<HTMLElement>('.weui-picker__content');
        const offset = Number(/translate3d\(0(?:px)?, (-?[\d.]+)px/.exec(content?.style.transform ?? '')?.[1] ?? 'NaN');
        return { items: Array.from(el.querySelectorAll('.weui-picker__item')).map((i) => i.textContent ?? ''), at: offset };
      });
      const current = Math.round((WHEEL_TOP_PX - at) / WHEEL_ROW_PX);
      const rowsWanted = items.flatMap((item, i) => (item === wanted[column] ? [i] : []));
      if (rowsWanted.length === 0) throw new Error(`${picker} offers no ${wanted[column]} (it offers ${items[0]}–${items[items.length - 1]})`);
      const target = rowsWanted.reduce((best, i) => (Math.abs(i - current) < Math.abs(best - current) ? i : best));
      if (current === target) break;
      if (drags > 40) throw new Error(`${picker} did not move to ${wanted[column]}`);
      const rows = Math.max(-3, Math.min(3, current - target));
      const box = await wheel.boundingBox();
      if (!box) throw new Error(`${picker} is not shown`);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + rows * WHEEL_ROW_PX, { steps: 6 });
      await page.mouse.up();
      // the wheel settles on the row (a 0.3 s transition) before it is read again
      await wheel.locator('.weui-picker__content').evaluate(async (el) => {
        for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
        await Promise.all(el.getAnimations().map((a) => a.finished));
      });
    }
  }
  await overlay.locator('.weui-picker__action', { hasText: '确定' }).tap();
  await page.locator('.weui-picker:visible').waitFor({ state: 'hidden' });
}

/**
 * Picks a day (YYYY-MM-DD) in a date field as a thumb does: taps the field, turns the wheels of the
 * picker that slides up (year, month, day) until the day is under the indicator, taps 确定, and waits
 * for the field to show the day in Chinese.
 */
export async function pickDate(page: Page, label: string, day: string): Promise<void> {
  const [year, month, date] = day.split('-');
  await dateField(page, label).tap();
  await turnWheels(page, `the date picker of ${label}`, [`${year}年`, `${month}月`, `${date}日`]);
  await dateField(page, label)
    .and(page.getByRole('button', { name: `${label}：${Number(year)}年${Number(month)}月${Number(date)}日` }))
    .waitFor();
}

/**
 * Picks a time (HH:mm) in a time field (components/time-field.tsx, named as a date field is) as a
 * thumb does: taps the field, turns the hours' and the minutes' wheels, taps 确定, and waits for the
 * field to show the time.
 */
export async function pickTime(page: Page, label: string, time: string): Promise<void> {
  const [hour = '', minute = ''] = time.split(':');
  await dateField(page, label).tap();
  await turnWheels(page, `the time picker of ${label}`, [hour, minute]);
  await dateField(page, label)
    .and(page.getByRole('button', { name: `${label}：${time}` }))
    .waitFor();
}

/**
 * The page shown fits a 390 px phone: neither the document nor Taro's page box (which scrolls, or
 * cuts off, inside itself) is wider than the screen. Names how far it sticks out.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ...Array.from(document.querySelectorAll('.taro_page'))
        .filter((p) => p.getBoundingClientRect().width > 0)
        .map((p) => p.scrollWidth - p.clientWidth),
    ),
  );
}
