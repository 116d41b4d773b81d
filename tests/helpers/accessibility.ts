import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { unreadable } from './readable-texts';

/**
 * axe-core (WCAG 2 A and AA) on every page a journey visits, in every state it acts in. Taro's H5
 * build changes pages without loading a document, so each main-frame navigation (including history
 * changes) schedules an audit of the page once it has settled; so does each tap or change a person
 * makes on it (issue 25: a page's error, empty and confirming states — the errors under a form after
 * 提交, a list that found nothing, a dialog — are audited as the page shows them, not only its first
 * render); and `flush` audits every page still open at the end of a test.
 * Violations are collected, not thrown, so the test that caused them fails in its afterEach with
 * every finding listed.
 *
 * "Settled" is what the page shows, not a time: the document and its fonts have loaded, none of its
 * requests is waiting for an answer (or for its body to be read), the DOM has not changed for two
 * frames, and finite transitions have ended (a dialog caught halfway through fading in has text
 * below any contrast). A page that never settles — a spinner that keeps redrawing — is audited as
 * it is after SETTLE_CAP_MS; that cap fails nothing, it only bounds the wait.
 */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Every tap target at least 44×44 CSS px (issue 25; WCAG 2.5.5's size, which axe's AA run does not
 * hold): each visible button, link, check box, switch or radio of the page shown, by its role or
 * the classes that make it one. A link inside a sentence (display: inline) is the rule's own
 * exception. Checked with axe, on the same settled page; each finding names the element.
 */
export const TAP_MIN_PX = 44;
const TAP_TARGETS =
  'button, a[href], [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="radio"], [role="tab"], input[type="checkbox"], input[type="radio"], .nut-button, .chip, .check';
const SETTLE_CAP_MS = 10_000;

/**
 * What a person sees is written for them (issue 25): the rendered text of the page on top — and of
 * what lies over it, a dialog or a toast — is scanned, line by line, with the patterns the source
 * scans use (readable-texts.ts: no rule code, English role key, field path, JSON, record id or
 * validator text). A finding fails the journey like an axe violation, naming the page and the line.
 */
export function unreadableLines(path: string, lines: string[]): string[] {
  return lines.flatMap((line) => unreadable(line).map(({ what, found }) => `${path}: unreadable text (${what} “${found}”) — “${line.slice(0, 120)}”`));
}

/**
 * Runs in every document before the page's own scripts: counts the requests under way (fetch until
 * its body is read, XHR until it ends) and the DOM's changes, for the settle check above and so an
 * unchanged page is not audited twice.
 */
const pageWatch = `(() => {
  const state = { inFlight: 0, changes: 1, audited: 0 };
  Object.defineProperty(window, '__journeyPage', { value: state });
  const track = (promise) => {
    state.inFlight += 1;
    const done = () => { state.inFlight -= 1; };
    promise.then(done, done);
    return promise;
  };
  const fetch = window.fetch;
  if (fetch) window.fetch = function (...args) { return track(fetch.apply(this, args)); };
  for (const read of ['json', 'text', 'arrayBuffer', 'blob', 'formData']) {
    const original = Response.prototype[read];
    if (original) Response.prototype[read] = function (...args) { return track(original.apply(this, args)); };
  }
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    state.inFlight += 1;
    this.addEventListener('loadend', () => { state.inFlight -= 1; }, { once: true });
    return send.apply(this, args);
  };
  new MutationObserver(() => { state.changes += 1; }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // a tap, a keystroke or a changed field: the state it leads to is audited once it settles (the binding queues
  // one audit per page at a time; an unchanged page is not audited again)
  const acted = () => { if (typeof window.__journeyActed === 'function') window.__journeyActed(); };
  addEventListener('click', acted, true);
  addEventListener('change', acted, true);
  addEventListener('input', acted, true);
})();`;

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
interface PageState {
  inFlight: number;
  changes: number;
  audited: number;
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
  const contexts = new Set<BrowserContext>();
  const queues = new Map<Page, Promise<void>>();

