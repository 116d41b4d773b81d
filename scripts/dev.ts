/**
 * `npm run dev`: functions rebuilt on every edit (and reloaded by the emulator), the H5 app served
 * by Taro's dev server with hot reload on :10086, calling the emulator on :8686 through its proxy.
 */
import { spawn } from 'node:child_process';
import { root } from './functions';

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`[dev] ${label} 已退出（${code ?? 'signal'}）`);
    process.exit(code ?? 1);
  });
  return child;
}

const children = [
  run('functions', 'npx', ['tsx', 'scripts/build-functions.ts', '--watch']),
  run('emulator', 'npx', ['tsx', 'emulator/main.ts'], { PORT: '8686' }),
  run('h5', 'npx', ['taro', 'build', '--type', 'h5', '--watch'], { NODE_ENV: 'development' }),
];
console.log('[dev] 打开 http://127.0.0.1:10086/ （修改后自动刷新）；演示身份：http://127.0.0.1:10086/dev/');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(0);
  });
}
