import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections, databaseSchema } from '../../config/database';
import { demoData } from '../../emulator/seed';
import { brochureSchema } from '../../shared/records/brochure';
import { majorSchema } from '../../shared/records/major';
import { isQualified, schoolSchema } from '../../shared/records/school';
import { functionNames, root } from '../../scripts/functions';
import { cloudbasercText } from '../../scripts/cloudbaserc';
import { deployedFunctions, functionOf } from '../../config/functions';
import { readdirSync } from 'node:fs';
import { demoSeason as season } from '../../emulator/seed/season';

/** The project's declarations agree with each other. */
test('cloudbaserc.json is made from config/functions.ts (npm run cloudbaserc) and deploys exactly the functions under cloudfunctions/', () => {
  expect(readFileSync(join(root, 'cloudbaserc.json'), 'utf8')).toBe(cloudbasercText());
  expect(Object.keys(deployedFunctions).sort()).toEqual(functionNames());
});

test('each deployed function is a folder of exactly the actions declared for it, each action in one function; at most 12 functions', () => {
  expect(functionNames().length).toBeLessThanOrEqual(12);
  for (const [unit, f] of Object.entries(deployedFunctions)) {
    const folders = readdirSync(join(root, 'cloudfunctions', unit), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect({ unit, actions: [...folders].sort() }).toEqual({ unit, actions: [...f.actions].sort() });
  }
  const all = Object.values(deployedFunctions).flatMap((f) => [...f.actions]);
  expect(new Set(all).size).toBe(all.length);
  expect(Object.keys(functionOf).sort()).toEqual([...all].sort());
  // every job a timer runs is an action of the timers function
  for (const t of deployedFunctions.timers.triggers) for (const job of t.jobs) expect(deployedFunctions.timers.actions).toContain(job);
});

test('every demo record parses with the schema of its collection, and every collection is declared', () => {
  for (const [collection, docs] of Object.entries(demoData)) {
    expect(Object.keys(databaseSchema)).toContain(collection);
    const schema = collections[collection as keyof typeof collections].record;
    for (const doc of docs) expect(() => schema.parse(doc)).not.toThrow();
  }
});

test('the demo data has schools qualified and not, majors filed and not, and a brochure in every review state', () => {
  const schools = demoData.schools?.map((s) => schoolSchema.parse(s)) ?? [];
  expect(new Set(schools.map((s) => isQualified(s, season.year)))).toEqual(new Set([true, false]));
  expect(new Set(demoData.majors?.map((m) => majorSchema.parse(m).filed))).toEqual(new Set([true, false]));
  expect(new Set(demoData.brochures?.map((b) => brochureSchema.parse(b).status))).toEqual(new Set(brochureSchema.shape.status.options));
});

test('each built function installs exactly what it loads: the spreadsheet function gets exceljs (loaded on first use by an export), the rest nothing (the SDK is bundled)', () => {
  const dependenciesOf = (name: string) =>
    Object.keys(
      (JSON.parse(readFileSync(join(root, 'dist', 'cloudfunctions', name, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
    ).sort();
  expect(dependenciesOf('sheets')).toEqual(['exceljs']);
  for (const unit of functionNames().filter((u) => u !== 'sheets')) expect({ unit, dependencies: dependenciesOf(unit) }).toEqual({ unit, dependencies: [] });
});

test('domain code lives in cloudfunctions/domains/<domain>/ and its tests in the mirrored tests/functions/<domain>/; _kit holds only the platform', () => {
  const folders = (dir: string) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  const domains = folders('cloudfunctions/domains');
  expect(domains.length).toBeGreaterThan(5);
  expect(folders('tests/functions')).toEqual([...domains, 'platform'].sort());
  expect(readdirSync(join(root, 'cloudfunctions/_kit'))).toEqual(['platform']);
  // no test file sits loose beside the domain folders
  expect(readdirSync(join(root, 'tests/functions')).filter((name) => name.endsWith('.ts'))).toEqual([]);
});

test('refusals are grouped by domain (cloudfunctions/domains/<domain>/failures.ts), each named once across the domains and the platform', () => {
  const homes = new Map<string, string[]>();
  const note = (name: string, home: string) => homes.set(name, [...(homes.get(name) ?? []), home]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const name of Object.keys((require('../../cloudfunctions/_kit/platform/failures') as { failures: object }).failures)) note(name, 'platform');
  const domains = readdirSync(join(root, 'cloudfunctions/domains'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const withRefusals = domains.filter((d) => readdirSync(join(root, 'cloudfunctions/domains', d)).includes('failures.ts'));
  expect(withRefusals.length).toBeGreaterThanOrEqual(10);
  for (const d of withRefusals) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = Object.values(require(join(root, 'cloudfunctions/domains', d, 'failures.ts')) as Record<string, object>);
    expect(exported).toHaveLength(1);
    for (const name of Object.keys(exported[0] ?? {})) note(name, d);
  }
  expect([...homes].filter(([, at]) => at.length > 1)).toEqual([]);
  expect(homes.size).toBeGreaterThan(80);
});
