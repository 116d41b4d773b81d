import { deployedFunctions } from '../../config/functions';
import { familyFacing, functionBundle, kilobytes, trespasses, type FunctionBundle } from '../../scripts/bundle/function-bundles';

/**
 * Issue 22: no family action pays for exceljs or the bureau's code. The public and family functions
 * are built exactly as they ship (scripts/build-functions.ts's bundleOptions) and their esbuild
 * metafiles read: no exceljs (bundled or left external for CloudBase to install), no spreadsheet
 * reader (nor its fflate and saxes), no workbook writer, and no module of another function's
 * folder — the bureau's actions above all. Sizes are the sources' and node_modules', not the
 * machine's, so they may be printed and compared; timings stay in `npm run bench -- coldstart`.
 */
const bundles = new Map<string, FunctionBundle>();

beforeAll(async () => {
  for (const name of [...familyFacing, 'bureau', 'sheets'] as const) bundles.set(name, await functionBundle(name));
}, 120_000);

afterAll(() => {
  const lines = [...bundles.values()].map(
    (b) => `  ${b.name.padEnd(7)} ${String(b.bytes).padStart(9)} B  ${kilobytes(b.bytes).padStart(7)}  own code ${kilobytes(b.ownBytes)}`,
  );
  console.log(`function bundles as shipped (index.js):\n${lines.join('\n')}`);
});

test.each(familyFacing)('the %s function carries no exceljs, no spreadsheet reader or workbook, and no other function’s actions', (name) => {
  const bundle = bundles.get(name) as FunctionBundle;
  const found = trespasses(name, bundle).map((t) => `${t.module} (${t.why}) via ${t.chain.join(' → ')}`);
  expect(found).toEqual([]);
  // and the package.json CloudBase installs from lists no exceljs: its bundle never requires it
  const inputs = Object.values(bundle.metafile.inputs);
  expect(inputs.flatMap((i) => i.imports).filter((x) => x.path === 'exceljs')).toEqual([]);
});

test.each(familyFacing)('the %s bundle holds every one of its actions and none of the bureau’s', (name) => {
  const modules = Object.keys((bundles.get(name) as FunctionBundle).metafile.inputs);
  for (const action of deployedFunctions[name].actions) expect(modules).toContain(`cloudfunctions/${name}/${action}/index.ts`);
  expect(modules.filter((m) => m.startsWith('cloudfunctions/bureau/'))).toEqual([]);
});

test('the checks find what they look for: the sheets function does carry the spreadsheet code, and the bureau’s code is where the bureau’s actions are', () => {
  const sheets = bundles.get('sheets') as FunctionBundle;
  const whys = new Set(trespasses('sheets', sheets).map((t) => t.why));
  expect([...whys].sort()).toEqual(
    [
      'a workbook writer',
      'exceljs (the spreadsheet library)',
      "the spreadsheet reader's unzip and XML parser (fflate, saxes)",
      'the spreadsheet reader',
    ].sort(),
  );
  // …each found with the chain of imports from the router that brings it
  const excel = trespasses('sheets', sheets).find((t) => t.module === 'exceljs');
  expect(excel?.chain[0]).toBe('cloudfunctions/sheets/index.ts');
  expect(excel?.chain.at(-1)).toBe('exceljs');
  expect(trespasses('sheets', sheets, 'allowed')).toEqual([]);
  const bureau = bundles.get('bureau') as FunctionBundle;
  expect(Object.keys(bureau.metafile.inputs).filter((m) => m.startsWith('cloudfunctions/bureau/')).length).toBeGreaterThan(
    deployedFunctions.bureau.actions.length,
  );
  expect(trespasses('bureau', bureau, 'allowed')).toEqual([]);
  // were the bureau's bundle a family's, each of its actions would be named, with its chain
  const asFamily = trespasses('family', bureau).filter((t) => t.why === 'an action of the bureau function');
  expect(asFamily.map((t) => t.module)).toContain('cloudfunctions/bureau/seasonSave/index.ts');
  expect(asFamily.find((t) => t.module === 'cloudfunctions/bureau/seasonSave/index.ts')?.chain).toEqual([
    'cloudfunctions/bureau/index.ts',
    'cloudfunctions/bureau/seasonSave/index.ts',
  ]);
});

test('a family’s functions are smaller than the bureau’s console and the spreadsheets', () => {
  const size = (name: string) => (bundles.get(name) as FunctionBundle).bytes;
  for (const name of familyFacing) {
    expect(size(name)).toBeLessThan(size('bureau'));
    expect(size(name)).toBeLessThan(size('sheets'));
  }
});
