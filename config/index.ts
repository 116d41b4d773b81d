import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { readConfig, resolveMainFilePath } from '@tarojs/helper';
import type Chain from 'webpack-chain';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
/** Where the H5 build's View and Text live (h5-components.tsx says why); the bench's bare page uses them too. */
const h5ComponentsDir = path.join(root, 'client', 'services', 'platform');
/**
 * Code outside the source root that Taro must compile: the shared rules, zod (ES2020) for old
 * WeChat runtimes, and the H5 View and Text when the bench builds its bare page.
 */
const compileInclude = [path.join(root, 'shared'), path.join(root, 'config'), path.join(root, 'node_modules', 'zod'), h5ComponentsDir];
const sourceRoot = process.env.TARO_SOURCE_ROOT ?? 'client';

/** The app's config file, from which Taro's H5 build generates the app's entry. */
const appConfigFile = resolveMainFilePath(path.join(root, sourceRoot, 'app.config'));

/** The app's main-package pages (app.config's `pages`; subpackages excluded), e.g. `pages/home/index`. */
function mainPackagePages(): string[] {
  const app: { pages?: string[] } = readConfig(appConfigFile);
  return app.pages ?? [];
}

/** NutUI's theme, which the app imports for every page (client/app.tsx). */
const nutuiTheme = /@nutui[\\/]nutui-react-taro[\\/]dist[\\/]styles[\\/]themes[\\/]default\.css$/;

/** Taro's React wrapper of its H5 components, which registers every component the app uses as it loads. */
const taroComponentWrapper = /@tarojs[\\/]components[\\/]lib[\\/]react[\\/]react-component-lib[\\/]createComponent\.js$/;

/** Taro's H5 router's tab bar module (config/loaders/router-without-taro-tab-bar.cjs). */
const taroRouterTabBar = /@tarojs[\\/]router[\\/]dist[\\/]tabbar\.js$/;

/** Taro's H5 router's page switching (config/loaders/router-page-loads.cjs). */
const taroRouterSpa = /@tarojs[\\/]router[\\/]dist[\\/]router[\\/]spa\.js$/;

/**
 * Runs one of config/loaders/ on the files `test` matches, on their source as read (before any
 * other loader; Taro's H5 entry loader, which writes the app's entry, still comes first).
 */
function rewriteWith(chain: Chain, loader: string, test: RegExp | string, options?: Record<string, unknown>): void {
  const use = chain.module
    .rule(loader)
    .test(test)
    .enforce('pre')
    .use(loader)
    .loader(path.join(__dirname, 'loaders', `${loader}.cjs`));
  if (options) use.options(options);
}

/** Both builds: NutUI's theme without the two embedded fonts no component of ours uses. */
function stripNutuiFonts(chain: Chain): void {
  rewriteWith(chain, 'strip-font-faces', nutuiTheme);
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhongzhi-enrollment',
    date: '2026-11-23',
    // NutUI is drawn at 375; so is everything of ours.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    // The benchmark builds its bare floor app with this same config from another source root.
    sourceRoot,
    outputRoot: process.env.TARO_OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // The CloudBase environment the mini-program calls (set TARO_APP_CLOUD_ENV when building for release).
      CLOUD_ENV_ID: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: compileInclude },
      postcss: { pxtransform: { enable: true, config: {} } },
      // Moves what only subpackages use (zod, dayjs, the form and staff code) out of the main
      // package; the main-package pages import neither zod nor dayjs, so both go.
      optimizeMainPackage: { enable: true },
      webpackChain(chain) {
        stripNutuiFonts(chain);
      },
      // Our class names do not collide with NutUI's, so the order pages import styles in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      compile: { include: compileInclude },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: { autoprefixer: { enable: true, config: {} } },
      webpackChain(chain) {
        // Without it zod and dayjs are copied into every page chunk.
        chain.optimization.splitChunks({ chunks: 'all' });
        // The main-package pages (the tabs a parent lands on, as the mini-program's main package
        // holds them) come in the app's script, so the first screen does not wait for a second
        // round trip; only the page opened runs (the loader says why). Subpackage pages (staff,
        // family forms) load when opened.
        rewriteWith(chain, 'main-pages-in-app-chunk', appConfigFile, { pages: mainPackagePages() });
        // The router's module would build Taro's tab bar class, which the custom tab bar never draws.
        rewriteWith(chain, 'router-without-taro-tab-bar', taroRouterTabBar);
        // A page that finishes loading after the person has gone elsewhere is not drawn; one that
        // cannot be fetched is said so, and the address goes back to the page still shown.
        rewriteWith(chain, 'router-page-loads', taroRouterSpa);
        stripNutuiFonts(chain);
        // View and Text as plain elements, every other component Taro's (h5-components.tsx says why).
        chain.resolve.alias.set('@tarojs/components$', path.join(h5ComponentsDir, 'h5-components.tsx'));
        rewriteWith(chain, 'define-components-on-first-use', taroComponentWrapper);
      },
      devServer: {
        port: 10086,
        // `npm run dev`: the functions and dev sign-in are served by the emulator.
        proxy: [{ context: ['/functions', '/dev'], target: process.env.EMULATOR_URL ?? 'http://127.0.0.1:8686' }],
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
