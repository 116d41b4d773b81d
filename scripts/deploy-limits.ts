/**
 * Every declaration of the deployment checked against the environment's limits
 * (config/cloudbase-limits.ts), each with its headroom. Any excess is a problem: `npm run deploy`
 * (dry run or real) stops before its first change.
 */
import { cloudbaseLimits as limits } from '../config/cloudbase-limits';
import type { DatabaseSchema } from '../config/database';
import type { FunctionPlan } from './deploy-plan';

export interface LimitCheck {
  limit: string;
  /** what the deployment declares, worst case */
  value: number;
  max: number;
  unit: string;
  ok: boolean;
  /** what is over, when it is */
  detail?: string;
}

/**
 * A synchronous payload of a spreadsheet action: the largest request it accepts (its upload as
 * base64 inside the JSON event), or the largest response it answers (an export's workbook as base64
 * inside its JSON, measured: scripts/export-sizes.ts), with what that worst case is.
 */
export interface PayloadDeclaration {
  name: string;
  bytes: number;
  worstCase?: string;
}

function check(limit: string, value: number, max: number, unit: string, detail?: string): LimitCheck {
  return { limit, value, max, unit, ok: value <= max, ...(value > max && detail ? { detail } : {}) };
}

export function limitChecks(
  functions: FunctionPlan,
  schema: DatabaseSchema,
  payloads: readonly PayloadDeclaration[],
  responses: readonly PayloadDeclaration[],
): LimitCheck[] {
  const fns = functions.functions;
  const collections = Object.entries(schema);
  const indexCount = ([, c]: (typeof collections)[number]) => c.indexes.length + 1; // and the built-in _id index
  const widest = collections.reduce((w, c) => (indexCount(c) > indexCount(w) ? c : w), collections[0] ?? ['', { indexes: [] }]);
  const most = <T>(items: T[], measure: (t: T) => number) =>
    items.reduce<T | undefined>((m, t) => (m === undefined || measure(t) > measure(m) ? t : m), undefined);
  const triggers = most(fns, (f) => f.triggers.length);
  const largest = most(fns, (f) => f.bytes);
  const memoryProblems = fns.filter(
    (f) => f.memorySize < limits.memoryMb.min || f.memorySize > limits.memoryMb.max || (f.memorySize !== 64 && f.memorySize % limits.memoryMb.step !== 0),
  );
  const timeoutProblems = fns.filter((f) => f.timeout < limits.timeoutSeconds.min || f.timeout > limits.timeoutSeconds.max);
  const payload = most([...payloads], (p) => p.bytes);
  const response = most([...responses], (p) => p.bytes);
  const largestExport = check(
    'largest synchronous response (a spreadsheet export, base64 in JSON)',
    response?.bytes ?? 0,
    limits.syncResponseBytes.max,
    'bytes',
  );
  return [
    check('functions per environment', fns.length, limits.functionsPerEnvironment.max, 'functions'),
    check('collections per environment', collections.length, limits.collectionsPerEnvironment.max, 'collections'),
    check('indexes per collection', widest ? indexCount(widest) : 0, limits.indexesPerCollection.max, 'indexes', widest?.[0]),
    check('timer triggers per function', triggers?.triggers.length ?? 0, limits.triggersPerFunction.max, 'triggers', triggers?.name),
    {
      limit: 'memory of each function',
      value: memoryProblems.length,
      max: 0,
      unit: `functions outside ${limits.memoryMb.min}, 128–${limits.memoryMb.max} MB in steps of ${limits.memoryMb.step}`,
      ok: memoryProblems.length === 0,
      ...(memoryProblems.length ? { detail: memoryProblems.map((f) => `${f.name} ${f.memorySize} MB`).join(', ') } : {}),
    },
    {
      limit: 'timeout of each function',
      value: timeoutProblems.length,
      max: 0,
      unit: `functions outside ${limits.timeoutSeconds.min}–${limits.timeoutSeconds.max} s`,
      ok: timeoutProblems.length === 0,
      ...(timeoutProblems.length ? { detail: timeoutProblems.map((f) => `${f.name} ${f.timeout} s`).join(', ') } : {}),
    },
    check('code of one function', largest?.bytes ?? 0, limits.codeBytesPerFunction.max, 'bytes', largest?.name),
    check('largest synchronous request (a spreadsheet upload, base64 in JSON)', payload?.bytes ?? 0, limits.syncRequestBytes.max, 'bytes', payload?.name),
    // which export, and at what worst case, is said whether or not it fits
    {
      ...largestExport,
      ...(response
        ? { detail: `${response.name}${response.worstCase ? `, ${response.worstCase}` : ''}; measured by npm run bench -- exports (scripts/export-sizes.ts)` }
        : {}),
    },
  ];
}

export function limitProblems(checks: readonly LimitCheck[]): string[] {
  return checks
    .filter((c) => !c.ok)
    .map((c) => `${c.limit}: ${c.value} ${c.unit} is over the environment's ${c.max}${c.detail ? ` (${c.detail})` : ''} — ${limits.plan}`);
}

export function formatLimitChecks(checks: readonly LimitCheck[]): string[] {
  const width = Math.max(...checks.map((c) => c.limit.length));
  return [
    `平台限制 / Platform limits (${limits.plan}; config/cloudbase-limits.ts):`,
    ...checks.map(
      (c) =>
        `  ${c.ok ? 'ok  ' : 'OVER'} ${c.limit.padEnd(width)}  ${c.value} / ${c.max} ${c.unit}${c.ok && c.max > 0 ? `, headroom ${Math.round((1 - c.value / c.max) * 100)}%` : ''}${c.detail ? ` — ${c.detail}` : ''}`,
    ),
  ];
}
