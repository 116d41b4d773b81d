import { cloudbaseLimits } from '../../config/cloudbase-limits';
import { databaseSchema, type DatabaseSchema } from '../../config/database';
import { deployedFunctions } from '../../config/functions';
import { sheetLimits } from '../../cloudfunctions/_kit/platform/spreadsheet-read';
import { formatLimitChecks, limitChecks, limitProblems, type PayloadDeclaration } from '../../scripts/deploy-limits';
import { boundedAnswers, measuredExports } from '../../scripts/export-sizes';
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
const plan = (functions: FunctionPlanItem[]): FunctionPlan => ({
  envIdTemplate: '{{env.ENV_ID}}',
  functionRoot: 'dist/cloudfunctions',
  functions,
  problems: [],
  warnings: [],
});
const upload = [{ name: 'registryImport', bytes: 4 * 1024 * 1024 }];
const measured = measuredExports;
const overExport = [
  ...measuredExports,
  { name: 'earlyStudyExport', bytes: cloudbaseLimits.syncResponseBytes.max + 1, worstCase: 'every graduate of a larger city' },
];
const timer = (n: number) => ({ name: `t${n}`, type: 'timer', config: '0 0 9 * * * *' });
const collections = (n: number, indexes = 1): DatabaseSchema =>
  Object.fromEntries(
    Array.from({ length: n }, (_v, i) => [`c${i}`, { indexes: Array.from({ length: indexes }, (_w, j) => ({ name: `i${j}`, keys: { [`f${j}`]: 1 } })) }]),
  ) as DatabaseSchema;
const over = (checks: ReturnType<typeof limitChecks>) => checks.filter((c) => !c.ok).map((c) => c.limit);

test('the product as declared fits, each limit with its headroom', () => {
  const checks = limitChecks(plan(Array.from({ length: 8 }, (_v, i) => fn(`f${i}`))), databaseSchema, upload, measured);
  expect(over(checks)).toEqual([]);
  expect(checks.map((c) => c.limit)).toHaveLength(9);
  // the largest export as measured, named with its worst case and its headroom
  const largest = [...measuredExports].sort((a, b) => b.bytes - a.bytes)[0];
  const response = checks.find((c) => c.limit.startsWith('largest synchronous response'));
  expect(response).toMatchObject({
    value: largest?.bytes,
    max: 6 * 1024 * 1024,
    ok: true,
    detail: expect.stringContaining(`${largest?.name}, ${largest?.worstCase}`),
  });
  expect(formatLimitChecks(checks).find((l) => l.includes('largest synchronous response'))).toMatch(
    /^ {2}ok {3}largest synchronous response .* \d+ \/ 6291456 bytes, headroom \d+% — /,
  );
});

test('every action of the sheets function is held to the 6 MB ceiling: an upload by its reader’s limits, an export by its measured answer, the allocation’s by their bound', () => {
  const declared = [...Object.keys(sheetLimits), ...measuredExports.map((e) => e.name), ...boundedAnswers.map((e) => e.name)].sort();
  for (const answer of boundedAnswers) expect(answer.bytes).toBeLessThan(cloudbaseLimits.syncResponseBytes.max);
  expect(declared).toEqual([...deployedFunctions.sheets.actions].sort());
});

test.each([
  ['functions per environment', plan(Array.from({ length: cloudbaseLimits.functionsPerEnvironment.max + 1 }, (_v, i) => fn(`f${i}`))), collections(3), upload],
  ['collections per environment', plan([fn('a')]), collections(cloudbaseLimits.collectionsPerEnvironment.max + 1), upload],
  ['indexes per collection', plan([fn('a')]), collections(1, cloudbaseLimits.indexesPerCollection.max), upload],
  [
    'timer triggers per function',
    plan([fn('timers', { triggers: Array.from({ length: cloudbaseLimits.triggersPerFunction.max + 1 }, (_v, i) => timer(i)) })]),
    collections(3),
    upload,
  ],
  ['memory of each function', plan([fn('a', { memorySize: 4096 })]), collections(3), upload],
  ['memory of each function', plan([fn('a', { memorySize: 200 })]), collections(3), upload],
  ['timeout of each function', plan([fn('a', { timeout: 901 })]), collections(3), upload],
  ['timeout of each function', plan([fn('a', { timeout: 0 })]), collections(3), upload],
  ['code of one function', plan([fn('a', { bytes: cloudbaseLimits.codeBytesPerFunction.max + 1 })]), collections(3), upload],
  [
    'largest synchronous request (a spreadsheet upload, base64 in JSON)',
    plan([fn('a')]),
    collections(3),
    [{ name: 'registryImport', bytes: cloudbaseLimits.syncRequestBytes.max + 1 }],
  ],
  ['largest synchronous response (a spreadsheet export, base64 in JSON)', plan([fn('a')]), collections(3), upload, overExport],
] as const)(
  'over the limit of %s: a problem that stops the deployment, named',
  (limit, functions, schema, payloads, responses: readonly PayloadDeclaration[] = measured) => {
    const checks = limitChecks(functions, schema, payloads, responses);
    expect(over(checks)).toEqual([limit]);
    expect(limitProblems(checks)).toEqual([expect.stringMatching(new RegExp(`^${limit.replace(/[()]/g, '\\$&')}: .* is over the environment's`))]);
  },
);
