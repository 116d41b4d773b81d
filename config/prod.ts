import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: true, stats: false },
} satisfies UserConfigExport<'webpack5'>;
