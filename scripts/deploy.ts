/**
 * `npm run deploy`: puts the built product into a CloudBase environment.
 *
 *   1. Database (@cloudbase/manager-node): reads the environment's collections and indexes, then
 *      creates the collections and indexes of config/database.ts that are missing. Nothing is
 *      dropped; an index whose name exists with other keys or uniqueness stops the deployment
 *      for the operator to resolve by hand. First, so that no function (the outboxDeliver timer
 *      starts at once) writes before its collections and unique indexes exist.
 *   2. Functions (@cloudbase/cli): `tcb fn deploy <name> --force` for every function of
 *      cloudbaserc.json, one at a time, stopping at the first failure; the CLI also creates the
 *      declared timer triggers. Then every function is read back (status, runtime, timeout,
 *      memory, handler, triggers), because the CLI can print an error and still exit 0; a
 *      declared trigger that is missing is created with `tcb fn trigger create <name>`.
 *   3. Static hosting (@cloudbase/cli): `tcb hosting deploy dist/h5`.
 *
 * `--dry-run` reads no credentials and opens no connection: it prints the plan with the database
 * assumed empty (everything "create"), since the environment's state is not read.
 *
 * It builds nothing: run `npm run build` first. Environment: ENV_ID (what cloudbaserc.json's
 * `{{env.ENV_ID}}` renders; also read from .env / .env.local like the CLI does),
 * TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY and, for temporary keys, TENCENTCLOUD_SESSIONTOKEN.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  createIndexes,
  databasePlan,
  formatDatabasePlan,
  formatFunctionPlan,
  formatHostingPlan,
  functionPlan,
  hostingPlan,
  summarize,
  type DatabasePlan,
  type ExistingIndex,
  type ExistingState,
  type FunctionPlanItem,
  type TriggerConfig,
} from './deploy-plan';
import { root } from './functions';
import { connect, envIdFromEnvironment, readCredentials, type CloudBaseManager, type Credentials } from './cloudbase-env';
import { formatLimitChecks, limitChecks, limitProblems, type PayloadDeclaration } from './deploy-limits';
import { boundedAnswers, measuredExports } from './export-sizes';
import { databaseSchema } from '../config/database';
import { sheetLimits } from '../cloudfunctions/_kit/platform/spreadsheet-read';

class DeployError extends Error {}

// ---------------------------------------------------------------------------------------------
// Arguments, build, environment

interface Options {
  dryRun: boolean;
}

const usage = 'usage: npm run deploy [-- --dry-run]   (tsx scripts/deploy.ts [--dry-run])';

function parseArgs(argv: string[]): Options {
  const options: Options = { dryRun: false };
  for (const arg of argv) {
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new DeployError(`未知参数 / unknown argument: ${arg}\n${usage}`);
  }
  return options;
}

function ensureBuilt(): void {
  const missing = [join('dist', 'cloudfunctions'), join('dist', 'h5', 'index.html')].filter((p) => !existsSync(join(root, p)));
  if (missing.length) {
    throw new DeployError(
      `尚未构建：缺少 ${missing.join('、')}。请先运行 npm run build。\n` +
        `Not built: ${missing.join(', ')} missing. Run \`npm run build\` first (deploy builds nothing itself).`,
    );
  }
  if (!statSync(join(root, 'dist', 'cloudfunctions')).isDirectory()) throw new DeployError('dist/cloudfunctions is not a directory');
}

function credentialsFromEnvironment(): Credentials {
  const read = readCredentials();
  if ('missing' in read) {
    throw new DeployError(
      `缺少环境变量 / Missing environment variables:\n${read.missing.map((m) => `  - ${m}`).join('\n')}\n` +
        '部署需要以上变量（临时密钥另设 TENCENTCLOUD_SESSIONTOKEN）。只查看计划请用 npm run deploy -- --dry-run（不需要密钥，不联网）。\n' +
        'A deployment needs them (plus TENCENTCLOUD_SESSIONTOKEN for temporary keys). To only see the plan: npm run deploy -- --dry-run (no credentials, no network).',
    );
  }
  return read.credentials;
}

// ---------------------------------------------------------------------------------------------
// The CLI

const tcbBin = join(root, 'node_modules', '@cloudbase', 'cli', 'bin', 'tcb');

interface Cli {
  run(args: string[], shown?: string[]): Promise<void>;
  dispose(): void;
}

/**
 * Runs the CLI with a HOME of its own: `tcb login` then uses exactly the keys given (not a login
 * already in ~/.config/.cloudbase), and the credential file it writes is deleted afterwards.
 * stdin is closed so that an unexpected prompt fails instead of waiting.
 */
