import type { DatabaseSchema } from '../../config/database';
import { sdkPerTest, postAdmin } from '../helpers/emulator';

/** The emulator answers the unmodified @cloudbase/node-sdk as CloudBase does: documents. */
const schema: DatabaseSchema = {
  items: {
    indexes: [
      { name: 'group_rank', keys: { group: 1, rank: 1 } },
      { name: 'code', keys: { code: 1 }, unique: true, sparse: true },
    ],
  },
  accounts: { indexes: [{ name: 'email', keys: { email: 1 }, unique: true }] },
  seats: { indexes: [{ name: 'room_seat', keys: { room: 1, seat: 1 }, unique: true, sparse: true }] },
};

const sdk = sdkPerTest(schema);

test('add returns an id and doc(id).get() reads the document back with its types', async () => {
  const at = new Date('2027-04-01T08:00:00Z');
  const { id } = await sdk.db.collection('items').add({ name: '张三', n: 3, ratio: 0.5, ok: true, at, tags: ['a'], nested: { x: 1 } });
  const { data } = await sdk.db.collection('items').doc(String(id)).get();
  expect(data).toEqual([{ _id: id, name: '张三', n: 3, ratio: 0.5, ok: true, at, tags: ['a'], nested: { x: 1 } }]);
  expect(data[0].at).toBeInstanceOf(Date);
});

test('add of an array inserts every document', async () => {
  const res = await sdk.db.collection('items').add([{ n: 1 }, { n: 2 }] as never);
  expect((res as unknown as { ids: string[] }).ids).toHaveLength(2);
  expect((await sdk.db.collection('items').count()).total).toBe(2);
});

test('a duplicate _id is refused with E11000 and the first document is kept', async () => {
  await sdk.db.collection('items').add({ _id: 'same', n: 1 });
  await expect(sdk.db.collection('items').add({ _id: 'same', n: 2 })).rejects.toMatchObject({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining('E11000'),
  });
  expect((await sdk.db.collection('items').doc('same').get()).data[0].n).toBe(1);
});

test('a unique index refuses a second document with the same key, on insert and on update', async () => {
  await sdk.db.collection('items').add({ _id: 'a', code: 'X1' });
  await sdk.db.collection('items').add({ _id: 'b', code: 'X2' });
  await expect(sdk.db.collection('items').add({ code: 'X1' })).rejects.toMatchObject({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining('E11000'),
  });
  await expect(sdk.db.collection('items').doc('b').update({ code: 'X1' })).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
  expect((await sdk.db.collection('items').doc('b').get()).data[0].code).toBe('X2');
});

test('a sparse unique index does not constrain documents missing the key', async () => {
  await sdk.db.collection('items').add({ _id: 'a', code: 'X1' });
  await sdk.db.collection('items').add({ n: 1 });
  await sdk.db.collection('items').add({ n: 2 });
  await sdk.db.collection('items').doc('a').update({ code: sdk.db.command.remove() });
  expect((await sdk.db.collection('items').count()).total).toBe(3);
  // An explicit null is a value the sparse index holds, so a second null is a duplicate.
  await sdk.db.collection('items').add({ code: null });
  await expect(sdk.db.collection('items').add({ code: null })).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
});

test('a compound sparse unique index indexes a document holding any of its keys, the missing ones as null', async () => {
  await sdk.db.collection('seats').add([{ n: 1 }, { n: 2 }] as never);
  await sdk.db.collection('seats').add({ room: 'A' });
  await expect(sdk.db.collection('seats').add({ room: 'A', seat: null })).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
  await sdk.db.collection('seats').add({ room: 'A', seat: 1 });
  await sdk.db.collection('seats').add({ seat: 1 });
  await expect(sdk.db.collection('seats').add({ seat: 1 })).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
  expect((await sdk.db.collection('seats').count()).total).toBe(5);
});

