import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections, databaseSchema } from '../../config/database';
import { demoData } from '../../emulator/seed';
import { brochureSchema } from '../../shared/records/brochure';
import { majorSchema } from '../../shared/records/major';
import { isQualified, schoolSchema } from '../../shared/records/school';
import { functionNames, root } from '../../scripts/functions';
import { demoSeason as season } from '../../config/season';

/** The project's declarations agree with each other. */
test('cloudbaserc.json deploys exactly the functions under cloudfunctions/', () => {
  const rc = JSON.parse(readFileSync(join(root, 'cloudbaserc.json'), 'utf8')) as { functions: Array<{ name: string }> };
  expect(rc.functions.map((f) => f.name).sort()).toEqual(functionNames());
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

test('each built function installs exactly what it loads: an export gets exceljs (loaded on first use), the rest nothing (the SDK is bundled; uploads are read without exceljs)', () => {
  const dependenciesOf = (name: string) => Object.keys((JSON.parse(readFileSync(join(root, 'dist', 'cloudfunctions', name, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies).sort();
  expect(dependenciesOf('targetExport')).toEqual(['exceljs']);
  expect(dependenciesOf('registryImport')).toEqual([]);
  expect(dependenciesOf('targetRead')).toEqual([]);
  expect(dependenciesOf('home')).toEqual([]);
});