function createCli(): Cli {
  const home = mkdtempSync(join(tmpdir(), 'tcb-home-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
  return {
    run(args, shown = args) {
      console.log(`\n$ tcb ${shown.join(' ')}`);
      return new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [tcbBin, ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code, signal) => {
          if (code === 0) resolve();
          else reject(new DeployError(`tcb ${shown.join(' ')} 失败 / failed (${signal ?? `exit code ${code}`})`));
        });
      });
    },
    dispose() {
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function mask(secret: string): string {
  return secret.length > 8 ? `${secret.slice(0, 4)}****` : '****';
}

// ---------------------------------------------------------------------------------------------
// Reading the environment back (@cloudbase/manager-node)

async function existingCollections(app: CloudBaseManager): Promise<string[]> {
  const names: string[] = [];
  const limit = 100;
  for (let offset = 0; ; offset += limit) {
    const page = await app.database.listCollections({ MgoLimit: limit, MgoOffset: offset });
    const collections = page.Collections ?? [];
    names.push(...collections.map((c) => c.CollectionName));
    if (collections.length < limit || names.length >= (page.Pager?.Total ?? 0)) return names;
  }
}

async function describeIndexes(app: CloudBaseManager, collection: string): Promise<ExistingIndex[]> {
  const table = await app.database.describeCollection(collection);
  return (table.Indexes ?? []).map((index) => ({
    name: index.Name,
    keys: (index.Keys ?? []).map((k) => ({ field: k.Name ?? '', direction: k.Direction ?? '' })),
    unique: index.Unique === true,
  }));
}

/** The environment's state for the declared collections (others are listed by name only). */
async function readExistingState(app: CloudBaseManager, declared: string[]): Promise<ExistingState> {
  const state: Record<string, ExistingIndex[] | string[]> = {};
  for (const name of await existingCollections(app)) state[name] = declared.includes(name) ? await describeIndexes(app, name) : [];
  return state;
}

// ---------------------------------------------------------------------------------------------
// Steps

async function deployDatabase(app: CloudBaseManager): Promise<void> {
  console.log('\n== 1/3 数据库 / Database (@cloudbase/manager-node) ==');
  const declared = databasePlan({}).collections.map((c) => c.name);
  const plan = databasePlan(await readExistingState(app, declared));
  console.log(formatDatabasePlan(plan).join('\n'));

  for (const collection of plan.collections) {
    if (collection.action === 'create') {
      console.log(`创建集合 / creating collection ${collection.name}`);
      await app.database.createCollection(collection.name);
    }
    const request = createIndexes(collection);
    if (request.length) {
      console.log(`创建索引 / creating indexes on ${collection.name}: ${request.map((i) => i.IndexName).join(', ')}`);
      await app.database.updateCollection(collection.name, { CreateIndexes: request });
    }
  }

  const conflicts = plan.collections.flatMap((c) =>
    c.indexes.flatMap((i) => (i.action === 'conflict' ? [`${c.name}.${i.index.name}: ${i.differences.join('; ')}`] : [])),
  );
  if (conflicts.length) {
    throw new DeployError(
      `索引冲突，需要人工处理（部署不会删除任何索引）/ Index conflicts to resolve by hand (deploy never drops an index):\n${conflicts.map((c) => `  - ${c}`).join('\n')}\n` +
        '在云开发控制台核对后删除或改名冲突的索引，再运行 npm run deploy。/ Check them in the CloudBase console, drop or rename the conflicting index, then run npm run deploy again.',
    );
  }

  const planned = summarize(plan);
  if (planned.collectionsToCreate + planned.indexesToCreate === 0) {
    console.log('数据库已是声明的状态，无需创建 / the database already holds every declared collection and index');
    return;
  }
  await verifyDatabase(app, declared);
}

/** Reads the state again: every planned creation must now be described (index builds may lag a little). */
async function verifyDatabase(app: CloudBaseManager, declared: string[]): Promise<void> {
  let remaining: DatabasePlan | undefined;
  for (let attempt = 0; attempt < 6; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, 5000));
    remaining = databasePlan(await readExistingState(app, declared));
    const s = summarize(remaining);
    if (s.collectionsToCreate + s.indexesToCreate + s.conflicts === 0) {
      console.log('数据库已核对：声明的集合与索引均已存在 / verified: every declared collection and index is described by the environment');
      return;
    }
  }
  throw new DeployError(`创建后仍未读到以下内容 / still missing after creation:\n${formatDatabasePlan(remaining ?? databasePlan({})).join('\n')}`);
}

const triggerSchema = z.array(
  z.object({
    TriggerName: z.string().nullish(),
    Name: z.string().nullish(),
    Type: z.string().nullish(),
    TriggerDesc: z.string().nullish(),
    Config: z.string().nullish(),
  }),
);

