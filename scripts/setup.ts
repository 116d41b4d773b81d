/**
 * `npm run setup`: issues the one-time setup code that makes a new environment's first bureau
 * admin (R27), and prints it once. Run it after the first `npm run deploy`, and again if every
 * bureau admin has been lost; while a bureau admin exists it issues nothing (they invite people).
 *
 * It writes the code's keyed hash straight to the environment's database with the deployment's own
 * credentials (ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY, as `npm run deploy` reads
 * them): no function can issue a code, so nobody reaching the functions can make themselves the
 * first admin. The hash is keyed with the functions' PERSONAL_DATA_KEY — taken from this
 * environment variable when set, otherwise read from the deployed `staff` function's configuration
 * (the function that checks the code), never printed.
 *
 * `npm run setup -- --local` does the same against the emulator of a running `npm start` on this
 * machine (PORT, 8686 unless set). A server clock moved by LOCAL_EMULATOR_NOW must be given here too.
 */
import { connect, readCredentials, type CloudBaseManager } from './cloudbase-env';
import { setupCodeBanner } from './setup-code-banner';

class SetupError extends Error {}

const usage = 'usage: npm run setup [-- --local]   (tsx scripts/setup.ts [--local])';

function parseArgs(argv: string[]): { local: boolean } {
  const options = { local: false };
  for (const arg of argv) {
    if (arg === '--local') options.local = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new SetupError(`未知参数 / unknown argument: ${arg}\n${usage}`);
  }
  return options;
}

/** The key the deployed staff function hashes codes with: each function is given the same one in the console. */
async function keyOfStaffFunction(app: CloudBaseManager): Promise<string> {
  const detail = await app.functions.getFunctionDetail('staff');
  const key = detail.Environment?.Variables?.find((v) => v.Key === 'PERSONAL_DATA_KEY')?.Value;
  if (!key) {
    throw new SetupError(
      '云函数 staff 尚未设置 PERSONAL_DATA_KEY：请先在云开发控制台为每个云函数设置它（见 README“部署到云开发”），再运行 npm run setup。\n' +
        'The staff function has no PERSONAL_DATA_KEY yet: set it for every function in the CloudBase console, then run npm run setup again.',
    );
  }
  return key;
}

/** Points this process's SDK at the environment (the functions' own data access is then used as is); answers where that is. */
async function pointAtEnvironment(local: boolean): Promise<string> {
  if (local) {
    const port = Number(process.env.PORT ?? 8686);
    const { pointSdkAt } = await import('../emulator/functions');
    pointSdkAt(`http://127.0.0.1:${port}/admin`);
    return `本地环境 127.0.0.1:${port}`;
  }
  const read = readCredentials();
  if ('missing' in read) {
    throw new SetupError(
      `缺少环境变量 / Missing environment variables:\n${read.missing.map((m) => `  - ${m}`).join('\n')}\n` +
        '与 npm run deploy 相同的变量（临时密钥另设 TENCENTCLOUD_SESSIONTOKEN）；本地模拟器请用 npm run setup -- --local。\n' +
        'The same variables as npm run deploy; for the local emulator: npm run setup -- --local.',
    );
  }
  const { credentials } = read;
  const key = process.env.PERSONAL_DATA_KEY?.trim() || (await keyOfStaffFunction(await connect(credentials)));
  if (Buffer.from(key, 'base64').length !== 32) throw new SetupError('PERSONAL_DATA_KEY 应为 32 字节的 base64 / PERSONAL_DATA_KEY must be 32 bytes, base64');
  // the SDK (@cloudbase/node-sdk) outside a function: the environment by name, the keys from these variables
  process.env.SCF_NAMESPACE = credentials.envId;
  process.env.TCB_ENV = credentials.envId;
  process.env.TENCENTCLOUD_SECRETID = credentials.secretId;
  process.env.TENCENTCLOUD_SECRETKEY = credentials.secretKey;
  if (credentials.token) process.env.TENCENTCLOUD_SESSIONTOKEN = credentials.token;
  process.env.PERSONAL_DATA_KEY = key;
  return `云开发环境 ${credentials.envId}`;
}

async function main(): Promise<void> {
  const { local } = parseArgs(process.argv.slice(2));
  const where = await pointAtEnvironment(local);
  // loaded only now: the SDK reads its environment when the data access is first loaded
  const { issueSetupCode } = await import('../cloudfunctions/domains/staff/setup-codes');
  const { now } = await import('../cloudfunctions/_kit/platform/clock');
  let issued;
  try {
    issued = await issueSetupCode(now());
  } catch (error) {
    if (local && /ECONNREFUSED|fetch failed|socket hang up/i.test(String((error as Error)?.message ?? error))) {
      throw new SetupError(`${where} 没有在运行：请先在另一个终端运行 npm start（空环境：LOCAL_EMPTY=1 npm start）。`);
    }
    throw error;
  }
  if ('refused' in issued) {
    console.log(`${where} 已有教育局管理员，不需要也不会生成初始设置码：请教育局管理员在“工作人员”中邀请其他人。`);
    return;
  }
  console.log(setupCodeBanner(issued.code, issued.expiresAt, where));
}

main().catch((error: unknown) => {
  if (error instanceof SetupError) console.error(`\n${error.message}`);
  else console.error('\n初始设置码未能生成 / setup failed:', error);
  process.exit(1);
});
