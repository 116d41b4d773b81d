import type { DatabaseSchema } from '../../config/database';
import { TRANSACTION_TTL_MS } from '../../emulator/db/transactions';
import { emulatorWithSdk, type Db, type Transaction } from '../helpers/emulator';

/** Transactions as CloudBase runs them: single-document operations, snapshot isolation, first writer wins. */
const schema: DatabaseSchema = { accounts: { indexes: [{ name: 'code', keys: { code: 1 }, unique: true, sparse: true }] } };

let now = Date.now();
let ctx: Awaited<ReturnType<typeof emulatorWithSdk>>;
let db: Db;
beforeEach(async () => {
  now = Date.now();
  ctx = await emulatorWithSdk(schema, { clock: () => now });
  db = ctx.db;
  await db.collection('accounts').add([
    { _id: 'a', balance: 100 },
    { _id: 'b', balance: 0 },
  ] as never);
});
afterEach(() => ctx.emulator.close());

const balance = async (id: string) => (await db.collection('accounts').doc(id).get()).data[0]?.balance;

test('runTransaction commits every write together', async () => {
  const result = await db.runTransaction(async (tx: Transaction) => {
    const a = (await tx.collection('accounts').doc('a').get()).data as unknown as { balance: number };
    await tx
      .collection('accounts')
      .doc('a')
      .update({ balance: a.balance - 30 });
    await tx
      .collection('accounts')
      .doc('b')
      .update({ balance: db.command.inc(30) });
    await tx.collection('accounts').add({ _id: 'log1', code: 'T1' });
    return a.balance;
  });
  expect(result).toBe(100);
  expect([await balance('a'), await balance('b')]).toEqual([70, 30]);
  expect((await db.collection('accounts').doc('log1').get()).data).toHaveLength(1);
});

test('inside a transaction doc().get() answers the document itself, or null', async () => {
  const tx = await db.startTransaction();
  expect((await tx.collection('accounts').doc('a').get()).data).toMatchObject({ _id: 'a', balance: 100 });
  expect((await tx.collection('accounts').doc('nobody').get()).data).toBeNull();
  await tx.rollback();
});

test('nothing is written when the transaction is rolled back or its callback throws', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 0 });
  await tx.collection('accounts').add({ _id: 'ghost' });
  await tx.rollback();
  await expect(
    db.runTransaction(async (t: Transaction) => {
      await t.collection('accounts').doc('a').update({ balance: 1 });
      throw new Error('stop');
    }),
  ).rejects.toThrow('stop');
  expect(await balance('a')).toBe(100);
  expect((await db.collection('accounts').doc('ghost').get()).data).toEqual([]);
});

test('reads see the snapshot taken at the start, not later commits', async () => {
  const tx = await db.startTransaction();
  await db.collection('accounts').doc('a').update({ balance: 5 });
  await db.collection('accounts').add({ _id: 'late', balance: 1 });
  expect((await tx.collection('accounts').doc('a').get()).data).toMatchObject({ balance: 100 });
  expect((await tx.collection('accounts').doc('late').get()).data).toBeNull();
  await tx.rollback();
});

test('its own writes are visible inside the transaction, invisible outside until commit', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 1 });
  expect((await tx.collection('accounts').doc('a').get()).data).toMatchObject({ balance: 1 });
  expect(await balance('a')).toBe(100);
  await tx.commit();
  expect(await balance('a')).toBe(1);
});