interface DeployedTrigger {
  name: string;
  type: string;
  cron: string;
}

/** SCF GetFunction answers TriggerName/TriggerDesc (manager-node's type says Name/Config): both are read. */
function deployedTriggers(raw: unknown): DeployedTrigger[] {
  const parsed = triggerSchema.safeParse(raw ?? []);
  if (!parsed.success) return [];
  return parsed.data.map((t) => {
    const desc = t.TriggerDesc ?? t.Config ?? '';
    let cron = desc;
    try {
      const json: unknown = JSON.parse(desc);
      const withCron = z.object({ cron: z.string() }).safeParse(json);
      if (withCron.success) cron = withCron.data.cron;
    } catch {
      // a plain cron expression
    }
    return { name: t.TriggerName ?? t.Name ?? '', type: t.Type ?? '', cron: cron.trim().replace(/\s+/g, ' ') };
  });
}

interface FunctionCheck {
  problems: string[];
  missingTriggers: TriggerConfig[];
  summary: string;
}

async function checkFunction(app: CloudBaseManager, fn: FunctionPlanItem): Promise<FunctionCheck> {
  const detail = await app.functions.getFunctionDetail(fn.name);
  const problems: string[] = [];
  if (detail.Status !== 'Active') problems.push(`status ${detail.Status}${detail.StatusDesc ? ` (${detail.StatusDesc})` : ''}`);
  if (detail.Runtime !== fn.runtime) problems.push(`runtime ${detail.Runtime}, declared ${fn.runtime}`);
  if (detail.Timeout !== fn.timeout) problems.push(`timeout ${detail.Timeout}s, declared ${fn.timeout}s`);
  if (detail.MemorySize !== fn.memorySize) problems.push(`memory ${detail.MemorySize}MB, declared ${fn.memorySize}MB`);
  if (detail.Handler !== fn.handler) problems.push(`handler ${detail.Handler}, declared ${fn.handler}`);
  const triggers = deployedTriggers(detail.Triggers);
  const missingTriggers: TriggerConfig[] = [];
  for (const want of fn.triggers) {
    const found = triggers.find((t) => t.name === want.name);
    if (!found) missingTriggers.push(want);
    else if (found.type !== want.type || found.cron !== want.config.trim().replace(/\s+/g, ' ')) {
      problems.push(
        `trigger ${want.name} is ${found.type} "${found.cron}", declared ${want.type} "${want.config}" ` +
          `(deploy never deletes a trigger: tcb fn trigger delete ${fn.name} ${want.name}, then deploy again)`,
      );
    }
  }
  const extra = triggers.filter((t) => !fn.triggers.some((w) => w.name === t.name)).map((t) => t.name);
  const summary =
    `${detail.Status} ${detail.Runtime} ${detail.Timeout}s ${detail.MemorySize}MB modified ${detail.ModTime}` +
    (extra.length ? `; undeclared triggers left as is: ${extra.join(', ')}` : '');
  return { problems, missingTriggers, summary };
}

