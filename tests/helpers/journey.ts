import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPhone, signInAs, type Phone } from './browser';
import { startProduct, type RunningProduct } from './product';

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
 * for the file and stopped after it. Read `stage.product` and `stage.phone` inside tests.
 */
export function useProductAndPhone(env: Record<string, string> = {}): JourneyStage {
  const stage = {} as JourneyStage;
  const dataDir = mkdtempSync(join(tmpdir(), 'zz-journey-'));
  stage.restartAt = async (at) => {
    await stage.product.stop();
    stage.product = await startProduct({ ...env, LOCAL_EMULATOR_NOW: at }, dataDir);
  };
  beforeAll(async () => {
    stage.product = await startProduct(env, dataDir);
    stage.phone = await openPhone();
  }, 60_000);
  // A picture, font or script from another host, or a WCAG 2 A/AA violation on any page it
  // showed, fails the journey.
  afterEach(async () => {
    if (!stage.phone) return;
    const violations = await stage.phone.accessibility.flush();
    const foreign = stage.phone.foreignRequests.splice(0);
    const problems = [
      ...(foreign.length ? [`the pages requested other hosts: ${foreign.join(', ')}`] : []),
      ...(violations.length ? [`accessibility violations (axe, WCAG 2 A/AA):\n  ${violations.join('\n  ')}`] : []),
    ];
    if (problems.length) throw new Error(problems.join('\n'));
  }, 30_000);
  afterAll(async () => {
    await stage.phone?.close();
    await stage.product?.stop();
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
