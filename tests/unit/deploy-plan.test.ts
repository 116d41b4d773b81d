import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { collections, databaseSchema, type DatabaseSchema } from '../../config/database';
import {
  applyDatabasePlan,
  builtInIndexName,
  createIndexes,
  databasePlan,
  declaredIndex,
  functionPlan,
  readCloudbaserc,
  summarize,
  type DatabasePlan,
  type ExistingIndex,
  type ExistingState,
} from '../../scripts/deploy-plan';
import { root } from '../../scripts/functions';

/** `npm run deploy`'s plan: every declared collection and index, creations only, idempotent. */

const declared = Object.entries(databaseSchema).flatMap(([collection, spec]) => spec.indexes.map((index) => ({ collection, index })));

function creates(plan: DatabasePlan): string[] {
  return plan.collections.flatMap((c) => [
    ...(c.action === 'create' ? [c.name] : []),
    ...c.indexes.flatMap((i) => (i.action === 'create' ? [`${c.name}.${i.index.name}`] : [])),
  ]);
}

/** An index described exactly as the environment would describe what the plan creates. */
function describedAsDeclared(collection: string, name: string): ExistingIndex {
  const spec = databaseSchema[collection]?.indexes.find((i) => i.name === name);
  if (!spec) throw new Error(`${collection}.${name} is not declared`);
  const { keys, unique } = declaredIndex(spec);
  return { name, keys, unique };
}

test('against an empty environment the plan creates every declared collection and index, with its fields, directions and uniqueness', () => {
  const plan = databasePlan({});
  expect(plan.collections.map((c) => c.name)).toEqual(Object.keys(databaseSchema));
  expect(plan.collections.every((c) => c.action === 'create')).toBe(true);
  expect(creates(plan)).toHaveLength(Object.keys(databaseSchema).length + declared.length);

  for (const { collection, index } of declared) {
    const request = createIndexes(plan.collections.find((c) => c.name === collection)!);
    const sent = request.find((r) => r.IndexName === index.name);
    expect(sent?.MgoKeySchema.MgoIndexKeys).toEqual(Object.entries(index.keys).map(([Name, direction]) => ({ Name, Direction: String(direction) })));
    expect(sent?.MgoKeySchema.MgoIsUnique).toBe(index.unique === true);
  }
});

/** Half the collections exist; of those, some indexes are described fully, some by name, some missing. */
function partlyDeployed(): { existing: ExistingState; expected: string[] } {
  const existing: Record<string, Array<string | ExistingIndex>> = {};
  const expected: string[] = [];
  Object.entries(databaseSchema).forEach(([collection, spec], n) => {
    if (n % 2 === 1) {
      expected.push(collection, ...spec.indexes.map((i) => `${collection}.${i.name}`));
      return;
    }
    existing[collection] = [{ name: builtInIndexName, keys: [{ field: '_id', direction: 1 }], unique: true }];
    spec.indexes.forEach((index, i) => {
      if (i === 0) existing[collection]!.push(describedAsDeclared(collection, index.name));
      else if (i === 1) existing[collection]!.push(index.name);
      else expected.push(`${collection}.${index.name}`);
    });
  });
  return { existing, expected };
}

test('against an environment holding part of the schema only the missing collections and indexes are created', () => {
  const { existing, expected } = partlyDeployed();
  const plan = databasePlan(existing);
  expect(creates(plan).sort()).toEqual([...expected].sort());
  expect(summarize(plan).conflicts).toBe(0);
  for (const c of plan.collections.filter((c) => c.action === 'exists')) {
    for (const i of c.indexes.filter((i) => i.action !== 'create')) expect(i.action).toBe('exists');
    expect(createIndexes(c).map((r) => r.IndexName)).toEqual(c.indexes.filter((i) => i.action === 'create').map((i) => i.index.name));
  }
});

test('the plan is idempotent: once applied, planning again creates nothing', () => {
  for (const start of [{}, partlyDeployed().existing]) {
    const first = databasePlan(start);
    const after = applyDatabasePlan(start, first);
    const again = databasePlan(after);
    expect(creates(again)).toEqual([]);
    expect(summarize(again)).toMatchObject({ collectionsToCreate: 0, indexesToCreate: 0, conflicts: 0 });
    expect(again.collections.every((c) => c.indexes.every((i) => i.action === 'exists'))).toBe(true);
    expect(applyDatabasePlan(after, again)).toEqual(after);
  }
});

test('indexes and collections the schema does not declare are left as is, never dropped', () => {
  const extra: ExistingIndex = { name: 'legacy_email', keys: [{ field: 'email', direction: 1 }], unique: true };
  const state = applyDatabasePlan({}, databasePlan({}));
  const existing: ExistingState = { ...state, staff: [...(state.staff ?? []), extra, builtInIndexName], scratch: ['old_index'] };
  const plan = databasePlan(existing);
  const staff = plan.collections.find((c) => c.name === 'staff')!;
  expect(staff.leftAsIs).toEqual([extra, { name: builtInIndexName }]);
  expect(plan.undeclaredCollections).toEqual(['scratch']);
  expect(creates(plan)).toEqual([]);
  // the only actions a plan knows are create, exists and conflict: there is no drop to send
  const actions = new Set(plan.collections.flatMap((c) => [c.action, ...c.indexes.map((i) => i.action)]));
  expect([...actions].every((a) => ['create', 'exists', 'conflict'].includes(a))).toBe(true);
  // the state after applying still holds the undeclared index and collection
  const after = applyDatabasePlan(existing, plan);
  expect(after.staff).toContainEqual(extra);
  expect(after.scratch).toEqual(['old_index']);
});

