/**
 * A browser document for the client's component tests, made with jsdom in the node environment
 * the rest of the suite runs in (the repository has no jest-environment-jsdom). Import it first:
 * react-dom decides whether it has a DOM when it is loaded. Taro's components are replaced by the
 * elements they render in H5 (tests/helpers/taro-components.ts), so a test reads what a person sees.
 */
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://127.0.0.1/', pretendToBeVisual: true });
const globals = globalThis as unknown as Record<string, unknown>;
for (const key of [
  'window',
  'document',
  'navigator',
  'HTMLElement',
  'HTMLInputElement',
  'HTMLTextAreaElement',
  'Node',
  'Event',
  'KeyboardEvent',
  'CompositionEvent',
  'MouseEvent',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
]) {
  const value = (dom.window as unknown as Record<string, unknown>)[key];
  globals[key] = typeof value === 'function' && !/^[A-Z]/.test(key) ? (value as (...a: unknown[]) => unknown).bind(dom.window) : value;
}
// React's act() warns unless it is told it runs in a test.
globals.IS_REACT_ACT_ENVIRONMENT = true;

// Closed with the test file, before jest clears the globals it was reached through.
afterAll(() => dom.window.close());

export { dom };
