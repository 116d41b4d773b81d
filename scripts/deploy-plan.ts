/**
 * The deployment plan, as pure functions over files and described state: what `npm run deploy`
 * (scripts/deploy.ts) would send to a CloudBase environment, and what `--dry-run` prints.
 *
 * - Functions: every entry of cloudbaserc.json with its bundle under dist/cloudfunctions/<name>/
 *   (size, runtime, timeout, memory, handler, dependencies, timer triggers).
 * - Static hosting: the H5 build under dist/h5/.
 * - Database: every collection and index of config/database.ts, compared with a described existing
 *   state. Only creations are ever planned: what exists is left, what exists but is not declared is
 *   left as is, and an index whose name exists with other keys or uniqueness is a conflict for the
 *   operator to resolve by hand. Nothing is ever dropped.
 *
 * An index is sparse only when config/database.ts says `sparse: true`, as in MongoDB and the
 * emulator: a unique index over a field some records lack ("one active X", the field unset when
 * inactive) must say so, or CloudBase would count the missing values as duplicates. The flag
 * reaches CloudBase as `MgoKeySchema.MgoIsSparse` (UpdateTable, tcb API 2018-06-08).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { databaseSchema as declaredSchema, type DatabaseSchema, type IndexSpec } from '../config/database';
import { root as repoRoot } from './functions';

// ---------------------------------------------------------------------------------------------
// Cloud functions (cloudbaserc.json + dist/cloudfunctions)

const triggerSchema = z.object({ name: z.string().min(1), type: z.string(), config: z.string() });

const functionConfigSchema = z.object({
  name: z.string().min(1),
  runtime: z.string().min(1),
  timeout: z.number().int().positive(),
  memorySize: z.number().int().positive(),
  handler: z.string().min(1),
  installDependency: z.boolean().optional(),
  triggers: z.array(triggerSchema).optional(),
});

const cloudbasercSchema = z.object({
  envId: z.string(),
  functionRoot: z.string(),
  functions: z.array(functionConfigSchema),
});

export type TriggerConfig = z.infer<typeof triggerSchema>;
export type FunctionConfig = z.infer<typeof functionConfigSchema>;
export type Cloudbaserc = z.infer<typeof cloudbasercSchema>;

export interface FunctionPlanItem {
  name: string;
  /** the bundle directory, relative to the repository */
  dir: string;
  bytes: number;
  files: number;
  runtime: string;
  timeout: number;
  memorySize: number;
  handler: string;
  installDependency: boolean;
  /** what CloudBase installs for the function (its package.json), when installDependency is on */
  dependencies: Record<string, string>;
  triggers: TriggerConfig[];
}

export interface FunctionPlan {
  /** envId as cloudbaserc.json writes it (`{{env.ENV_ID}}`: the CLI renders it from ENV_ID) */
  envIdTemplate: string;
  functionRoot: string;
  functions: FunctionPlanItem[];
  /** anything that makes the plan undeployable (missing bundle, unsupported trigger, …) */
  problems: string[];
  /** worth knowing, not blocking (a bundle no entry of cloudbaserc.json deploys) */
  warnings: string[];
}