test('an existing index of the same name with other keys or uniqueness is a conflict, neither created nor dropped', () => {
  const state = applyDatabasePlan({}, databasePlan({}));
  const staffOpenid = describedAsDeclared('staff', 'openid');
  const brochureQueue = describedAsDeclared('brochures', 'queue');
  const existing: ExistingState = {
    ...state,
    staff: [{ ...staffOpenid, unique: false }, ...(state.staff ?? []).filter((i) => typeof i === 'string' || i.name !== 'openid')],
    brochures: [
      {
        ...brochureQueue,
        keys: [
          { field: 'status', direction: 1 },
          { field: 'submittedAt', direction: -1 },
        ],
      },
      ...(state.brochures ?? []).filter((i) => typeof i === 'string' || i.name !== 'queue'),
    ],
  };
  const plan = databasePlan(existing);
  const conflicts = plan.collections.flatMap((c) =>
    c.indexes.flatMap((i) => (i.action === 'conflict' ? [{ collection: c.name, name: i.index.name, differences: i.differences }] : [])),
  );
  expect(conflicts.map((c) => `${c.collection}.${c.name}`).sort()).toEqual(['brochures.queue', 'staff.openid']);
  expect(conflicts.find((c) => c.name === 'openid')?.differences.join()).toMatch(/not unique in the environment, unique declared/);
  expect(conflicts.find((c) => c.name === 'queue')?.differences.join()).toMatch(/keys \{ status: 1, submittedAt: -1 \} in the environment/);
  expect(creates(plan)).toEqual([]);
  for (const c of plan.collections) expect(createIndexes(c)).toEqual([]);
});

/** Whether a stored record may lack the (dotted) field, by the collection's record schema. */
function mayLack(schema: z.ZodType, path: readonly string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return false;
  if (!(schema instanceof z.ZodObject)) return true;
  const field: unknown = schema.shape[head];
  if (!(field instanceof z.ZodType)) return true;
  if (field.safeParse(undefined).success) return true;
  return rest.length > 0 && mayLack(field, rest);
}

test('a unique index over a field some documents lack is sparse, single-field, and reaches CloudBase as MgoIsSparse', () => {
  const plan = databasePlan({});
  const overOptional = declared.filter(({ collection, index }) => {
    const record = collections[collection as keyof typeof collections].record;
    return index.unique === true && Object.keys(index.keys).some((field) => mayLack(record, field.split('.')));
  });
  // the schema has such indexes today (choiceForms.activeKey, brochures.filing.number): the check is not vacuous
  expect(overOptional.length).toBeGreaterThan(0);
  for (const { collection, index } of overOptional) {
    const sent = createIndexes(plan.collections.find((c) => c.name === collection)!).find((r) => r.IndexName === index.name);
    expect({ collection, index: index.name, sparse: sent?.MgoKeySchema.MgoIsSparse }).toEqual({ collection, index: index.name, sparse: true });
    // a sparse compound index still indexes a document holding any of its keys, so missing values would collide
    expect({ collection, index: index.name, fields: Object.keys(index.keys).length }).toEqual({ collection, index: index.name, fields: 1 });
  }
});

test('sparseness follows the declaration, as in MongoDB: only an index that says sparse: true is sparse', () => {
  const schema: DatabaseSchema = {
    things: {
      indexes: [
        { name: 'code', keys: { code: 1 }, unique: true },
        { name: 'serial', keys: { serial: 1 }, unique: true, sparse: false },
        { name: 'tag', keys: { tag: 1 } },
        { name: 'hint', keys: { hint: 1 }, sparse: true },
      ],
    },
  };
  const sent = createIndexes(databasePlan({}, schema).collections[0]!).map((r) => [r.IndexName, r.MgoKeySchema.MgoIsUnique, r.MgoKeySchema.MgoIsSparse]);
  expect(sent).toEqual([
    ['code', true, false],
    ['serial', true, false],
    ['tag', false, false],
    ['hint', false, true],
  ]);
  // the environment does not report sparseness: an existing sparse index is accepted, with the gap said aloud
  const existing: ExistingState = { things: [{ name: 'hint', keys: [{ field: 'hint', direction: '1' }], unique: false }] };
  const hint = databasePlan(existing, schema).collections[0]!.indexes[3]!;
  expect(hint.action).toBe('exists');
  expect(hint.action === 'exists' && hint.notes.join()).toMatch(/sparseness not reported/);
  // when it is reported and differs, it is a conflict
  const dense: ExistingState = { things: [{ name: 'hint', keys: [{ field: 'hint', direction: 1 }], unique: false, sparse: false }] };
  expect(databasePlan(dense, schema).collections[0]!.indexes[3]!.action).toBe('conflict');
});

