import type { DatabaseSchema } from '../../config/database';
import { emulatorWithSdk, sdkPerTest } from '../helpers/emulator';

/** Aggregation stages and expressions answer as MongoDB (hence CloudBase) does. */
type Row = Record<string, unknown>;
const schema: DatabaseSchema = { orders: { indexes: [] }, books: { indexes: [] }, samples: { indexes: [] } };

const sdk = sdkPerTest(schema);

async function addOrdersAndBooks() {
  await sdk.db.collection('orders').add([
    { _id: 'o1', book: '红岩', qty: 2 },
    { _id: 'o2', book: '围城', qty: 5 },
    { _id: 'o3', book: '无此书', qty: 1 },
    { _id: 'o4', titles: ['围城', '红岩', '缺'] },
  ] as never);
  await sdk.db.collection('books').add([
    { _id: 'b1', title: '红岩', stock: 3 },
    { _id: 'b2', title: '围城', stock: 4 },
  ] as never);
}

test('lookup with localField and foreignField joins another collection of the same database', async () => {
  await addOrdersAndBooks();
  const { data } = await sdk.db
    .collection('orders')
    .aggregate()
    .sort({ _id: 1 })
    .lookup({ from: 'books', localField: 'book', foreignField: 'title', as: 'bookList' })
    .end();
  expect((data as Row[]).map((o) => [o._id, (o.bookList as Array<{ _id: string }>).map((b) => b._id)])).toEqual([
    ['o1', ['b1']],
    ['o2', ['b2']],
    ['o3', []],
    ['o4', []],
  ]);
  // An array local field matches every element; values without a match add nothing.
  const byTitles = await sdk.db
    .collection('orders')
    .aggregate()
    .match({ _id: 'o4' })
    .lookup({ from: 'books', localField: 'titles', foreignField: 'title', as: 'bookList' })
    .end();
  expect(byTitles.data).toHaveLength(1);
  const list = byTitles.data[0]?.bookList as Array<{ _id: string }>;
  expect(list.map((b) => b._id).sort()).toEqual(['b1', 'b2']);
});

test('an equality lookup reads only the foreign documents that can match, through their index', async () => {
  const indexed: DatabaseSchema = { orders: { indexes: [] }, books: { indexes: [{ name: 'title', keys: { title: 1 } }] } };
  const local = await emulatorWithSdk(indexed);
  try {
    await local.db.collection('books').add(Array.from({ length: 500 }, (_, n) => ({ _id: `b${n}`, title: `书${n}` })) as never);
    await local.db.collection('orders').add([{ _id: 'o1', titles: ['书7', '书300'] }, { _id: 'o2', book: '书9' }, { _id: 'o3' }] as never);
    const read = jest.spyOn(local.emulator.store, 'find');
    const { data } = await local.db
      .collection('orders')
      .aggregate()
      .sort({ _id: 1 })
      .lookup({ from: 'books', localField: 'titles', foreignField: 'title', as: 'found' })
      .end();
    const foreignReads = read.mock.calls.filter(([collection]) => collection === 'books');
    expect(foreignReads).toHaveLength(1);
    expect(local.emulator.store.explain('books', foreignReads[0]?.[1])).toContain('USING INDEX');
    expect((data as Row[]).map((o) => (o.found as Array<{ _id: string }>).map((b) => b._id).sort())).toEqual([['b300', 'b7'], [], []]);
    read.mockRestore();
  } finally {
    await local.emulator.close();
  }
});

test('lookup with let and a pipeline joins another collection through $expr on the let variables', async () => {
  await addOrdersAndBooks();
  const _ = sdk.db.command;
  const $ = sdk.db.command.aggregate;
  const { data } = await sdk.db
    .collection('orders')
    .aggregate()
    .match({ book: _.exists(true) })
    .lookup({
      from: 'books',
      let: { orderBook: '$book', orderQty: '$qty' },
      pipeline: $.pipeline()
        .match(_.expr($.and([$.eq(['$title', '$$orderBook']), $.gte(['$stock', '$$orderQty'])])))
        .project({ _id: 0, title: 1, stock: 1 })
        .done(),
      as: 'bookList',
    })
    .sort({ _id: 1 })
    .end();
  expect((data as Row[]).map((o) => [o._id, o.bookList])).toEqual([
    ['o1', [{ title: '红岩', stock: 3 }]],
    ['o2', []],
    ['o3', []],
  ]);
});