  async function audit(page: Page): Promise<void> {
    if (page.isClosed()) return;
    if (new URL(page.url()).protocol !== 'http:') return;
    let outcome: { path: string; small: string[]; lines: string[]; violations: AxeViolation[] } | null;
    try {
      outcome = await page.evaluate(
        async ({ capMs, targets, tapMin }) => {
          const state = (window as unknown as { __journeyPage?: PageState }).__journeyPage;
          const deadline = performance.now() + capMs;
          const left = () => Math.max(0, deadline - performance.now());
          const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
          const atMost = (waiting: Promise<unknown>) => Promise.race([waiting, sleep(left())]);
          if (document.readyState !== 'complete') await atMost(new Promise((resolve) => addEventListener('load', resolve, { once: true })));
          await atMost(document.fonts.ready);
          if (state) {
            // two frames in a row with no request under way and no change to the DOM
            for (let quiet = 0; quiet < 2 && left() > 0; ) {
              const before = state.changes;
              await Promise.race([new Promise((resolve) => requestAnimationFrame(resolve)), sleep(100)]);
              quiet = state.inFlight === 0 && state.changes === before ? quiet + 1 : 0;
            }
          }
          const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
          await atMost(Promise.all(finite.map((a) => a.finished.catch(() => undefined))));
          // nothing changed since this document was last audited: the findings would be the same
          if (state && state.changes === state.audited) return null;
          if (state) state.audited = state.changes;
          const axe = (window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
          // the page being shown: Taro's H5 keeps the tab pages (and, for a moment, the page left)
          // under the one on top, covered but not hidden
          // under the one on top, covered but not hidden: the one at the middle of the screen is on top
          const shown = document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.taro_page') ?? null;
          const small = Array.from(document.querySelectorAll<HTMLElement>(targets))
            .filter((el) => {
              const page = el.closest('.taro_page');
              return !page || !shown || page === shown;
            })
            .map((el) => ({ el, box: el.getBoundingClientRect(), style: getComputedStyle(el) }))
            .filter(({ box, style }) => box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'inline')
            // a target inside a larger one is tapped through it (a chip's text inside the chip)
            .filter(({ el }) => !el.parentElement?.closest(targets))
            .filter(({ box }) => box.width < tapMin - 0.5 || box.height < tapMin - 0.5)
            .map(({ el, box }) => {
              const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
              const cls = (typeof el.className === 'string' ? el.className : '').trim().split(/\s+/).filter(Boolean).slice(0, 3).join('.');
              return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} “${name}” is ${box.width.toFixed(0)}×${box.height.toFixed(0)} px`;
            });
          // the text shown: the page on top and what is not in any page (a dialog, a toast), by line
          // (innerText of an element not rendered is its source: a script's, a hidden template's)
          const over = Array.from(document.body.children).filter((el) => !el.querySelector('.taro_page') && el.checkVisibility());
          const lines = (shown ? [shown, ...over] : [document.body])
            .flatMap((el) => (el as HTMLElement).innerText.split('\n'))
            .map((line) => line.trim())
            .filter(Boolean);
          return {
            path: location.pathname,
            small,
            lines,
            violations: result.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160) })),
            })),
          };
        },
        { capMs: SETTLE_CAP_MS, targets: TAP_TARGETS, tapMin: TAP_MIN_PX },
      );
    } catch (error) {
      // The page closed or moved on while axe ran: the audit of its next state covers it.
      if (page.isClosed() || /Execution context was destroyed|Target closed|has been closed/.test(String(error))) return;
      // any other failure of the audit itself fails the test like a violation would
      findings.add(`${page.url()}: the accessibility audit failed: ${String(error)}`);
      return;
    }
    if (!outcome) return;
    const { path, small, lines, violations } = outcome;
    audited.push(path);
    for (const finding of unreadableLines(path, lines)) findings.add(finding);
    for (const target of small) findings.add(`${path}: tap target smaller than ${TAP_MIN_PX}×${TAP_MIN_PX} px — ${target}`);
    for (const v of violations)
      findings.add(`${path}: ${v.id} (${v.impact ?? 'unknown'}) ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html}`).join(', ')}`);
  }

  // Audits of a page run one after another. Taps and navigations come faster than audits: one
  // audit waiting to start covers every request made meanwhile (it audits the page as it then is).
  const waiting = new Map<Page, Promise<void>>();
  function schedule(page: Page): Promise<void> {
    const already = waiting.get(page);
    if (already) return already;
    const next = (queues.get(page) ?? Promise.resolve()).then(() => {
      waiting.delete(page);
      return audit(page);
    });
    waiting.set(page, next);
    queues.set(page, next);
    return next;
  }

  return {
    audited,
    async watch(context) {
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      await context.exposeBinding('__journeyActed', ({ page }) => {
        if (page) void schedule(page);
      });
      await context.addInitScript({ content: axeSource });
      await context.addInitScript({ content: pageWatch });
      context.on('page', (page) => {
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) void schedule(page);
        });
        page.on('close', () => queues.delete(page));
      });
    },
    async flush() {
      const open = [...contexts].flatMap((c) => c.pages()).filter((p) => !p.isClosed());
      await Promise.all([...open.map((p) => schedule(p)), ...queues.values()]);
      const list = [...findings];
      findings.clear();
      return list;
    },
  };
}
