import type { DatabaseSchema } from '../../config/database';
import { emulatorWithSdk, postAdmin, type Db } from '../helpers/emulator';

/** The emulator answers the unmodified @cloudbase/node-sdk as CloudBase does: documents. */
const schema: DatabaseSchema = {
  items: {
    indexes: [
      { name: 'group_rank', keys: { group: 1, rank: 1 } },
      { name: 'code', keys: { code: 1 }, unique: true },
    ],
  },
};

let ctx: Awaited<ReturnType<typeof emulatorWithSdk>>;
let db: Db;
beforeEach(async () => {
  ctx = await emulatorWithSdk(schema);
  db = ctx.db;
});
afterEach(() => ctx.emulator.close());

test('add returns an id and doc(id).get() reads the document back with its types', async () => {
  const at = new Date('2027-04-01T08:00:00Z');
  const { id } = await db.collection('items').add({ name: '张三', n: 3, ratio: 0.5, ok: true, at, tags: ['a'], nested: { x: 1 } });
  const { data } = await db.collection('items').doc(String(id)).get();
  expect(data).toEqual([{ _id: id, name: '张三', n: 3, ratio: 0.5, ok: true, at, tags: ['a'], nested: { x: 1 } }]);
  expect(data[0].at).toBeInstanceOf(Date);
});

test('add of an array inserts every document', async () => {
  const res = await db.collection('items').add([{ n: 1 }, { n: 2 }] as never);
  expect((res as unknown as { ids: string[] }).ids).toHaveLength(2);
  expect((await db.collection('items').count()).total).toBe(2);
});

test('a duplicate _id is refused with E11000 and the first document is kept', async () => {
  await db.collection('items').add({ _id: 'same', n: 1 });
  await expect(db.collection('items').add({ _id: 'same', n: 2 })).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining('E11000') });
  expect((await db.collection('items').doc('same').get()).data[0].n).toBe(1);
});

test('a unique index refuses a second document with the same key, on insert and on update', async () => {
  await db.collection('items').add({ _id: 'a', code: 'X1' });
  await db.collection('items').add({ _id: 'b', code: 'X2' });
  await expect(db.collection('items').add({ code: 'X1' })).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining('E11000') });
  await expect(db.collection('items').doc('b').update({ code: 'X1' })).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
  expect((await db.collection('items').doc('b').get()).data[0].code).toBe('X2');
  // Documents without the key are not constrained (sparse, like a partial index).
  await db.collection('items').add({ n: 1 });
  await db.collection('items').add({ n: 2 });
  expect((await db.collection('items').count()).total).toBe(4);
});

test('where + orderBy + skip + limit, on indexed and unindexed fields, with operators', async () => {
  const _ = db.command;
  await db.collection('items').add(
    Array.from({ length: 30 }, (_v, i) => ({ group: i % 2 ? 'odd' : 'even', rank: i, label: `第${i}项`, score: 100 - i })) as never,
  );
  const page = await db.collection('items').where({ group: 'odd' }).orderBy('rank', 'desc').skip(2).limit(3).get();
  expect(page.data.map((d) => d.rank)).toEqual([25, 23, 21]);
  const ranged = await db.collection('items').where({ group: 'even', rank: _.gte(10).and(_.lt(16)) }).orderBy('rank', 'asc').get();
  expect(ranged.data.map((d) => d.rank)).toEqual([10, 12, 14]);
  const unindexed = await db.collection('items').where({ score: _.in([100, 71, 5]) }).orderBy('score', 'asc').get();
  expect(unindexed.data.map((d) => d.rank)).toEqual([29, 0]);
  const either = await db.collection('items').where(_.or([{ rank: 1 }, { label: '第2项' }])).get();
  expect(either.data.map((d) => d.rank).sort()).toEqual([1, 2]);
  expect((await db.collection('items').where({ group: 'odd', rank: _.gt(20) }).count()).total).toBe(5);
});

test('field projection keeps only the asked fields', async () => {
  const { id } = await db.collection('items').add({ a: 1, b: 2, c: 3 });
  const { data } = await db.collection('items').where({ _id: String(id) }).field({ a: true, c: true }).get();
  expect(data).toEqual([{ _id: id, a: 1, c: 3 }]);
});

