/**
 * What a deployed function's bundle carries, read from esbuild's metafile of the very build that
 * ships (bundleOptions of scripts/build-functions.ts): its size, and whether a function a family's
 * phone calls carries code it should never pay for — exceljs, the spreadsheet reader or a workbook
 * writer, or another function's actions (the bureau's above all). Used by the cold-start bench
 * (`npm run bench -- coldstart`) and tests/unit/function-bundles.test.ts; byte counts depend only
 * on the sources and node_modules, not on the machine.
 */
import { build, type Metafile } from 'esbuild';
import { join, posix, relative } from 'node:path';
import { functionUnits, type FunctionUnit } from '../../config/functions';
import { bundleOptions } from '../build-functions';
import { root } from '../functions';

export interface FunctionBundle {
  name: string;
  /** the shipped index.js, in bytes */
  bytes: number;
  /** of which our own sources (cloudfunctions/, shared/, config/), in bytes of output */
  ownBytes: number;
  metafile: Metafile;
  /** the bundle's entry, as the metafile names inputs (relative to the repository) */
  entry: string;
}

/** Builds a function as it ships (nothing written) and keeps its metafile. */
export async function functionBundle(name: string): Promise<FunctionBundle> {
  const options = bundleOptions(name, join(root, 'dist', 'metafile', name, 'index.js'));
  const result = await build({ ...options, metafile: true, write: false, logLevel: 'error' });
  const output = result.outputFiles?.find((f) => f.path.endsWith('index.js'));
  const out = Object.values(result.metafile.outputs)[0];
  if (!output || !out) throw new Error(`${name}: esbuild wrote no index.js`);
  const ownBytes = Object.entries(out.inputs).reduce((n, [path, i]) => n + (path.startsWith('node_modules/') ? 0 : i.bytesInOutput), 0);
  const entries = Array.isArray(options.entryPoints) ? options.entryPoints : [];
  const first = entries[0];
  const entry = relative(root, typeof first === 'string' ? first : (first?.in ?? ''))
    .split('\\')
    .join('/');
  return { name, bytes: output.contents.length, ownBytes, metafile: result.metafile, entry };
}

/** What a function a family's phone calls must not carry, each with why. */
const forbidden: Array<{ why: string; test: (input: string) => boolean }> = [
  { why: 'exceljs (the spreadsheet library)', test: (p) => /(^|\/)node_modules\/exceljs\//.test(p) || p === 'exceljs' },
  { why: "the spreadsheet reader's unzip and XML parser (fflate, saxes)", test: (p) => /(^|\/)node_modules\/(fflate|saxes)\//.test(p) },
  { why: 'the spreadsheet reader', test: (p) => /(^|\/)spreadsheet-read\.ts$/.test(p) },
  { why: 'a workbook writer', test: (p) => /workbook[^/]*\.ts$/.test(p) },
];

export interface Trespass {
  /** the module (or external package) the bundle should not hold */
  module: string;
  why: string;
  /** how the entry reaches it: entry → … → module */
  chain: string[];
}

/** Every module the bundle imports, bundled or left external (an external is named by its import path). */
function modulesOf(metafile: Metafile): string[] {
  const bundled = Object.keys(metafile.inputs);
  const externals = Object.values(metafile.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path));
  return [...new Set([...bundled, ...externals])];
}

/**
 * The modules an import brings. A router's `require(\`./${action}/index.ts\`)` is a glob to esbuild,
 * which bundles every file it matches but records only the pattern (as an external): the files are
 * the bundle's inputs that match it, beside the importing file.
 */
function imported(metafile: Metafile, from: string, path: string): string[] {
  if (!path.includes('*')) return [path];
  const base = posix.join(posix.dirname(from), path);
  const pattern = base
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const matches = new RegExp(`^${pattern}$`);
  return Object.keys(metafile.inputs).filter((input) => matches.test(input));
}

/** The shortest chain of imports from the entry to `target` (breadth first over the metafile). */
export function importChain(metafile: Metafile, entry: string, target: string): string[] {
  const previous = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === target) break;
    for (const next of (metafile.inputs[at]?.imports ?? []).flatMap((i) => imported(metafile, at, i.path))) {
      if (previous.has(next)) continue;
      previous.set(next, at);
      queue.push(next);
    }
  }
  if (!previous.has(target)) return [target];
  const chain: string[] = [];
  for (let at: string | null | undefined = target; at; at = previous.get(at)) chain.unshift(at);
  return chain;
}

/**
 * What `bundle` (of `unit`) holds that it should not: any action of another function — a bundle's
 * actions are the folders beside its router, so a module under cloudfunctions/<other function>/ is
 * another function's code, the bureau's included — and, for the functions families call, exceljs,
 * the spreadsheet reader and the workbook writers. Each with the chain of imports that brings it.
 */
export function trespasses(unit: FunctionUnit, bundle: FunctionBundle, spreadsheets: 'forbidden' | 'allowed' = 'forbidden'): Trespass[] {
  const others = functionUnits.filter((u) => u !== unit);
  const found: Trespass[] = [];
  for (const module of modulesOf(bundle.metafile)) {
    const other = others.find((u) => module.startsWith(`cloudfunctions/${u}/`));
    const rule = spreadsheets === 'forbidden' ? forbidden.find((f) => f.test(module)) : undefined;
    const why = other ? `an action of the ${other} function` : rule?.why;
    if (why) found.push({ module, why, chain: importChain(bundle.metafile, bundle.entry, module) });
  }
  return found;
}

/** The functions a family's phone calls: they must never load spreadsheet code. */
export const familyFacing: readonly FunctionUnit[] = ['public', 'family'];

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
