import type { DatabaseSchema } from '../../config/database';
import { sdkPerTest, type Transaction } from '../helpers/emulator';

/** Document ids as CloudBase keeps them: whatever string or number the caller gave, else a generated string. */
const schema: DatabaseSchema = { things: { indexes: [] } };

const sdk = sdkPerTest(schema);

test('a numeric _id given to add is kept, and where({ _id }) and doc(id).get() find it', async () => {
  const { id } = await sdk.db.collection('things').add({ _id: 42, n: 1 });
  expect(id).toBe(42);
  expect((await sdk.db.collection('things').where({ _id: 42 }).get()).data).toEqual([{ _id: 42, n: 1 }]);
  expect((await sdk.db.collection('things').doc(42).get()).data).toEqual([{ _id: 42, n: 1 }]);
  expect((await sdk.db.collection('things').where({ _id: 42 }).count()).total).toBe(1);
});

test('a numeric _id and the string of its digits are two different documents, and a repeated number is a duplicate', async () => {
  await sdk.db.collection('things').add({ _id: 7, kind: 'number' });
  await sdk.db.collection('things').add({ _id: '7', kind: 'string' });
  expect((await sdk.db.collection('things').doc(7).get()).data).toEqual([{ _id: 7, kind: 'number' }]);
  expect((await sdk.db.collection('things').doc('7').get()).data).toEqual([{ _id: '7', kind: 'string' }]);
  await expect(sdk.db.collection('things').add({ _id: 7, kind: 'again' })).rejects.toMatchObject({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining('E11000'),
  });
  // Numbers order before strings, as in MongoDB.
  await sdk.db.collection('things').add([{ _id: 100 }, { _id: 'a' }] as never);
  expect((await sdk.db.collection('things').orderBy('_id', 'asc').get()).data.map((d) => d._id)).toEqual([7, 100, '7', 'a']);
  expect(
    (
      await sdk.db
        .collection('things')
        .where({ _id: sdk.db.command.gt(8) })
        .get()
    ).data.map((d) => d._id),
  ).toEqual([100]);
});

test('doc(number) updates, sets and removes the document with that numeric _id', async () => {
  await sdk.db.collection('things').add({ _id: 5, n: 1 });
  expect(
    (
      await sdk.db
        .collection('things')
        .doc(5)
        .update({ n: sdk.db.command.inc(1) })
    ).updated,
  ).toBe(1);
  expect((await sdk.db.collection('things').doc(5).get()).data).toEqual([{ _id: 5, n: 2 }]);
  const created = await sdk.db.collection('things').doc(6).set({ n: 6 });
  expect(created.upsertedId).toBe(6);
  expect((await sdk.db.collection('things').where({ _id: 6 }).get()).data).toEqual([{ _id: 6, n: 6 }]);
  expect((await sdk.db.collection('things').doc(5).remove()).deleted).toBe(1);
  expect((await sdk.db.collection('things').get()).data).toEqual([{ _id: 6, n: 6 }]);
});

test('inside a transaction, add and doc(number).set keep the numeric _id', async () => {
  await sdk.db.runTransaction(async (tx: Transaction) => {
    const added = await tx.collection('things').add({ _id: 43, n: 1 });
    expect(added.id).toBe(43);
    await tx.collection('things').doc(44).set({ n: 2 });
    expect((await tx.collection('things').doc(44).get()).data).toEqual({ _id: 44, n: 2 });
    await tx.collection('things').doc(43).update({ n: 3 });
  });
  expect((await sdk.db.collection('things').where({ _id: 43 }).get()).data).toEqual([{ _id: 43, n: 3 }]);
  expect((await sdk.db.collection('things').doc(44).get()).data).toEqual([{ _id: 44, n: 2 }]);
  await sdk.db.runTransaction(async (tx: Transaction) => {
    await tx.collection('things').doc(44).remove();
  });
  expect((await sdk.db.collection('things').doc(44).get()).data).toEqual([]);
});

test('string ids keep working, and an add without _id gets a generated string id', async () => {
  const given = await sdk.db.collection('things').add({ _id: 'mine', n: 1 });
  expect(given.id).toBe('mine');
  const generated = await sdk.db.collection('things').add({ n: 2 });
  expect(typeof generated.id).toBe('string');
  expect((await sdk.db.collection('things').doc(String(generated.id)).get()).data).toEqual([{ _id: generated.id, n: 2 }]);
});
