import type { Plugin } from 'esbuild';

/**
 * zod's `locales` namespace holds all 64 of its locales (about 360 KB), and `z.locales.zhCN()` in
 * shared/zod-locale.ts reaches them through it. Functions speak only Chinese, so the locales module
 * is replaced by one that holds only that one.
 */
export const onlyChineseLocale: Plugin = {
  name: 'zod-only-zh-cn-locale',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zh-cn-only', pluginData: args.resolveDir } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zh-cn-only' }, (args) => ({
      contents: `export { default as zhCN } from '../locales/zh-CN.js';`,
      resolveDir: args.pluginData as string,
      loader: 'js',
    }));
  },
};