export function readCloudbaserc(rootDir: string = repoRoot): Cloudbaserc {
  const file = join(rootDir, 'cloudbaserc.json');
  return cloudbasercSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

interface DirSize {
  bytes: number;
  files: number;
}

function dirSize(dir: string): DirSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = dirSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const packageJsonSchema = z.object({ dependencies: z.record(z.string(), z.string()).optional() });

/** CloudBase timer triggers take a 7-field cron: second minute hour day month weekday year. */
export function isCloudBaseCron(config: string): boolean {
  return config.trim().split(/\s+/).length === 7;
}

export function functionPlan(rootDir: string = repoRoot): FunctionPlan {
  const rc = readCloudbaserc(rootDir);
  const functionRoot = join(rootDir, rc.functionRoot);
  const problems: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const functions: FunctionPlanItem[] = [];

  for (const fn of rc.functions) {
    if (seen.has(fn.name)) problems.push(`cloudbaserc.json declares function ${fn.name} twice`);
    seen.add(fn.name);
    const dir = join(functionRoot, fn.name);
    const item: FunctionPlanItem = {
      name: fn.name,
      dir: relative(rootDir, dir),
      bytes: 0,
      files: 0,
      runtime: fn.runtime,
      timeout: fn.timeout,
      memorySize: fn.memorySize,
      handler: fn.handler,
      installDependency: fn.installDependency ?? false,
      dependencies: {},
      triggers: fn.triggers ?? [],
    };
    functions.push(item);

    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      problems.push(`${fn.name}: no bundle at ${item.dir} (run npm run build:functions)`);
    } else {
      Object.assign(item, dirSize(dir));
      const entryFile = `${fn.handler.split('.')[0] ?? 'index'}.js`;
      if (!existsSync(join(dir, entryFile))) problems.push(`${fn.name}: handler ${fn.handler} needs ${item.dir}/${entryFile}, which is missing`);
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg)) item.dependencies = packageJsonSchema.parse(JSON.parse(readFileSync(pkg, 'utf8'))).dependencies ?? {};
      else if (item.installDependency) problems.push(`${fn.name}: installDependency is on but ${item.dir}/package.json is missing`);
    }

    for (const trigger of item.triggers) {
      // @cloudbase/manager-node (FunctionService.createFunctionTriggers) only creates timer triggers
      if (trigger.type !== 'timer') problems.push(`${fn.name}: trigger ${trigger.name} has type ${trigger.type}; only timer triggers are supported`);
      else if (!isCloudBaseCron(trigger.config))
        problems.push(`${fn.name}: trigger ${trigger.name} cron "${trigger.config}" must have 7 fields (second minute hour day month weekday year)`);
    }
  }

  if (existsSync(functionRoot)) {
    for (const entry of readdirSync(functionRoot, { withFileTypes: true })) {
      if (entry.isDirectory() && !seen.has(entry.name))
        warnings.push(`${relative(rootDir, join(functionRoot, entry.name))} is built but not in cloudbaserc.json: not deployed`);
    }
  }

  return { envIdTemplate: rc.envId, functionRoot: relative(rootDir, functionRoot), functions, problems, warnings };
}

// ---------------------------------------------------------------------------------------------
// Static hosting (dist/h5)

export interface HostingPlan {
  /** the directory uploaded, relative to the repository */
  dir: string;
  /** where it lands in the static hosting bucket ('' = the root) */
  cloudPath: string;
  bytes: number;
  files: number;
  problems: string[];
}

export function hostingPlan(rootDir: string = repoRoot): HostingPlan {
  const dir = join(rootDir, 'dist', 'h5');
  const plan: HostingPlan = { dir: relative(rootDir, dir), cloudPath: '', bytes: 0, files: 0, problems: [] };
  if (!existsSync(join(dir, 'index.html'))) {
    plan.problems.push(`no H5 build at ${plan.dir}/index.html (run npm run build:h5)`);
    return plan;
  }
  return { ...plan, ...dirSize(dir) };
}

// ---------------------------------------------------------------------------------------------
// Database (config/database.ts against a described existing state)

export interface IndexKey {
  field: string;
  direction: 1 | -1;
}

/** An index as config/database.ts declares it, with sparseness resolved. */
export interface DeclaredIndex {
  name: string;
  keys: IndexKey[];
  unique: boolean;
  sparse: boolean;
}

/**
 * An index as an environment describes it (DescribeTable answers Name, Keys and Unique; it does not
 * say whether an index is sparse, so `sparse` is usually unknown).
 */
export interface ExistingIndex {
  name: string;
  keys: Array<{ field: string; direction: number | string }>;
  unique: boolean;
  sparse?: boolean;
}

/** Existing collections, each with its indexes: by name only, or described. */
export type ExistingState = Record<string, ReadonlyArray<string | ExistingIndex>>;

export type IndexPlan =
  | { action: 'create'; index: DeclaredIndex }
  | { action: 'exists'; index: DeclaredIndex; notes: string[] }
  | { action: 'conflict'; index: DeclaredIndex; existing: ExistingIndex; differences: string[] };

export interface CollectionPlan {
  name: string;
  action: 'create' | 'exists';
  indexes: IndexPlan[];
  /** existing indexes config/database.ts does not declare: never dropped */
  leftAsIs: Array<ExistingIndex | { name: string }>;
}

export interface DatabasePlan {
  collections: CollectionPlan[];
  /** existing collections config/database.ts does not declare: never dropped */
  undeclaredCollections: string[];
}

/** CloudBase's name for the index every collection has on _id. */
export const builtInIndexName = '_id_';

/** Sparse only when declared so (see the header of this file). */
export function isSparse(index: IndexSpec): boolean {
  return index.sparse === true;
}

export function declaredIndex(index: IndexSpec): DeclaredIndex {
  return {
    name: index.name,
    keys: Object.entries(index.keys).map(([field, direction]) => ({ field, direction })),
    unique: index.unique === true,
    sparse: isSparse(index),
  };
}