test('a second transaction writing the same document conflicts and is aborted', async () => {
  const first = await db.startTransaction();
  const second = await db.startTransaction();
  await first.collection('accounts').doc('a').update({ balance: 1 });
  await expect(second.collection('accounts').doc('a').update({ balance: 2 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  await expect(second.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  await first.commit();
  expect(await balance('a')).toBe(1);
});

test('a write committed after the snapshot makes the transaction conflict', async () => {
  const tx = await db.startTransaction();
  await db.collection('accounts').doc('a').update({ balance: 7 });
  await expect(tx.collection('accounts').doc('a').update({ balance: 8 })).rejects.toMatchObject({
    code: 'DATABASE_TRANSACTION_CONFLICT',
    message: expect.stringMatching(/^\[ResourceUnavailable\.TransactionConflict\]/),
  });
  expect(await balance('a')).toBe(7);
});

test('inserting an id another writer inserted after the snapshot conflicts (as in MongoDB); one visible in the snapshot is a duplicate key', async () => {
  const tx = await db.startTransaction();
  await db.collection('accounts').add({ _id: 'late', balance: 1 });
  await expect(tx.collection('accounts').add({ _id: 'late', balance: 2 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  const again = await db.startTransaction();
  await expect(again.collection('accounts').add({ _id: 'late', balance: 3 })).rejects.toMatchObject({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining('E11000'),
  });
  expect((await db.collection('accounts').doc('late').get()).data[0]).toMatchObject({ balance: 1 });
});

test('runTransaction retries on conflict, so concurrent increments all land', async () => {
  const increments = Array.from({ length: 10 }, () =>
    db.runTransaction(async (tx: Transaction) => {
      const doc = (await tx.collection('accounts').doc('b').get()).data as unknown as { balance: number };
      await tx
        .collection('accounts')
        .doc('b')
        .update({ balance: doc.balance + 1 });
    }, 20),
  );
  const results = await Promise.allSettled(increments);
  const landed = results.filter((r) => r.status === 'fulfilled').length;
  expect(await balance('b')).toBe(landed);
  expect(landed).toBeGreaterThan(0);
});

test('a unique-index violation at commit aborts the whole transaction', async () => {
  await db.collection('accounts').add({ code: 'TAKEN' });
  await expect(
    db.runTransaction(async (tx: Transaction) => {
      await tx.collection('accounts').doc('a').update({ balance: 0 });
      await tx.collection('accounts').add({ code: 'TAKEN' });
    }),
  ).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
  expect(await balance('a')).toBe(100);
});

test('add of an array inside a transaction inserts every document in one request, committed with the rest or not at all', async () => {
  const ids = await db.runTransaction(async (tx: Transaction) => {
    await tx.collection('accounts').doc('a').update({ balance: 50 });
    return tx.collection('accounts').add([
      { _id: 'n1', code: 'N1' },
      { _id: 'n2', code: 'N2' },
    ] as never);
  });
  expect(ids).toMatchObject({ ids: ['n1', 'n2'] });
  expect(
    (
      await db
        .collection('accounts')
        .where({ code: db.command.in(['N1', 'N2']) })
        .get()
    ).data,
  ).toHaveLength(2);
  // one document of the array breaking a unique index: none of them, and nothing else, is written
  await expect(
    db.runTransaction(async (tx: Transaction) => {
      await tx.collection('accounts').doc('a').update({ balance: 0 });
      await tx.collection('accounts').add([
        { _id: 'n3', code: 'N3' },
        { _id: 'n4', code: 'N1' },
      ] as never);
    }),
  ).rejects.toMatchObject({ message: expect.stringContaining('E11000') });
  expect(await balance('a')).toBe(50);
  expect((await db.collection('accounts').doc('n3').get()).data).toEqual([]);
});

test('a transaction expires after 30 seconds', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 0 });
  now += TRANSACTION_TTL_MS + 1;
  await expect(tx.commit()).rejects.toMatchObject({
    code: 'DATABASE_TRANSACTION_FAIL',
    message: expect.stringMatching(/^\[ResourceUnavailable\.TransactionNotExist\]/),
  });
  expect(await balance('a')).toBe(100);
  // Its lock is gone with it.
  await db.collection('accounts').doc('a').update({ balance: 3 });
  expect(await balance('a')).toBe(3);
});

test('an unknown transaction id is refused', async () => {
  const tx = await db.startTransaction();
  await tx.commit();
  await expect(tx.collection('accounts').doc('a').get()).rejects.toMatchObject({
    code: 'DATABASE_TRANSACTION_FAIL',
    message: expect.stringMatching(/^\[ResourceUnavailable\.TransactionNotExist\]/),
  });
});