// ---------------------------------------------------------------------------------------------
// Functions

const work = mkdtempSync(join(tmpdir(), 'deploy-plan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the function plan reads cloudbaserc.json and each bundle: missing bundles and bad timer crons are problems', () => {
  const dir = join(work, 'fixture');
  mkdirSync(join(dir, 'dist', 'cloudfunctions', 'a'), { recursive: true });
  mkdirSync(join(dir, 'dist', 'cloudfunctions', 'stray'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'cloudfunctions', 'a', 'index.js'), 'exports.main = async () => 1;\n');
  writeFileSync(join(dir, 'dist', 'cloudfunctions', 'a', 'package.json'), JSON.stringify({ dependencies: { '@cloudbase/node-sdk': '3.18.3' } }));
  const fn = { runtime: 'Nodejs18.15', timeout: 10, memorySize: 256, installDependency: true, handler: 'index.main' };
  writeFileSync(
    join(dir, 'cloudbaserc.json'),
    JSON.stringify({
      envId: '{{env.ENV_ID}}',
      functionRoot: './dist/cloudfunctions',
      functions: [
        { name: 'a', ...fn, triggers: [{ name: 'tick', type: 'timer', config: '0 */1 * * *' }] },
        { name: 'b', ...fn },
      ],
    }),
  );
  const plan = functionPlan(dir);
  expect(plan.functions.map((f) => [f.name, f.files, f.dependencies])).toEqual([
    ['a', 2, { '@cloudbase/node-sdk': '3.18.3' }],
    ['b', 0, {}],
  ]);
  expect(plan.functions[0]!.bytes).toBeGreaterThan(0);
  expect(plan.problems).toEqual([
    expect.stringMatching(/^a: trigger tick cron "0 \*\/1 \* \* \*" must have 7 fields/),
    expect.stringMatching(/^b: no bundle at dist\/cloudfunctions\/b/),
  ]);
  expect(plan.warnings).toEqual([expect.stringMatching(/dist\/cloudfunctions\/stray is built but not in cloudbaserc.json/)]);
});

// ---------------------------------------------------------------------------------------------
// The script itself, as `npm run deploy` runs it

const built = existsSync(join(root, 'dist', 'cloudfunctions')) && existsSync(join(root, 'dist', 'h5', 'index.html'));

/** Loaded into every node process of the run: any TCP connection or DNS lookup ends it with 97. */
const noNetwork = join(work, 'no-network.cjs');
writeFileSync(
  noNetwork,
  `const net = require('node:net');
const dns = require('node:dns');
const refuse = (what) => { process.stderr.write('NETWORK ATTEMPT: ' + what + '\\n'); process.exit(97); };
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const local = typeof first === 'string' || (first && typeof first === 'object' && typeof first.path === 'string');
  if (!local) refuse('connect ' + JSON.stringify(first));
  return connect.apply(this, args);
};
dns.lookup = (host) => refuse('dns ' + host);
`,
);

function deploy(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${noNetwork}` };
  for (const name of ['ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY', 'TENCENTCLOUD_SESSIONTOKEN']) delete env[name];
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/deploy.ts', ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('--dry-run needs no credentials and no network, and prints every function, collection and index', () => {
  if (!built) throw new Error('build first: npm run build (the dry run reads dist/cloudfunctions and dist/h5)');
  const { status, stdout, stderr } = deploy(['--dry-run']);
  expect({ status, stderr: stderr.replace(/npm warn.*\n/g, '') }).toEqual({ status: 0, stderr: '' });
  expect(stdout).toMatch(/DRY RUN: no credentials read, no network/);
  expect(stdout).toMatch(/assumed empty/);
  for (const fn of readCloudbaserc().functions) expect(stdout).toMatch(new RegExp(`^  ${fn.name} +\\d`, 'm'));
  expect(stdout).toMatch(/timer every-minute "0 \*\/1 \* \* \* \* \*"/);
  for (const name of Object.keys(databaseSchema)) expect(stdout).toContain(`+ create collection ${name}\n`);
  for (const { index } of declared) expect(stdout).toContain(`+ create index ${index.name} {`);
  expect(stdout).toMatch(/tcb hosting deploy dist\/h5/);
  // every platform limit, checked with its headroom
  expect(stdout).toMatch(/ok +functions per environment +8 \/ 50 functions/);
  expect(stdout).not.toMatch(/OVER/);
});

test('a real run without credentials stops before any connection and says what is missing', () => {
  if (!built) throw new Error('build first: npm run build');
  const { status, stderr } = deploy([]);
  expect(status).toBe(1);
  expect(stderr).not.toMatch(/NETWORK ATTEMPT/);
  expect(stderr).toMatch(/TENCENTCLOUD_SECRETID/);
  expect(stderr).toMatch(/TENCENTCLOUD_SECRETKEY/);
  expect(stderr).toMatch(/--dry-run/);
});