async function deployFunctions(app: CloudBaseManager, cli: Cli, functions: FunctionPlanItem[], envId: string): Promise<void> {
  console.log('\n== 2/3 云函数 / Functions (@cloudbase/cli) ==');
  for (const fn of functions) await cli.run(['fn', 'deploy', fn.name, '--force', '-e', envId]);

  console.log('\n核对云函数 / verifying every function as the environment describes it');
  const failures: string[] = [];
  for (const fn of functions) {
    let check = await checkFunction(app, fn);
    if (check.missingTriggers.length) {
      console.log(`${fn.name}: 缺少触发器 / missing trigger(s) ${check.missingTriggers.map((t) => t.name).join(', ')}`);
      await cli.run(['fn', 'trigger', 'create', fn.name, '-e', envId]);
      check = await checkFunction(app, fn);
      if (check.missingTriggers.length) check.problems.push(`trigger(s) still missing: ${check.missingTriggers.map((t) => t.name).join(', ')}`);
    }
    console.log(`  ${check.problems.length ? '✗' : '✓'} ${fn.name}: ${check.summary}`);
    for (const p of check.problems) console.log(`      ${p}`);
    if (check.problems.length) failures.push(`${fn.name}: ${check.problems.join('; ')}`);
  }
  if (failures.length) throw new DeployError(`云函数与声明不一致 / functions differ from cloudbaserc.json:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
}

async function checkHosting(app: CloudBaseManager): Promise<void> {
  const sites = (await app.hosting.getInfo()) ?? [];
  const site = sites[0];
  if (!site || site.Status !== 'online') {
    throw new DeployError(
      `静态网站托管未开通或不可用（${site ? site.Status : '未开通'}）：请先在云开发控制台开通静态网站托管。\n` +
        `Static website hosting is ${site ? site.Status : 'not enabled'} in this environment: enable it in the CloudBase console first.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * The largest synchronous requests the product sends: each action's spreadsheet upload at the limit
 * its reader declares (sheetLimits), as base64 inside the JSON event, with room for the rest of it.
 */
function largestRequests(): PayloadDeclaration[] {
  return Object.entries(sheetLimits).map(([name, limits]) => ({ name, bytes: Math.ceil(limits.maxBytes / 3) * 4 + 1024 }));
}

/** The largest synchronous responses: each spreadsheet export's answer at its worst case, as measured, and the allocation's by their bound. */
function largestResponses(): PayloadDeclaration[] {
  return [...measuredExports, ...boundedAnswers].map((e) => ({ name: e.name, bytes: e.bytes, worstCase: e.worstCase }));
}

function printPlan(envId: string, dryRun: boolean): { problems: string[]; functions: FunctionPlanItem[] } {
  const functions = functionPlan();
  const hosting = hostingPlan();
  const lines: string[] = [];
  if (dryRun) {
    lines.push(
      '部署计划（演练：未读取密钥，未联网）/ Deployment plan — DRY RUN: no credentials read, no network.',
      '数据库的现有状态未读取，按空环境列出（全部为“创建”）；正式部署会先读取环境，只创建缺少的部分。',
      'The environment\'s existing database state is NOT read: it is assumed empty, so everything shows as "create". A real run reads it first and creates only what is missing.',
    );
  }
  lines.push(`环境 / environment: ${envId}`, '');
  if (dryRun) {
    lines.push(...formatDatabasePlan(databasePlan({})), '');
  } else {
    lines.push('数据库 / Database: read from the environment below, then only missing collections and indexes are created', '');
  }
  lines.push(...formatFunctionPlan(functions, envId), '', ...formatHostingPlan(hosting, envId));
  const checks = limitChecks(functions, databaseSchema, largestRequests(), largestResponses());
  lines.push('', ...formatLimitChecks(checks));
  lines.push(
    '',
    '注意 / Note: the H5 build calls /functions/<name> (client/services/calls/cloud.ts), which only the local emulator serves;',
    'on CloudBase static hosting those calls need an HTTP access route to each function, which this deployment does not create.',
  );
  console.log(lines.join('\n'));
  return { problems: [...functions.problems, ...hosting.problems, ...limitProblems(checks)], functions: functions.functions };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  ensureBuilt();

  if (options.dryRun) {
    const envId = envIdFromEnvironment();
    const { problems } = printPlan(envId ?? '<ENV_ID>', true);
    console.log(`\n${envId ? '' : '（未设置 ENV_ID / ENV_ID is not set: a real run needs it）\n'}演练结束，未做任何修改 / dry run: nothing was changed.`);
    if (problems.length) throw new DeployError(`计划不可部署 / the plan cannot be deployed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return;
  }

  const credentials = credentialsFromEnvironment();
  const { problems, functions } = printPlan(credentials.envId, false);
  if (problems.length) throw new DeployError(`计划不可部署 / the plan cannot be deployed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const app = await connect(credentials);
  await checkHosting(app);
  await deployDatabase(app);

  const cli = createCli();
  try {
    const login = [
      'login',
      '--apiKeyId',
      credentials.secretId,
      '--apiKey',
      credentials.secretKey,
      ...(credentials.token ? ['--token', credentials.token] : []),
    ];
    const shown = ['login', '--apiKeyId', mask(credentials.secretId), '--apiKey', '****', ...(credentials.token ? ['--token', '****'] : [])];
    await cli.run(login, shown);
    await deployFunctions(app, cli, functions, credentials.envId);
    console.log('\n== 3/3 静态托管 / Static hosting (@cloudbase/cli) ==');
    await cli.run(['hosting', 'deploy', join('dist', 'h5'), '-e', credentials.envId]);
  } finally {
    cli.dispose();
  }
  console.log(`\n部署完成 / deployed to ${credentials.envId}: database, ${functions.length} functions, static hosting.`);
  // R27: a new environment has no staff; the first bureau admin comes from a one-time setup code
  console.log(
    '新环境还没有教育局管理员时，为云函数设置 PERSONAL_DATA_KEY 后运行 npm run setup 取得初始设置码。/ A new environment: run npm run setup for the first bureau admin’s setup code.',
  );
}

main().catch((error: unknown) => {
  if (error instanceof DeployError) console.error(`\n${error.message}`);
  else console.error('\n部署失败 / deployment failed:', error);
  process.exit(1);
});