test('a unique index without sparse treats a missing key as null: a second document missing it, or holding null, is a duplicate', async () => {
  await sdk.db.collection('accounts').add({ _id: 'a', email: 'a@x' });
  await sdk.db.collection('accounts').add({ _id: 'none' });
  await expect(sdk.db.collection('accounts').add({ _id: 'also-none' })).rejects.toMatchObject({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining('E11000'),
  });
  await expect(sdk.db.collection('accounts').add({ _id: 'null', email: null })).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
  await expect(sdk.db.collection('accounts').doc('a').update({ email: sdk.db.command.remove() })).rejects.toMatchObject({
    message: expect.stringContaining('E11000'),
  });
  expect((await sdk.db.collection('accounts').get()).data.map((d) => d._id).sort()).toEqual(['a', 'none']);
  // Once the document missing the key is gone, another one may take its place.
  await sdk.db.collection('accounts').doc('none').remove();
  await sdk.db.collection('accounts').add({ _id: 'null', email: null });
  expect((await sdk.db.collection('accounts').count()).total).toBe(2);
});

test('where + orderBy + skip + limit, on indexed and unindexed fields, with operators', async () => {
  const _ = sdk.db.command;
  await sdk.db
    .collection('items')
    .add(Array.from({ length: 30 }, (_v, i) => ({ group: i % 2 ? 'odd' : 'even', rank: i, label: `第${i}项`, score: 100 - i })) as never);
  const page = await sdk.db.collection('items').where({ group: 'odd' }).orderBy('rank', 'desc').skip(2).limit(3).get();
  expect(page.data.map((d) => d.rank)).toEqual([25, 23, 21]);
  const ranged = await sdk.db
    .collection('items')
    .where({ group: 'even', rank: _.gte(10).and(_.lt(16)) })
    .orderBy('rank', 'asc')
    .get();
  expect(ranged.data.map((d) => d.rank)).toEqual([10, 12, 14]);
  const unindexed = await sdk.db
    .collection('items')
    .where({ score: _.in([100, 71, 5]) })
    .orderBy('score', 'asc')
    .get();
  expect(unindexed.data.map((d) => d.rank)).toEqual([29, 0]);
  const either = await sdk.db
    .collection('items')
    .where(_.or([{ rank: 1 }, { label: '第2项' }]))
    .get();
  expect(either.data.map((d) => d.rank).sort()).toEqual([1, 2]);
  expect(
    (
      await sdk.db
        .collection('items')
        .where({ group: 'odd', rank: _.gt(20) })
        .count()
    ).total,
  ).toBe(5);
});

test('field projection keeps only the asked fields', async () => {
  const { id } = await sdk.db.collection('items').add({ a: 1, b: 2, c: 3 });
  const { data } = await sdk.db
    .collection('items')
    .where({ _id: String(id) })
    .field({ a: true, c: true })
    .get();
  expect(data).toEqual([{ _id: id, a: 1, c: 3 }]);
});

test('a query with no limit answers 100 documents, at most 1000 are allowed', async () => {
  await sdk.db.collection('items').add(Array.from({ length: 1005 }, (_v, i) => ({ rank: i })) as never);
  expect((await sdk.db.collection('items').get()).data).toHaveLength(100);
  expect((await sdk.db.collection('items').limit(1000).get()).data).toHaveLength(1000);
  expect((await sdk.db.collection('items').limit(5000).get()).data).toHaveLength(1000);
  // The SDK caps the limit itself; the server caps a raw request too.
  const raw = await postAdmin(sdk.emulator.adminUrl, { action: 'database.getDocument', collectionName: 'items', queryType: 'WHERE', limit: 5000 });
  expect((raw.data as { list: unknown[] }).list).toHaveLength(1000);
});

test('regular expressions match, through sdk.db.RegExp and native RegExp', async () => {
  await sdk.db.collection('items').add([{ name: '忻州市职业技术学校' }, { name: '原平市职业技术学校' }, { name: '忻府区职业中学' }] as never);
  const viaDb = await sdk.db
    .collection('items')
    .where({ name: sdk.db.RegExp({ regexp: '^忻', options: 'i' }) })
    .get();
  expect(viaDb.data).toHaveLength(2);
  const native = await sdk.db.collection('items').where({ name: /技术/ }).get();
  expect(native.data).toHaveLength(2);
});

