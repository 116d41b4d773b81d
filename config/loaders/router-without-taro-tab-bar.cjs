/**
 * Taro's H5 router without its Stencil tab bar class (used on @tarojs/router's tabbar.js only, see
 * config/index.ts).
 *
 * The app draws its own tab bar in H5 (components/tab-bar.tsx) and sets `tabBar.custom`, so the
 * router's `initTabbar` returns at once. Its module still imports `defineCustomElementTaroTabbar`,
 * and importing it builds the tab bar's Stencil class (about 12 KB with its inlined icons) in the
 * first task of every page, for an element never drawn (issue 25). This keeps the router's check
 * and drops the import; an app that asks Taro for its tab bar after all stops with a message
 * naming this file. The build fails if the module no longer has the shape this rewrites, so an
 * upgrade of Taro is reviewed here.
 */
const taroTabBarImport = /^import \{ defineCustomElementTaroTabbar \} from '@tarojs\/components\/dist\/components';$/m;
const customCheck = /if \(config\.tabBar == null \|\| config\.tabBar\.custom\) \{\s*return;\s*\}/;

module.exports = function routerWithoutTaroTabBar(source) {
  const text = String(source);
  if (!taroTabBarImport.test(text) || !customCheck.test(text) || !/export \{ initTabbar \};/.test(text)) {
    throw new Error("router-without-taro-tab-bar: @tarojs/router's tabbar.js changed shape; review this loader");
  }
  return [
    'function initTabbar(config) {',
    '    if (config.tabBar == null || config.tabBar.custom) {',
    '        return;',
    '    }',
    "    throw new Error('This H5 build draws its own tab bar: set tabBar.custom (config/loaders/router-without-taro-tab-bar.cjs)');",
    '}',
    'export { initTabbar };',
    '',
  ].join('\n');
};
