import { main as home } from '../../../cloudfunctions/public/home';
import type { Emulator } from '../../../emulator/server';
import { invoke, localBackend } from '../../helpers/backend';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await localBackend();
});
afterAll(() => emulator.close());

test('home answers the letter, the four subsidy policies in order, and counts of approved brochures and qualified schools', async () => {
  const result = await invoke(home, {}, 'any-visitor');
  expect(result).toMatchObject({
    ok: true,
    data: {
      year: 2027,
      letter: { title: '致全市初中毕业生及家长的一封信（2027年）', issuedBy: '忻州市教育局' },
      stats: { approvedBrochures: 2, qualifiedSchools: 5 },
    },
  });
  if (!result.ok) throw new Error('unreachable');
  expect(result.data.policies.map((p) => p.title)).toEqual(['免学费', '国家助学金', '困难家庭帮扶', '残疾学生关怀']);
  expect(result.data.letter?.summary.length).toBeLessThanOrEqual(81);
});

async function approvedCount(): Promise<number> {
  const result = await invoke(home, {}, 'any-visitor');
  if (!result.ok) throw new Error(result.error.code);
  return result.data.stats.approvedBrochures;
}

test('R2: the count of brochures families see moves only with approvals, never with submissions or rejections', async () => {
  expect(await approvedCount()).toBe(2);
  let version = 10;
  const brochure = (id: string, status: string) => ({
    collection: 'brochures',
    id,
    doc: { status, year: 2027, schoolId: 'school-xz-first-vocational', version: version++ },
    insert: true,
  });
  emulator.store.write([brochure('extra-submitted', 'submitted'), brochure('extra-rejected', 'rejected')]);
  expect(await approvedCount()).toBe(2);
  emulator.store.write([brochure('extra-approved', 'approved')]);
  expect(await approvedCount()).toBe(3);
});
