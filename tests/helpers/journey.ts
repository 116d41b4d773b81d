import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPhone, signInAs, type Phone } from './browser';
import { startProduct, stopAllProducts, type RunningProduct } from './product';

/**
 * The budget of each journey test, and of its file's hooks (starting the product and Chromium,
 * the accessibility audits after a test). Every step waits for what the page shows, each for at
 * most STEP_TIMEOUT_MS (browser.ts), which names the step that did not come; this budget is only
 * there so a hang ends. The longest journey takes about a minute on an idle two-core machine:
 * several times that on a loaded one still passes.
 */
export const JOURNEY_BUDGET_MS = 6 * 60_000;

export interface JourneyStage {
  product: RunningProduct;
  phone: Phone;
  /**
   * Stops the product and starts it again on the same database with the server's clock at `at`
   * (a season's months in one journey). The address changes: open pages again after it.
   */
  restartAt(at: string): Promise<void>;
}

/**
 * For a journey file: the product as `npm start` serves it, and a phone's Chromium, started once
 * for the file and stopped after it. Read `stage.product` and `stage.phone` inside tests. Sets the
 * file's test and hook budget (JOURNEY_BUDGET_MS): journey tests give no timeout of their own.
 * After each test its people's phones (`personOnPhone`, `phone.another()`) are closed.
 */
export function useProductAndPhone(env: Record<string, string> = {}): JourneyStage {
  jest.setTimeout(JOURNEY_BUDGET_MS);
  const stage = {} as JourneyStage;
  const dataDir = mkdtempSync(join(tmpdir(), 'zz-journey-'));
  stage.restartAt = async (at) => {
    await stage.product.stop();
    stage.product = await startProduct({ ...env, LOCAL_EMULATOR_NOW: at }, dataDir);
  };
  beforeAll(async () => {
    stage.product = await startProduct(env, dataDir);
    stage.phone = await openPhone();
  });
  // A picture, font or script from another host, or on any page it showed a WCAG 2 A/AA
  // violation, a tap target under 44 px or a text not written for its reader, fails the journey.
  afterEach(async () => {
    if (!stage.phone) return;
    try {
      const violations = await stage.phone.accessibility.flush();
      const foreign = stage.phone.foreignRequests.splice(0);
      const problems = [
        ...(foreign.length ? [`the pages requested other hosts: ${foreign.join(', ')}`] : []),
        ...(violations.length ? [`what the pages showed (axe's WCAG 2 A/AA, tap targets, unreadable text):\n  ${violations.join('\n  ')}`] : []),
      ];
      if (problems.length) throw new Error(problems.join('\n'));
    } finally {
      // audited: the next test's flush need not look at this test's pages again
      await stage.phone.closeOthers();
    }
  });
  afterAll(async () => {
    await stage.phone?.close();
    // every product of the file, also one a timed-out start or restart left behind
    await stopAllProducts();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return stage;
}

/**
 * A person with a phone of their own (own cookies): signed in as the persona with this label, or,
 * without one, someone opening the product for the first time.
 */
export async function personOnPhone(stage: JourneyStage, label?: string): Promise<Page> {
  const page = await (await stage.phone.another()).newPage();
  if (label) await signInAs(page, stage.product.url, label);
  else await page.goto(`${stage.product.url}/`);
  return page;
}
