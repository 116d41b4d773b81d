/**
 * `npm start`: the whole product on one local port — the H5 app, its cloud functions run in-process
 * against the emulator, demo data loaded on the first start, and the sign-in personas.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { personas } from './personas';
import { seedIfEmpty } from './seed';
import { startEmulator } from './server';

const root = join(__dirname, '..');

async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? join(root, '.data');
  mkdirSync(dataDir, { recursive: true });
  const emulator = await startEmulator({
    dbFile: process.env.DB_FILE ?? join(dataDir, 'local.sqlite'),
    port: Number(process.env.PORT ?? 8686),
    functionsDir: join(root, 'dist', 'cloudfunctions'),
    h5Dir: join(root, 'dist', 'h5'),
    configureSdk: true,
  });
  const seeded = seedIfEmpty(emulator.store);
  console.log(`\n中职招生服务已在本地启动：${emulator.url}/`);
  console.log(seeded ? '已载入演示数据。' : '使用已有的本地数据（删除 .data/ 可恢复演示数据）。');
  console.log(`演示身份（在 ${emulator.url}/dev/ 切换）：`);
  for (const p of personas) console.log(`  ${p.label.padEnd(6, '　')} ${p.description}`);
  console.log(`微信开放接口调用记录：${emulator.url}/dev/wx-messages\n`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('启动失败：', error);
  process.exit(1);
});