function keysText(keys: ReadonlyArray<{ field: string; direction: number | string }>): string {
  return `{ ${keys.map((k) => `${k.field}: ${k.direction}`).join(', ')} }`;
}

function compare(declared: DeclaredIndex, existing: ExistingIndex): { differences: string[]; notes: string[] } {
  const differences: string[] = [];
  const notes: string[] = [];
  const want = keysText(declared.keys);
  const have = keysText(existing.keys.map((k) => ({ field: k.field, direction: String(k.direction) })));
  if (want !== have) differences.push(`keys ${have} in the environment, ${want} declared`);
  if (declared.unique !== existing.unique)
    differences.push(`${existing.unique ? 'unique' : 'not unique'} in the environment, ${declared.unique ? 'unique' : 'not unique'} declared`);
  if (existing.sparse === undefined) {
    if (declared.sparse) notes.push('sparseness not reported by the environment: not verified');
  } else if (existing.sparse !== declared.sparse) {
    differences.push(`${existing.sparse ? 'sparse' : 'not sparse'} in the environment, ${declared.sparse ? 'sparse' : 'not sparse'} declared`);
  }
  return { differences, notes };
}

/**
 * What to do to make `existing` hold every declared collection and index: creations only. The
 * order is config/database.ts's.
 */
export function databasePlan(existing: ExistingState, schema: DatabaseSchema = declaredSchema): DatabasePlan {
  const collections = Object.entries(schema).map(([name, spec]): CollectionPlan => {
    const current = existing[name];
    const described = (current ?? []).map((i) => (typeof i === 'string' ? { name: i } : i));
    const declared = spec.indexes.map(declaredIndex);
    const indexes = declared.map((index): IndexPlan => {
      const found = described.find((i) => i.name === index.name);
      if (!found) return { action: 'create', index };
      if (!('keys' in found)) return { action: 'exists', index, notes: ['described by name only: keys and uniqueness not compared'] };
      const { differences, notes } = compare(index, found);
      return differences.length ? { action: 'conflict', index, existing: found, differences } : { action: 'exists', index, notes };
    });
    const declaredNames = new Set(declared.map((i) => i.name));
    return {
      name,
      action: current ? 'exists' : 'create',
      indexes,
      leftAsIs: described.filter((i) => !declaredNames.has(i.name)),
    };
  });
  const undeclaredCollections = Object.keys(existing)
    .filter((name) => !(name in schema))
    .sort();
  return { collections, undeclaredCollections };
}

/** The CreateIndexes entry of an UpdateTable request (what @cloudbase/manager-node's updateCollection sends). */
export interface MgoCreateIndex {
  IndexName: string;
  MgoKeySchema: {
    MgoIndexKeys: Array<{ Name: string; Direction: string }>;
    MgoIsUnique: boolean;
    MgoIsSparse: boolean;
  };
}

export function mgoCreateIndex(index: DeclaredIndex): MgoCreateIndex {
  return {
    IndexName: index.name,
    MgoKeySchema: {
      MgoIndexKeys: index.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })),
      MgoIsUnique: index.unique,
      MgoIsSparse: index.sparse,
    },
  };
}

/** The indexes a collection's plan creates, as one UpdateTable CreateIndexes list. */
export function createIndexes(collection: CollectionPlan): MgoCreateIndex[] {
  return collection.indexes.flatMap((i) => (i.action === 'create' ? [mgoCreateIndex(i.index)] : []));
}

/** The state the environment would describe once the plan's creations are applied. */
export function applyDatabasePlan(existing: ExistingState, plan: DatabasePlan): ExistingState {
  const next: Record<string, Array<string | ExistingIndex>> = {};
  for (const [name, indexes] of Object.entries(existing)) next[name] = [...indexes];
  for (const collection of plan.collections) {
    const indexes = (next[collection.name] ??= []);
    for (const i of collection.indexes) {
      if (i.action === 'create') indexes.push({ name: i.index.name, keys: i.index.keys, unique: i.index.unique, sparse: i.index.sparse });
    }
  }
  return next;
}

export interface DatabaseSummary {
  collectionsToCreate: number;
  collectionsExisting: number;
  indexesToCreate: number;
  indexesExisting: number;
  conflicts: number;
  leftAsIs: number;
  undeclaredCollections: number;
}