test('$week counts Sunday-based weeks as MongoDB does, in the given timezone', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('samples').add([
    { _id: 1, at: new Date('2019-05-14T00:00:00Z') },
    { _id: 2, at: new Date('2017-01-01T00:00:00Z') },
    { _id: 3, at: new Date('2021-01-02T00:00:00Z') },
    { _id: 4, at: new Date('2016-12-31T20:00:00Z') },
  ] as never);
  const { data } = await sdk.db
    .collection('samples')
    .aggregate()
    .sort({ _id: 1 })
    .project({ week: $.week('$at'), beijingWeek: $.week({ date: '$at', timezone: 'Asia/Shanghai' }) })
    .end();
  expect((data as Row[]).map((d) => [d.week, d.beijingWeek])).toEqual([
    [19, 19],
    [1, 1],
    [0, 0],
    // Saturday 2016-12-31 in UTC, already Sunday 2017-01-01 in Beijing
    [52, 1],
  ]);
});

test('$isoWeekYear and $dateToString’s %G, %U and %% are the ISO week-year, the Sunday-based week and a percent sign', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('samples').add([
    { _id: 1, at: new Date('2017-01-01T00:00:00Z') },
    { _id: 2, at: new Date('2021-01-02T00:00:00Z') },
    { _id: 3, at: new Date('2019-12-30T00:00:00Z') },
    { _id: 4, at: new Date('2019-05-14T00:00:00Z') },
  ] as never);
  const { data } = await sdk.db
    .collection('samples')
    .aggregate()
    .sort({ _id: 1 })
    .project({ isoYear: $.isoWeekYear('$at'), text: $.dateToString({ date: '$at', format: '%G-W%V %Y week %U %%U' }) })
    .end();
  expect((data as Row[]).map((d) => [d.isoYear, d.text])).toEqual([
    [2016, '2016-W52 2017 week 01 %U'],
    [2020, '2020-W53 2021 week 00 %U'],
    [2020, '2020-W01 2019 week 52 %U'],
    [2019, '2019-W20 2019 week 19 %U'],
  ]);
});

test('date parts of a missing or null date are null, not an error', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('samples').add([{ _id: 1 }, { _id: 2, at: null }] as never);
  const { data } = await sdk.db
    .collection('samples')
    .aggregate()
    .project({
      _id: 0,
      year: $.year('$at'),
      month: $.month('$at'),
      hour: $.hour({ date: '$at', timezone: 'Asia/Shanghai' }),
      week: $.week('$at'),
      isoWeekYear: $.isoWeekYear('$at'),
      text: $.dateToString({ date: '$at', format: '%Y' }),
    })
    .end();
  const nulls = { year: null, month: null, hour: null, week: null, isoWeekYear: null, text: null };
  expect(data).toEqual([nulls, nulls]);
});

test('$indexOfCP answers the code-point index of a substring within an optional range', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('samples').add({ _id: 1, s: '∫b∫ba', emoji: 'a😀b', empty: '' });
  const { data } = await sdk.db
    .collection('samples')
    .aggregate()
    .project({
      _id: 0,
      first: $.indexOfCP(['$s', 'b']),
      from2: $.indexOfCP(['$s', 'b', 2]),
      within: $.indexOfCP(['$s', 'a', 0, 4]),
      upTo5: $.indexOfCP(['$s', 'a', 0, 5]),
      startPastEnd: $.indexOfCP(['$s', 'b', 3, 1]),
      none: $.indexOfCP(['$s', 'z']),
      emoji: $.indexOfCP(['$emoji', 'b']),
      emptyToken: $.indexOfCP(['$s', '', 2]),
      emptyInEmpty: $.indexOfCP(['$empty', '']),
      missing: $.indexOfCP(['$nothing', 'b']),
    })
    .end();
  expect(data).toEqual([{ first: 1, from2: 3, within: -1, upTo5: 4, startPastEnd: -1, none: -1, emoji: 2, emptyToken: 2, emptyInEmpty: 0, missing: null }]);
});

test('$substr and $substrBytes take the rest of the string for a negative length, and count UTF-8 bytes', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('samples').add({ _id: 1, s: 'abcdef', zh: '忻州市' });
  const { data } = await sdk.db
    .collection('samples')
    .aggregate()
    .project({
      _id: 0,
      rest: $.substr(['$s', 1, -1]),
      restBytes: $.substrBytes(['$s', 2, -5]),
      some: $.substr(['$s', 1, 2]),
      past: $.substrBytes(['$s', 10, 2]),
      zhRest: $.substrBytes(['$zh', 3, -1]),
      zhOne: $.substr(['$zh', 0, 3]),
      missing: $.substr(['$nothing', 0, 2]),
    })
    .end();
  expect(data).toEqual([{ rest: 'bcdef', restBytes: 'cdef', some: 'bc', past: '', zhRest: '州市', zhOne: '忻', missing: '' }]);
  // A byte range that splits a character is refused, as MongoDB does.
  await expect(
    sdk.db
      .collection('samples')
      .aggregate()
      .project({ bad: $.substrBytes(['$zh', 1, 2]) })
      .end(),
  ).rejects.toThrow(/continuation byte/);
});
