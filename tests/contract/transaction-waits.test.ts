import { TRANSACTION_TTL_MS } from '../../emulator/db/transactions';
import { emulatorWithSdk, type Db, type Transaction } from '../helpers/emulator';

/**
 * A plain (non-transactional) write to a document an open transaction has written waits until the
 * transaction commits or aborts, then applies, as in MongoDB (not: goes through at once and makes
 * the transaction fail at commit). And transaction errors carry CloudBase's own wording.
 */
let now = Date.now();
let ctx: Awaited<ReturnType<typeof emulatorWithSdk>>;
let db: Db;
beforeEach(async () => {
  now = Date.now();
  ctx = await emulatorWithSdk({}, { clock: () => now });
  db = ctx.db;
  await db.createCollection('accounts');
  await db.collection('accounts').add([
    { _id: 'a', balance: 100 },
    { _id: 'b', balance: 0 },
  ] as never);
});
afterEach(() => ctx.emulator.close());

const accounts = () => db.collection('accounts');
const balance = async (id: string) => (await accounts().doc(id).get()).data[0]?.balance;
const tick = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records when a promise settles, in the order things happened. */
function track<T>(events: string[], name: string, promise: Promise<T>): Promise<T> {
  return promise.then(
    (value) => (events.push(name), value),
    (error: unknown) => {
      events.push(`${name} failed`);
      throw error;
    },
  );
}

const CONFLICT_MESSAGE =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';
const NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.';

test('a plain update of a document an open transaction has written waits for the commit, then applies on top of it; the transaction commits', async () => {
  const events: string[] = [];
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 1 });
  const plain = track(
    events,
    'plain update',
    accounts()
      .doc('a')
      .update({ balance: db.command.inc(10) }),
  );
  await tick();
  expect(events).toEqual([]);
  // meanwhile the database answers everyone else: reads see the committed document, other writes go through
  expect(await balance('a')).toBe(100);
  await accounts().doc('b').update({ balance: 5 });
  await track(events, 'commit', tx.commit());
  expect(await plain).toMatchObject({ updated: 1 });
  expect(events).toEqual(['commit', 'plain update']);
  expect([await balance('a'), await balance('b')]).toEqual([11, 5]);
});

test('after an abort, the waiting write applies to the document as it was', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 1 });
  const plain = accounts()
    .doc('a')
    .update({ balance: db.command.inc(10) });
  await tick();
  await tx.rollback();
  await plain;
  expect(await balance('a')).toBe(110);
});

test('set, remove, where().update and updateAndReturn wait the same way, each in turn', async () => {
  const events: string[] = [];
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 1 });
  await tx.collection('accounts').doc('b').update({ balance: 2 });
  const waiting = [
    track(events, 'where update', accounts().where({ _id: 'a' }).update({ note: 'seen' })),
    track(
      events,
      'updateAndReturn',
      accounts()
        .where({ _id: 'b' })
        .updateAndReturn({ balance: db.command.inc(1) }),
    ),
    track(events, 'set', accounts().doc('b').set({ balance: 50 })),
    track(events, 'remove', accounts().doc('a').remove()),
  ];
  await tick();
  expect(events).toEqual([]);
  await track(events, 'commit', tx.commit());
  await Promise.all(waiting);
  expect(events).toEqual(['commit', 'where update', 'updateAndReturn', 'set', 'remove']);
  expect((await accounts().doc('a').get()).data).toEqual([]);
  expect(await balance('b')).toBe(50);
});

test('adding the id of a document an open transaction has added waits, then is a duplicate key', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').add({ _id: 'new', balance: 1 });
  const plain = accounts().add({ _id: 'new', balance: 2 });
  await tick();
  await tx.commit();
  await expect(plain).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining('E11000') });
  expect(await balance('new')).toBe(1);
});

test('a document the transaction only read is not waited for (and writing it later conflicts, in CloudBase’s words)', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').get();
  await accounts().doc('a').update({ balance: 7 });
  const error = await tx
    .collection('accounts')
    .doc('a')
    .update({ balance: 8 })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT', message: CONFLICT_MESSAGE });
  expect(await balance('a')).toBe(7);
});

test('a second transaction writing the same document still conflicts at once (it does not wait)', async () => {
  const first = await db.startTransaction();
  const second = await db.startTransaction();
  await first.collection('accounts').doc('a').update({ balance: 1 });
  await expect(second.collection('accounts').doc('a').update({ balance: 2 })).rejects.toMatchObject({
    code: 'DATABASE_TRANSACTION_CONFLICT',
    message: CONFLICT_MESSAGE,
  });
  await expect(second.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE });
  await first.commit();
  expect(await balance('a')).toBe(1);
});

test('the wait is bounded by the transaction’s lifetime: when it runs out the transaction is gone and the write applies', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 1 });
  // 150 ms of its 30 s are left
  now += TRANSACTION_TTL_MS - 150;
  await accounts()
    .doc('a')
    .update({ balance: db.command.inc(10) });
  expect(await balance('a')).toBe(110);
  now += 1000;
  await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE });
  expect(await balance('a')).toBe(110);
});

test('an expired transaction holds nothing: a plain write does not wait for it', async () => {
  const tx = await db.startTransaction();
  await tx.collection('accounts').doc('a').update({ balance: 1 });
  now += TRANSACTION_TTL_MS + 1;
  await accounts().doc('a').update({ balance: 3 });
  expect(await balance('a')).toBe(3);
  await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE });
});

test('concurrent transactional and plain increments of one document all land, none lost and none stuck', async () => {
  const inTransaction = Array.from({ length: 10 }, () =>
    db.runTransaction(async (t: Transaction) => {
      const doc = (await t.collection('accounts').doc('b').get()).data as unknown as { balance: number };
      await t
        .collection('accounts')
        .doc('b')
        .update({ balance: doc.balance + 1 });
    }, 20),
  );
  const plain = Array.from({ length: 10 }, () =>
    accounts()
      .doc('b')
      .update({ balance: db.command.inc(100) }),
  );
  const results = await Promise.allSettled([...inTransaction, ...plain]);
  const landed = results.slice(0, 10).filter((r) => r.status === 'fulfilled').length;
  expect(results.slice(10).every((r) => r.status === 'fulfilled')).toBe(true);
  expect(await balance('b')).toBe(landed + 1000);
  expect(ctx.emulator.server.listening).toBe(true);
});
