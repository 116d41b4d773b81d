import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: false },
} satisfies UserConfigExport<'webpack5'>;
