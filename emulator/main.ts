/**
 * `npm start`: the whole product on one local port — the H5 app, its cloud functions run in-process
 * against the emulator, demo data loaded on the first start, and the sign-in personas. The port
 * opens only once the data is ready: the demo season is made through the functions, whose SDK
 * reaches the emulator on a private port of its own, so no one sees a half-made season.
 *
 * LOCAL_EMPTY=1 starts a new city instead (R27): nothing seeded, its own data directory
 * (.data-empty/, so the demo's is never touched), and while it has no bureau admin each start
 * prints a one-time setup code, exactly as `npm run setup` issues one for a real environment.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { seasonSchema } from '../shared/records/season';
import { seasonInForce } from '../shared/season-rules';
import { isWithin } from '../shared/windows';
import { personas } from './personas';
import { seedIfEmpty } from './seed';
import { seedDemoActivity } from './seed/activity';
import { FunctionRunner } from './functions';
import { startEmulator } from './server';
import { newInvocationId, withInvocation } from './db/round-trips';
import { startTimers } from './timers';

const root = join(__dirname, '..');

/** Fails at once, before any data is made, when the port is taken (it is opened only at the end). */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`端口 ${port} 已被占用（另一个 npm start？可用 PORT=… 换一个端口）`) : error),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Runs `work` without the functions' log line per call (hundreds while the demo is made), unless FUNCTION_LOG is set. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  if (process.env.FUNCTION_LOG !== undefined) return work();
  process.env.FUNCTION_LOG = 'off';
  try {
    return await work();
  } finally {
    delete process.env.FUNCTION_LOG;
  }
}

/** Issues and prints a setup code while the empty environment has no bureau admin (the functions' own code, in this process). */
async function printSetupCode(): Promise<void> {
  const { issueSetupCode } = await import('../cloudfunctions/domains/staff/setup-codes');
  const { now } = await import('../cloudfunctions/_kit/platform/clock');
  const { setupCodeBanner } = await import('../scripts/setup-code-banner');
  const issued = await issueSetupCode(now());
  if ('refused' in issued) console.log('这个空环境已有教育局管理员（不再生成初始设置码）；其他工作人员由他邀请。');
  else console.log(setupCodeBanner(issued.code, issued.expiresAt, '本地空环境'));
}

async function main(): Promise<void> {
  const empty = process.env.LOCAL_EMPTY === '1';
  const dataDir = process.env.DATA_DIR ?? join(root, empty ? '.data-empty' : '.data');
  mkdirSync(dataDir, { recursive: true });
  const port = Number(process.env.PORT ?? 8686);
  await assertPortFree(port);
  const dbFile = process.env.DB_FILE ?? join(dataDir, 'local.sqlite');
  // A first start stopped while the demo was being made (Ctrl-C) leaves this mark: the half-made
  // data is dropped and made again, rather than kept as if it were the whole demo.
  const seeding = `${dbFile}.seeding`;
  if (existsSync(seeding)) {
    console.log('上次启动在准备演示数据时被中断，重新准备演示数据。');
    for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, seeding]) rmSync(file, { force: true });
  }
  if (!existsSync(dbFile) && !empty) writeFileSync(seeding, `${new Date().toISOString()}\n`);
  const emulator = await startEmulator({
    dbFile,
    // a private port for the functions' SDK; the public one opens when the data is ready
    port: 0,
    // (other builds may be served instead, e.g. to run journeys while dist/ is being rebuilt)
    functionsDir: process.env.FUNCTIONS_DIR ?? join(root, 'dist', 'cloudfunctions'),
    h5Dir: process.env.H5_DIR ?? join(root, 'dist', 'h5'),
    configureSdk: true,
    dbDelayMs: Number(process.env.LOCAL_DB_DELAY_MS ?? 0),
  });
  const functionsDir = process.env.FUNCTIONS_DIR ?? join(root, 'dist', 'cloudfunctions');
  const seeded = !empty && seedIfEmpty(emulator.store);
  // a season under way, made through the functions themselves (DEMO_ACTIVITY=0 starts from the plain demo)
  const demo = seeded && process.env.DEMO_ACTIVITY !== '0';
  if (demo) console.log('正在准备演示数据（约 200 份志愿表，经真实的云函数提交）…');
  const started = Date.now();
  const activity = demo ? await quietly(() => seedDemoActivity(new FunctionRunner(functionsDir), emulator.store)) : 0;
  if (demo) console.log(`演示数据已准备好（${((Date.now() - started) / 1000).toFixed(0)} 秒）。`);
  rmSync(seeding, { force: true });
  const url = await emulator.listen(port);
  console.log(`\n中职招生服务已在本地启动：${url}/`);
  if (empty) {
    console.log(`空环境：没有任何演示数据（数据在 ${dataDir}，删除即重新从空开始；演示数据在 .data/，不受影响）。`);
    console.log(`在 ${url}/dev/ 选任一身份（这里它们都只是普通微信用户），打开“我的 → 我是工作人员”，输入下面的初始设置码。`);
    await printSetupCode();
  } else {
    console.log(seeded ? `已载入演示数据${activity ? `（含 ${activity} 份演示志愿表）` : ''}。` : '使用已有的本地数据（删除 .data/ 可恢复演示数据）。');
    console.log(`演示身份（在 ${url}/dev/ 切换）：`);
    for (const p of personas) console.log(`  ${p.label.padEnd(6, '　')} ${p.description}`);
  }
  console.log(`微信开放接口调用记录：${url}/dev/wx-messages`);
  const clock = process.env.LOCAL_EMULATOR_NOW;
  const at = clock ? new Date(clock) : new Date();
  const season = seasonInForce(
    emulator.store.find('seasons', {}).map((s) => seasonSchema.parse(s)),
    at,
  );
  if (!season && !empty) throw new Error('本地数据中没有招生季设置（删除 .data/ 可恢复演示数据）');
  if (!season) console.log(`还没有招生季设置${clock ? `（服务器时钟已设为 ${clock}）` : ''}。\n`);
  else {
    const open = isWithin(season.choices, at);
    console.log(
      `志愿填报时间 ${season.choices.start} 至 ${season.choices.end}，现在${open ? '可以' : '不能'}填报` +
        (clock ? `（服务器时钟已设为 ${clock}）。\n` : `；演示填报请设置 LOCAL_EMULATOR_NOW=2027-04-15T10:00:00+08:00。\n`),
    );
  }
  // the timers CloudBase would fire (LOCAL_TIMERS=0: none). A clock set by LOCAL_EMULATOR_NOW stands
  // still for the functions; the timers count the minutes that pass from it, so messages are still
  // delivered every minute and the daily jobs run when their hour comes.
  // each timer run is an invocation of the product, its requests counted like a call's (not as writes from outside)
  const timerRunner = new FunctionRunner(functionsDir);
  const asInvocation = {
    invoke: (name: string, event: unknown, identity: { openid: string }) => {
      const id = newInvocationId();
      return withInvocation(id, () => timerRunner.invoke(name, event, identity)).finally(() => emulator.roundTrips.take(id));
    },
  };
  const timers =
    process.env.LOCAL_TIMERS === '0'
      ? null
      : startTimers(asInvocation, ((started) => () => (clock ? at.getTime() + (Date.now() - started) : Date.now()))(Date.now()));
  if (timers) console.log('定时任务（投递消息、提醒、清理等）按 config/functions.ts 的触发器在本地运行；LOCAL_TIMERS=0 可关闭。\n');
  const stop = () => {
    timers?.stop();
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('启动失败：', error);
  process.exit(1);
});