test('serverDate is replaced by the server time, plus its offset', async () => {
  const before = Date.now();
  const { id } = await sdk.db.collection('items').add({ at: sdk.db.serverDate(), later: sdk.db.serverDate({ offset: 60_000 }) });
  const doc = (await sdk.db.collection('items').doc(String(id)).get()).data[0];
  expect(doc.at).toBeInstanceOf(Date);
  expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 5);
  expect(doc.later.getTime() - doc.at.getTime()).toBe(60_000);
});

test('update operators: set, inc, push, remove, nested objects', async () => {
  const _ = sdk.db.command;
  const { id } = await sdk.db.collection('items').add({ n: 1, tags: ['a'], gone: 'x', profile: { name: '甲', city: '忻州' } });
  const res = await sdk.db
    .collection('items')
    .doc(String(id))
    .update({ n: _.inc(2), tags: _.push('b'), gone: _.remove(), profile: { name: '乙' } });
  expect(res.updated).toBe(1);
  const doc = (await sdk.db.collection('items').doc(String(id)).get()).data[0];
  expect(doc).toEqual({ _id: id, n: 3, tags: ['a', 'b'], profile: { name: '乙', city: '忻州' } });
});

test('set replaces the document, and upserts when it is missing', async () => {
  await sdk.db.collection('items').add({ _id: 'k', a: 1, b: 2 });
  await sdk.db.collection('items').doc('k').set({ c: 3 });
  expect((await sdk.db.collection('items').doc('k').get()).data).toEqual([{ _id: 'k', c: 3 }]);
  const created = await sdk.db.collection('items').doc('new').set({ d: 4 });
  expect(created.upsertedId).toBe('new');
  expect((await sdk.db.collection('items').doc('new').get()).data).toEqual([{ _id: 'new', d: 4 }]);
});

test('where().update() changes every match; updateAndReturn answers the updated document', async () => {
  const _ = sdk.db.command;
  await sdk.db.collection('items').add([
    { group: 'g', n: 1 },
    { group: 'g', n: 2 },
    { group: 'h', n: 3 },
  ] as never);
  expect(
    (
      await sdk.db
        .collection('items')
        .where({ group: 'g' })
        .update({ n: _.inc(10) })
    ).updated,
  ).toBe(2);
  const res = await sdk.db
    .collection('items')
    .where({ group: 'h' })
    .updateAndReturn({ n: _.inc(1) });
  expect(res.updated).toBe(1);
  expect(res.doc).toMatchObject({ group: 'h', n: 4 });
  const ns = (await sdk.db.collection('items').orderBy('n', 'asc').get()).data.map((d) => d.n);
  expect(ns).toEqual([4, 11, 12]);
});

test('remove by id and by query', async () => {
  await sdk.db.collection('items').add([{ _id: 'x', g: 1 }, { g: 2 }, { g: 2 }] as never);
  expect((await sdk.db.collection('items').doc('x').remove()).deleted).toBe(1);
  expect((await sdk.db.collection('items').where({ g: 2 }).remove()).deleted).toBe(2);
  expect((await sdk.db.collection('items').count()).total).toBe(0);
});

test('aggregate: match, group, sort', async () => {
  await sdk.db.collection('items').add([
    { district: '忻府区', n: 2 },
    { district: '原平市', n: 5 },
    { district: '忻府区', n: 3 },
  ] as never);
  const { data } = await sdk.db
    .collection('items')
    .aggregate()
    .match({ n: sdk.db.command.gt(1) })
    .group({ _id: '$district', total: sdk.db.command.aggregate.sum('$n') })
    .sort({ total: -1 })
    .end();
  expect(data).toHaveLength(2);
  expect(data).toEqual(
    expect.arrayContaining([
      { _id: '忻府区', total: 5 },
      { _id: '原平市', total: 5 },
    ]),
  );
});

test('an unknown collection is refused; createCollection makes it', async () => {
  await expect(sdk.db.collection('nowhere').get()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
  await sdk.db.createCollection('somewhere');
  expect((await sdk.db.collection('somewhere').get()).data).toEqual([]);
});