export function summarize(plan: DatabasePlan): DatabaseSummary {
  const indexes = plan.collections.flatMap((c) => c.indexes);
  return {
    collectionsToCreate: plan.collections.filter((c) => c.action === 'create').length,
    collectionsExisting: plan.collections.filter((c) => c.action === 'exists').length,
    indexesToCreate: indexes.filter((i) => i.action === 'create').length,
    indexesExisting: indexes.filter((i) => i.action === 'exists').length,
    conflicts: indexes.filter((i) => i.action === 'conflict').length,
    leftAsIs: plan.collections.reduce((n, c) => n + c.leftAsIs.length, 0),
    undeclaredCollections: plan.undeclaredCollections.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Text

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export function indexText(index: DeclaredIndex): string {
  const flags = [index.unique ? 'unique' : 'not unique', ...(index.sparse ? ['sparse'] : [])];
  return `${index.name} ${keysText(index.keys)} ${flags.join(', ')}`;
}

function existingIndexText(index: ExistingIndex | { name: string }): string {
  const builtIn = index.name === builtInIndexName ? ' (built-in)' : '';
  if (!('keys' in index)) return `${index.name}${builtIn}`;
  return `${index.name} ${keysText(index.keys)} ${index.unique ? 'unique' : 'not unique'}${index.sparse ? ', sparse' : ''}${builtIn}`;
}

export function formatFunctionPlan(plan: FunctionPlan, envId: string): string[] {
  const header = ['function', 'size', 'files', 'runtime', 'timeout', 'memory', 'handler', 'install deps', 'triggers'];
  const rows = plan.functions.map((f) => [
    f.name,
    formatBytes(f.bytes),
    String(f.files),
    f.runtime,
    `${f.timeout}s`,
    `${f.memorySize}MB`,
    f.handler,
    f.installDependency
      ? Object.entries(f.dependencies)
          .map(([d, v]) => `${d}@${v}`)
          .join(' ') || '(none)'
      : 'no',
    f.triggers.map((t) => `${t.type} ${t.name} "${t.config}"`).join('; ') || '-',
  ]);
  const total = plan.functions.reduce((n, f) => n + f.bytes, 0);
  return [
    `云函数 / Cloud functions: ${plan.functions.length} from cloudbaserc.json (functionRoot ${plan.functionRoot}, envId "${plan.envIdTemplate}"), ${formatBytes(total)} in all`,
    `  each: tcb fn deploy <name> --force -e ${envId}   (creates or overwrites code and config, and creates the declared triggers)`,
    ...table([header, ...rows]).map((l) => `  ${l}`),
    ...plan.warnings.map((w) => `  warning: ${w}`),
    ...plan.problems.map((p) => `  PROBLEM: ${p}`),
  ];
}

export function formatHostingPlan(plan: HostingPlan, envId: string): string[] {
  return [
    `静态托管 / Static hosting: ${plan.dir} (${plan.files} files, ${formatBytes(plan.bytes)}) → ${plan.cloudPath || '/'} of the environment's static hosting`,
    `  tcb hosting deploy ${plan.dir} -e ${envId}   (uploads and overwrites; files already in the bucket but not in the build are left)`,
    ...plan.problems.map((p) => `  PROBLEM: ${p}`),
  ];
}

export function formatDatabasePlan(plan: DatabasePlan): string[] {
  const lines: string[] = [];
  const s = summarize(plan);
  lines.push(
    `数据库 / Database: ${plan.collections.length} collections declared in config/database.ts — create ${s.collectionsToCreate}, existing ${s.collectionsExisting}; ` +
      `indexes: create ${s.indexesToCreate}, existing ${s.indexesExisting}, conflicts ${s.conflicts}, left as is ${s.leftAsIs}`,
  );
  lines.push('  legend: + create   = exists (left)   ! conflict (resolve by hand; never dropped)   ~ not declared (left as is; never dropped)');
  for (const c of plan.collections) {
    lines.push(`  ${c.action === 'create' ? '+ create collection' : '= collection'} ${c.name}${c.action === 'exists' ? ' (exists)' : ''}`);
    for (const i of c.indexes) {
      if (i.action === 'create') lines.push(`      + create index ${indexText(i.index)}`);
      else if (i.action === 'exists') lines.push(`      = index ${indexText(i.index)} (exists${i.notes.length ? `; ${i.notes.join('; ')}` : ''})`);
      else lines.push(`      ! conflict index ${indexText(i.index)}: ${i.differences.join('; ')}`);
    }
    for (const i of c.leftAsIs) lines.push(`      ~ index ${existingIndexText(i)} (not declared: left as is)`);
  }
  for (const name of plan.undeclaredCollections) lines.push(`  ~ collection ${name} (not declared: left as is)`);
  return lines;
}
