import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
/** Code outside client/ that Taro must compile: the shared rules, and zod (ES2020) for old WeChat runtimes. */
const compileInclude = [path.join(root, 'shared'), path.join(root, 'config'), path.join(root, 'node_modules', 'zod')];

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhongzhi-enrollment',
    date: '2026-11-23',
    // NutUI is drawn at 375; so is everything of ours.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    // The benchmark builds its bare floor app with this same config from another source root.
    sourceRoot: process.env.TARO_SOURCE_ROOT ?? 'client',
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
      optimizeMainPackage: { enable: true },
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
