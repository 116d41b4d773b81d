import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * axe-core (WCAG 2 A and AA) on every page a journey visits. Taro's H5 build changes pages without
 * loading a document, so each main-frame navigation (including history changes) schedules an audit
 * once the new page has had a moment to render, and `flush` audits every page still open at the
 * end of a test. Violations are collected, not thrown, so the test that caused them fails in its
 * afterEach with every finding listed.
 */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SETTLE_MS = 700;

interface AxeNode {
  target: unknown[];
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

export interface AccessibilityWatch {
  /** injects axe into every document of the context and audits each page it shows */
  watch(context: BrowserContext): Promise<void>;
  /** audits the open pages, waits for pending audits, and hands over (and clears) the findings */
  flush(): Promise<string[]>;
  /** the paths audited so far, for a test that wants to know the watch saw its pages */
  audited: string[];
}

export function accessibilityWatch(): AccessibilityWatch {
  const findings = new Set<string>();
  const audited: string[] = [];
  const contexts: BrowserContext[] = [];
  const queues = new Map<Page, Promise<void>>();

  async function audit(page: Page): Promise<void> {
    if (page.isClosed()) return;
    const url = new URL(page.url());
    if (url.protocol !== 'http:') return;
    let violations: AxeViolation[];
    try {
      violations = await page.evaluate(async () => {
        // A dialog or toast caught halfway through fading in has text below any contrast: let
        // finite transitions and animations end first (a spinner's never does; wait at most 1 s).
        const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
        await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 1000))]);
        const axe = (window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160) })) }));
      });
    } catch (error) {
      // The page closed or moved on while axe ran: the audit of its next state covers it.
      if (page.isClosed() || /Execution context was destroyed|Target closed|has been closed/.test(String(error))) return;
      throw error;
    }
    audited.push(url.pathname);
    for (const v of violations) findings.add(`${url.pathname}: ${v.id} (${v.impact ?? 'unknown'}) ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html}`).join(', ')}`);
  }

  function schedule(page: Page, delayMs: number): Promise<void> {
    const next = (queues.get(page) ?? Promise.resolve()).then(async () => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await audit(page);
    });
    queues.set(page, next);
    return next;
  }

  return {
    audited,
    async watch(context) {
      contexts.push(context);
      await context.addInitScript({ content: axeSource });
      context.on('page', (page) => {
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) void schedule(page, SETTLE_MS);
        });
        page.on('close', () => queues.delete(page));
      });
    },
    async flush() {
      const open = contexts.flatMap((c) => c.pages()).filter((p) => !p.isClosed());
      await Promise.all([...open.map((p) => schedule(p, 0)), ...queues.values()]);
      const list = [...findings];
      findings.clear();
      return list;
    },
  };
}
