import { cloudbaseLimits } from '../../config/cloudbase-limits';
import { databaseSchema, type DatabaseSchema } from '../../config/database';
import { limitChecks, limitProblems } from '../../scripts/deploy-limits';
import type { FunctionPlan, FunctionPlanItem } from '../../scripts/deploy-plan';

/** The deploy plan checks every platform limit before it changes anything: each one fed a declaration over it. */
const fn = (name: string, over: Partial<FunctionPlanItem> = {}): FunctionPlanItem => ({
  name,
  dir: `dist/cloudfunctions/${name}`,
  bytes: 1_800_000,
  files: 2,
  runtime: 'Nodejs18.15',
  timeout: 20,
  memorySize: 256,
  handler: 'index.main',
  installDependency: true,
  dependencies: {},
  triggers: [],
  ...over,
});
const plan = (functions: FunctionPlanItem[]): FunctionPlan => ({ envIdTemplate: '{{env.ENV_ID}}', functionRoot: 'dist/cloudfunctions', functions, problems: [], warnings: [] });
const upload = [{ name: 'registryImport', bytes: 4 * 1024 * 1024 }];
const timer = (n: number) => ({ name: `t${n}`, type: 'timer', config: '0 0 9 * * * *' });
const collections = (n: number, indexes = 1): DatabaseSchema =>
  Object.fromEntries(Array.from({ length: n }, (_v, i) => [`c${i}`, { indexes: Array.from({ length: indexes }, (_w, j) => ({ name: `i${j}`, keys: { [`f${j}`]: 1 } })) }])) as DatabaseSchema;
const over = (checks: ReturnType<typeof limitChecks>) => checks.filter((c) => !c.ok).map((c) => c.limit);

test('the product as declared fits, each limit with its headroom', () => {
  const checks = limitChecks(plan(Array.from({ length: 8 }, (_v, i) => fn(`f${i}`))), databaseSchema, upload);
  expect(over(checks)).toEqual([]);
  expect(checks.map((c) => c.limit)).toHaveLength(8);
});

test.each([
  ['functions per environment', plan(Array.from({ length: cloudbaseLimits.functionsPerEnvironment.max + 1 }, (_v, i) => fn(`f${i}`))), collections(3), upload],
  ['collections per environment', plan([fn('a')]), collections(cloudbaseLimits.collectionsPerEnvironment.max + 1), upload],
  ['indexes per collection', plan([fn('a')]), collections(1, cloudbaseLimits.indexesPerCollection.max), upload],
  ['timer triggers per function', plan([fn('timers', { triggers: Array.from({ length: cloudbaseLimits.triggersPerFunction.max + 1 }, (_v, i) => timer(i)) })]), collections(3), upload],
  ['memory of each function', plan([fn('a', { memorySize: 4096 })]), collections(3), upload],
  ['memory of each function', plan([fn('a', { memorySize: 200 })]), collections(3), upload],
  ['timeout of each function', plan([fn('a', { timeout: 901 })]), collections(3), upload],
  ['timeout of each function', plan([fn('a', { timeout: 0 })]), collections(3), upload],
  ['code of one function', plan([fn('a', { bytes: cloudbaseLimits.codeBytesPerFunction.max + 1 })]), collections(3), upload],
  ['largest synchronous request (a spreadsheet upload, base64 in JSON)', plan([fn('a')]), collections(3), [{ name: 'registryImport', bytes: cloudbaseLimits.syncRequestBytes.max + 1 }]],
] as const)('over the limit of %s: a problem that stops the deployment, named', (limit, functions, schema, payloads) => {
  const checks = limitChecks(functions, schema, payloads);
  expect(over(checks)).toEqual([limit]);
  expect(limitProblems(checks)).toEqual([expect.stringMatching(new RegExp(`^${limit.replace(/[()]/g, '\\$&')}: .* is over the environment's`))]);
});