test('a query with no limit answers 100 documents, at most 1000 are allowed', async () => {
  await db.collection('items').add(Array.from({ length: 1005 }, (_v, i) => ({ rank: i })) as never);
  expect((await db.collection('items').get()).data).toHaveLength(100);
  expect((await db.collection('items').limit(1000).get()).data).toHaveLength(1000);
  expect((await db.collection('items').limit(5000).get()).data).toHaveLength(1000);
  // The SDK caps the limit itself; the server caps a raw request too.
  const raw = await postAdmin(ctx.emulator.adminUrl, { action: 'database.getDocument', collectionName: 'items', queryType: 'WHERE', limit: 5000 });
  expect((raw.data as { list: unknown[] }).list).toHaveLength(1000);
});

test('regular expressions match, through db.RegExp and native RegExp', async () => {
  await db.collection('items').add([{ name: '忻州市职业技术学校' }, { name: '原平市职业技术学校' }, { name: '忻府区职业中学' }] as never);
  const viaDb = await db.collection('items').where({ name: db.RegExp({ regexp: '^忻', options: 'i' }) }).get();
  expect(viaDb.data).toHaveLength(2);
  const native = await db.collection('items').where({ name: /技术/ }).get();
  expect(native.data).toHaveLength(2);
});

test('serverDate is replaced by the server time, plus its offset', async () => {
  const before = Date.now();
  const { id } = await db.collection('items').add({ at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) });
  const doc = (await db.collection('items').doc(String(id)).get()).data[0];
  expect(doc.at).toBeInstanceOf(Date);
  expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 5);
  expect(doc.later.getTime() - doc.at.getTime()).toBe(60_000);
});

test('update operators: set, inc, push, remove, nested objects', async () => {
  const _ = db.command;
  const { id } = await db.collection('items').add({ n: 1, tags: ['a'], gone: 'x', profile: { name: '甲', city: '忻州' } });
  const res = await db.collection('items').doc(String(id)).update({ n: _.inc(2), tags: _.push('b'), gone: _.remove(), profile: { name: '乙' } });
  expect(res.updated).toBe(1);
  const doc = (await db.collection('items').doc(String(id)).get()).data[0];
  expect(doc).toEqual({ _id: id, n: 3, tags: ['a', 'b'], profile: { name: '乙', city: '忻州' } });
});

test('set replaces the document, and upserts when it is missing', async () => {
  await db.collection('items').add({ _id: 'k', a: 1, b: 2 });
  await db.collection('items').doc('k').set({ c: 3 });
  expect((await db.collection('items').doc('k').get()).data).toEqual([{ _id: 'k', c: 3 }]);
  const created = await db.collection('items').doc('new').set({ d: 4 });
  expect(created.upsertedId).toBe('new');
  expect((await db.collection('items').doc('new').get()).data).toEqual([{ _id: 'new', d: 4 }]);
});

test('where().update() changes every match; updateAndReturn answers the updated document', async () => {
  const _ = db.command;
  await db.collection('items').add([{ group: 'g', n: 1 }, { group: 'g', n: 2 }, { group: 'h', n: 3 }] as never);
  expect((await db.collection('items').where({ group: 'g' }).update({ n: _.inc(10) })).updated).toBe(2);
  const res = await db.collection('items').where({ group: 'h' }).updateAndReturn({ n: _.inc(1) });
  expect(res.updated).toBe(1);
  expect(res.doc).toMatchObject({ group: 'h', n: 4 });
  const ns = (await db.collection('items').orderBy('n', 'asc').get()).data.map((d) => d.n);
  expect(ns).toEqual([4, 11, 12]);
});

test('remove by id and by query', async () => {
  await db.collection('items').add([{ _id: 'x', g: 1 }, { g: 2 }, { g: 2 }] as never);
  expect((await db.collection('items').doc('x').remove()).deleted).toBe(1);
  expect((await db.collection('items').where({ g: 2 }).remove()).deleted).toBe(2);
  expect((await db.collection('items').count()).total).toBe(0);
});

test('aggregate: match, group, sort', async () => {
  await db.collection('items').add([{ district: '忻府区', n: 2 }, { district: '原平市', n: 5 }, { district: '忻府区', n: 3 }] as never);
  const { data } = await db
    .collection('items')
    .aggregate()
    .match({ n: db.command.gt(1) })
    .group({ _id: '$district', total: db.command.aggregate.sum('$n') })
    .sort({ total: -1 })
    .end();
  expect(data).toHaveLength(2);
  expect(data).toEqual(expect.arrayContaining([{ _id: '忻府区', total: 5 }, { _id: '原平市', total: 5 }]));
});

test('an unknown collection is refused; createCollection makes it', async () => {
  await expect(db.collection('nowhere').get()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
  await db.createCollection('somewhere');
  expect((await db.collection('somewhere').get()).data).toEqual([]);
});
