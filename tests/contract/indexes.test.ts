import type { z } from 'zod';
import type { DatabaseSchema } from '../../config/database';
import { collections, databaseSchema } from '../../config/database';
import { emulatorWithSdk } from '../helpers/emulator';

/** Declared indexes answer queries without reading the whole collection. */
const schema: DatabaseSchema = {
  items: {
    indexes: [
      { name: 'group_rank', keys: { group: 1, rank: -1 } },
      { name: 'flag', keys: { flag: 1 } },
      { name: 'when', keys: { group: 1, when: 1 } },
    ],
  },
};

let ctx: Awaited<ReturnType<typeof emulatorWithSdk>>;
beforeAll(async () => {
  ctx = await emulatorWithSdk(schema);
});
afterAll(() => ctx.emulator.close());

test('an equality on an indexed field searches the index, and so does its ordering', () => {
  const plan = ctx.emulator.store.explain('items', { group: 'a' }, { order: { rank: -1 } });
  expect(plan).toMatch(/SEARCH .* USING INDEX i_items_group_rank/);
  expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
});

test('a range on the second key of an index still searches it', () => {
  expect(ctx.emulator.store.explain('items', { group: 'a', rank: { $gt: 3 } })).toMatch(/USING INDEX i_items_group_rank/);
});

test('a query on an unindexed field scans, as MongoDB would', () => {
  expect(ctx.emulator.store.explain('items', { colour: 'red' })).toMatch(/SCAN/);
});

test('an indexed query returns exactly what a full scan would', async () => {
  const { db } = ctx;
  await db.collection('items').add(Array.from({ length: 300 }, (_v, i) => ({ group: ['a', 'b', 'c'][i % 3], rank: i % 17, flag: i % 2 === 0 })) as never);
  const viaIndex = await db
    .collection('items')
    .where({ group: 'b', rank: db.command.gte(5) })
    .orderBy('rank', 'desc')
    .limit(1000)
    .get();
  const all = (await db.collection('items').limit(1000).get()).data;
  const expected = all.filter((d) => d.group === 'b' && d.rank >= 5).sort((x, y) => y.rank - x.rank);
  expect(viaIndex.data.map((d) => d.rank)).toEqual(expected.map((d) => d.rank));
  expect(viaIndex.data).toHaveLength(expected.length);
  // A boolean condition on an indexed field is re-checked exactly (SQLite stores true as 1).
  expect((await db.collection('items').where({ group: 'a', flag: true }).count()).total).toBe(all.filter((d) => d.group === 'a' && d.flag === true).length);
  // and the number 1 is not the boolean true, as in MongoDB
  await db.collection('items').add([
    { group: 'z', flag: 1 },
    { group: 'z', flag: true },
  ] as never);
  expect((await db.collection('items').where({ flag: 1 }).count()).total).toBe(1);
  expect((await db.collection('items').where({ group: 'z', flag: true }).get()).data.map((d) => d.flag)).toEqual([true]);
});

test('date ranges on an indexed field order dates by time, whole seconds or not', async () => {
  const { db } = ctx;
  const at = (iso: string) => new Date(iso);
  await db.collection('items').add([
    { group: 'd', rank: 1, when: at('2027-04-15T02:00:00.000Z') },
    { group: 'd', rank: 2, when: at('2027-04-15T02:00:00.500Z') },
    { group: 'd', rank: 3, when: at('2027-04-15T01:59:59.999Z') },
  ] as never);
  const upTo = await db
    .collection('items')
    .where({ group: 'd', when: db.command.lte(at('2027-04-15T02:00:00.000Z')) })
    .get();
  expect(upTo.data.map((d) => d.rank).sort()).toEqual([1, 3]);
  const ordered = await db.collection('items').where({ group: 'd' }).orderBy('when', 'asc').get();
  expect(ordered.data.map((d) => d.rank)).toEqual([3, 1, 2]);
});

test('the product’s own declared unique indexes are enforced', async () => {
  const product = await emulatorWithSdk(databaseSchema);
  try {
    await product.db.collection('staff').add({ openid: 'o-1', name: '甲', role: 'recruiter' });
    await expect(product.db.collection('staff').add({ openid: 'o-1', name: '乙', role: 'reviewer' })).rejects.toMatchObject({
      message: expect.stringContaining('E11000'),
    });
  } finally {
    await product.emulator.close();
  }
});

/** Whether a record may lack the (dotted) field: some schema on its path accepts it being absent. */
function mayLack(record: z.ZodType, field: string): boolean {
  let schema: z.ZodType | undefined = record;
  for (const part of field.split('.')) {
    const shape: Record<string, z.ZodType> | undefined = (schema as { shape?: Record<string, z.ZodType> } | undefined)?.shape;
    schema = shape?.[part];
    if (!schema) return true;
    const absent = schema.safeParse(undefined);
    if (absent.success && absent.data === undefined) return true;
  }
  return false;
}

test('every product unique index over a field some records lack is declared sparse', () => {
  const lacking = Object.entries(collections).flatMap(([name, c]) =>
    c.indexes.filter((i) => i.unique && !i.sparse && Object.keys(i.keys).some((f) => mayLack(c.record, f))).map((i) => `${name}.${i.name}`),
  );
  expect(lacking).toEqual([]);
  // and the check itself sees the optional fields
  expect(mayLack(collections.choiceForms.record, 'activeKey')).toBe(true);
  expect(mayLack(collections.brochures.record, 'filing.number')).toBe(true);
  expect(mayLack(collections.seasons.record, 'year')).toBe(false);
});

test('the product’s sparse unique indexes leave records without the key unconstrained', async () => {
  const product = await emulatorWithSdk(databaseSchema);
  try {
    // withdrawn forms have no activeKey; unfiled brochures no filing number
    await product.db.collection('choiceForms').add([{ status: 'withdrawn' }, { status: 'withdrawn' }] as never);
    await product.db.collection('brochures').add([
      { schoolId: 's', year: 2027, version: 1 },
      { schoolId: 's', year: 2027, version: 2 },
    ] as never);
    await product.db.collection('choiceForms').add({ status: 'active', activeKey: 'k' });
    await expect(product.db.collection('choiceForms').add({ status: 'active', activeKey: 'k' })).rejects.toMatchObject({
      message: expect.stringContaining('active_student_year'),
    });
  } finally {
    await product.emulator.close();
  }
});
