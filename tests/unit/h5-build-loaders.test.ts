import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_LOAD_FAILED } from '../../client/services/platform/page-load-failed';
import { root } from '../../scripts/functions';

// (only the event's name is read from the app's module, not Taro)
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

/** The H5 build's loaders on Taro's router and app entry (config/index.ts, issue 25). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const withoutTaroTabBar = require('../../config/loaders/router-without-taro-tab-bar.cjs') as (source: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const routerPageLoads = require('../../config/loaders/router-page-loads.cjs') as ((source: string) => string) & { PAGE_LOAD_FAILED: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mainPagesInAppChunk = require('../../config/loaders/main-pages-in-app-chunk.cjs') as (
  this: { getOptions(): { pages: string[] } },
  source: string,
) => string;

const routerTabBar = readFileSync(join(root, 'node_modules', '@tarojs', 'router', 'dist', 'tabbar.js'), 'utf8');

type InitTabbar = (config: { tabBar?: { custom?: boolean } }) => void;

/** Runs the rewritten module's text with its one export returned (it must import nothing). */
function initTabbarOf(source: string): InitTabbar {
  expect(source).not.toMatch(/^\s*import /m);
  return new Function(source.replace(/^export \{ initTabbar \};$/m, 'return initTabbar;'))() as InitTabbar;
}

test("the router's tab bar module no longer imports Taro's Stencil tab bar; a custom tab bar or none is left alone, Taro's own is refused", () => {
  expect(routerTabBar).toContain('defineCustomElementTaroTabbar');
  const initTabbar = initTabbarOf(withoutTaroTabBar(routerTabBar));
  expect(() => initTabbar({ tabBar: { custom: true } })).not.toThrow();
  expect(() => initTabbar({})).not.toThrow();
  expect(() => initTabbar({ tabBar: {} })).toThrow(/draws its own tab bar/);
});

test('a tab bar module of another shape stops the build', () => {
  expect(() => withoutTaroTabBar('export function initTabbar() {}')).toThrow(/changed shape/);
});

test('the router draws a loaded page only while the history is still at its location; a page that cannot be fetched is announced and, opened from another, its address is taken back', () => {
  const spa = readFileSync(join(root, 'node_modules', '@tarojs', 'router', 'dist', 'router', 'spa.js'), 'utf8');
  const out = routerPageLoads(spa);
  expect(spa).not.toContain('location.key');
  expect(out).toMatch(/if \(!element \|\| currentLock !== postLock \|\| history\.location\.key !== location\.key\)\s*return;/);
  expect(out).toMatch(/error\.name === 'ChunkLoadError'\) \{\s*if \(history\.location\.key === location\.key\) \{\s*eventCenter\.trigger\('__pageLoadFailed'/);
  expect(out).toMatch(/if \(action === 'PUSH' && stacks\.length > 0\) \{\s*skipOwnBack = true;\s*history\.back\(\);/);
  expect(out).toMatch(/function\* \(\{ location, action \}\) \{\s*if \(skipOwnBack && action === 'POP'\) \{\s*skipOwnBack = false;\s*return;/);
  // any other error is still thrown, as before
  expect(out).toMatch(/else \{\s*throw error;\s*\}/);
  expect(() => routerPageLoads('export function createRouter() {}')).toThrow(/changed shape/);
});

test('the event the router announces is the one the app listens for', () => {
  expect(routerPageLoads.PAGE_LOAD_FAILED).toBe(PAGE_LOAD_FAILED);
});

/** An app entry as Taro's H5 loader writes it (@tarojs/taro-loader lib/h5.js genResource): each page's route imports it. */
const route = (page: string) => `Object.assign({
  path: '${page}',
  load: function(context, params) {
    const page = import("./${page}")
    return [page, context, params]
  }
}, {})`;
const entry = `config.routes = [\n  ${['pages/home/index', 'pages/brochures/index', 'staff/pages/index/index'].map(route).join(',')}\n]`;
const withPages = (pages: string[]) => ({ getOptions: () => ({ pages }) });

test("main-package pages are imported eagerly (in the app's chunk, run when opened); subpackage pages keep their own chunks", () => {
  const out = mainPagesInAppChunk.call(withPages(['pages/home/index', 'pages/brochures/index']), entry);
  expect(out).toContain('import(/* webpackMode: "eager" */ "./pages/home/index")');
  expect(out).toContain('import(/* webpackMode: "eager" */ "./pages/brochures/index")');
  expect(out).toContain('import("./staff/pages/index/index")');
  expect(out.match(/webpackMode/g)).toHaveLength(2);
});

test('a main page the entry does not import as expected stops the build', () => {
  expect(() => mainPagesInAppChunk.call(withPages(['pages/home/index', 'pages/mine/index']), entry)).toThrow(/pages\/mine\/index/);
});
