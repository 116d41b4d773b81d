import type { DatabaseSchema } from '../../config/database';
import { sdkPerTest, type Db } from '../helpers/emulator';

/**
 * A `$match` + simple `$group` is grouped by SQLite (as MongoDB groups in the database); its answer
 * must be the one mingo gives over the matched documents, which every test compares against by
 * running the same pipeline again with the SQL grouping switched off.
 */
type Row = Record<string, unknown>;
type Aggregation = ReturnType<ReturnType<Db['collection']>['aggregate']>;

const schema: DatabaseSchema = {
  forms: { indexes: [{ name: 'status_year', keys: { status: 1, year: 1 } }] },
};

const sdk = sdkPerTest(schema);

interface Answers {
  /** the answer as served (SQL grouping when it applies) */
  served: Row[];
  /** the same pipeline through mingo over every matched document */
  mingo: Row[];
  /** whether SQLite answered the group */
  pushedDown: boolean;
}

async function answers(collection: string, build: (a: Aggregation) => Aggregation): Promise<Answers> {
  const group = jest.spyOn(sdk.emulator.store, 'group');
  try {
    const served = await build(sdk.db.collection(collection).aggregate()).end();
    const pushedDown = group.mock.results.some((r) => r.type === 'return' && r.value !== undefined);
    // undefined is the store's "not in SQL": the request takes the path it took before the pushdown
    group.mockReturnValue(undefined);
    const mingo = await build(sdk.db.collection(collection).aggregate()).end();
    return { served: served.data as Row[], mingo: mingo.data as Row[], pushedDown };
  } finally {
    group.mockRestore();
  }
}

test('a missing or null key groups under null, and 1, "1" and true are three groups', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'f1', year: 2027, status: 'active', school: 'j1' },
    { _id: 'f2', year: 2027, status: 'active', school: 1 },
    { _id: 'f3', year: 2027, status: 'active' },
    { _id: 'f4', year: 2027, status: 'active', school: '1' },
    { _id: 'f5', year: 2027, status: 'active', school: null },
    { _id: 'f6', year: 2027, status: 'active', school: true },
    { _id: 'f7', year: 2027, status: 'active', school: 'j1' },
    { _id: 'f8', year: 2027, status: 'active', school: 1 },
    { _id: 'f9', year: 2027, status: 'withdrawn', school: 'j1' },
    { _id: 'f10', year: 2026, status: 'active', school: 'j1' },
  ] as never);
  const got = await answers('forms', (a) => a.match({ year: 2027, status: 'active' }).group({ _id: '$school', forms: $.sum(1) }));
  expect(got.pushedDown).toBe(true);
  // in the order mingo meets the groups
  expect(got.served).toEqual([
    { _id: 'j1', forms: 2 },
    { _id: 1, forms: 2 },
    { _id: null, forms: 2 },
    { _id: '1', forms: 1 },
    { _id: true, forms: 1 },
  ]);
  expect(got.served).toEqual(got.mingo);
});

test('counted from the keys alone, 2, 2.5, "2" and "2.5" stay four groups, as mingo keeps them', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'f1', year: 2027, status: 'active', school: 2 },
    { _id: 'f2', year: 2027, status: 'active', school: 2.5 },
    { _id: 'f3', year: 2027, status: 'active', school: '2' },
    { _id: 'f4', year: 2027, status: 'active', school: '2.5' },
    { _id: 'f5', year: 2027, status: 'active', school: 2.5 },
    { _id: 'f6', year: 2027, status: 'active', school: 2 },
  ] as never);
  const got = await answers('forms', (a) => a.match({ year: 2027, status: 'active' }).group({ _id: '$school', forms: $.sum(1) }));
  expect(got.pushedDown).toBe(true);
  expect(got.served).toEqual([
    { _id: 2, forms: 2 },
    { _id: 2.5, forms: 2 },
    { _id: '2', forms: 1 },
    { _id: '2.5', forms: 1 },
  ]);
  expect(got.served).toEqual(got.mingo);
});

test('a nested path groups by the inner field; a missing or scalar parent is a null key', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'f1', year: 2027, status: 'active', student: { juniorSchoolId: 'j2', name: 'a' } },
    { _id: 'f2', year: 2027, status: 'active', student: { name: 'b' } },
    { _id: 'f3', year: 2027, status: 'active' },
    { _id: 'f4', year: 2027, status: 'active', student: 'not an object' },
    { _id: 'f5', year: 2027, status: 'active', student: { juniorSchoolId: 'j2' } },
    { _id: 'f6', year: 2027, status: 'active', student: { juniorSchoolId: 7 } },
  ] as never);
  const got = await answers('forms', (a) => a.match({ year: 2027, status: 'active' }).group({ _id: '$student.juniorSchoolId', forms: $.sum(1) }));
  expect(got.pushedDown).toBe(true);
  expect(got.served).toEqual([
    { _id: 'j2', forms: 2 },
    { _id: null, forms: 3 },
    { _id: 7, forms: 1 },
  ]);
  expect(got.served).toEqual(got.mingo);
});

test('an object key of two paths keeps a missing member apart from a null one, as MongoDB does', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'l1', schoolId: 's1', status: 'new' },
    { _id: 'l2', schoolId: 's1', status: 'new' },
    { _id: 'l3', schoolId: 's1', status: 'called' },
    { _id: 'l4', schoolId: 's1' },
    { _id: 'l5', schoolId: 's1', status: null },
    { _id: 'l6', schoolId: 's2', status: 'new' },
    { _id: 'l7', status: 'new' },
  ] as never);
  const got = await answers('forms', (a) => a.group({ _id: { school: '$schoolId', status: '$status' }, leads: $.sum(1) }));
  expect(got.pushedDown).toBe(true);
  // The emulator's wire encoding writes the missing member as null (MongoDB leaves it out), so the
  // third and fourth groups look alike here; they are two groups, as in MongoDB.
  expect(got.served).toEqual([
    { _id: { school: 's1', status: 'new' }, leads: 2 },
    { _id: { school: 's1', status: 'called' }, leads: 1 },
    { _id: { school: 's1', status: null }, leads: 1 },
    { _id: { school: 's1', status: null }, leads: 1 },
    { _id: { school: 's2', status: 'new' }, leads: 1 },
    { _id: { school: null, status: 'new' }, leads: 1 },
  ]);
  expect(got.served).toEqual(got.mingo);
});

test('$sum of a field adds the integers and ignores strings, booleans, null and missing values; of a number, counts', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'a1', g: 'a', n: 3 },
    { _id: 'a2', g: 'a', n: '4' },
    { _id: 'a3', g: 'a', n: true },
    { _id: 'a4', g: 'a', n: null },
    { _id: 'a5', g: 'a' },
    { _id: 'a6', g: 'a', n: -10 },
    { _id: 'b1', g: 'b', n: 'x' },
    { _id: 'b2', g: 'b' },
    { _id: 'c1', g: 'c', n: 3000000000 },
    { _id: 'c2', g: 'c', n: 1 },
  ] as never);
  const got = await answers('forms', (a) =>
    a.group({ _id: '$g', total: $.sum('$n'), count: $.sum(1), twice: $.sum(2), halves: $.sum(0.5), none: $.sum('$nothing') }),
  );
  expect(got.pushedDown).toBe(true);
  expect(got.served).toEqual([
    { _id: 'a', total: -7, count: 6, twice: 12, halves: 3, none: 0 },
    { _id: 'b', total: 0, count: 2, twice: 4, halves: 1, none: 0 },
    { _id: 'c', total: 3000000001, count: 2, twice: 4, halves: 1, none: 0 },
  ]);
  expect(got.served).toEqual(got.mingo);
});

test('a constant or null key makes one group, and none when nothing matches', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'f1', year: 2027, status: 'active', n: 2 },
    { _id: 'f2', year: 2027, status: 'active', n: 5 },
  ] as never);
  const all = await answers('forms', (a) => a.match({ year: 2027, status: 'active' }).group({ _id: null, forms: $.sum(1), n: $.sum('$n') }));
  expect(all.pushedDown).toBe(true);
  expect(all.served).toEqual([{ _id: null, forms: 2, n: 7 }]);
  expect(all.served).toEqual(all.mingo);
  const none = await answers('forms', (a) => a.match({ year: 1999, status: 'active' }).group({ _id: 'total', forms: $.sum(1) }));
  expect(none.pushedDown).toBe(true);
  expect(none.served).toEqual([]);
  expect(none.served).toEqual(none.mingo);
  const byPath = await answers('forms', (a) => a.match({ year: 1999, status: 'active' }).group({ _id: '$school', forms: $.sum(1) }));
  expect(byPath.served).toEqual([]);
  expect(byPath.mingo).toEqual([]);
});

test('the stages after the group run on the grouped rows', async () => {
  const $ = sdk.db.command.aggregate;
  const forms = Array.from({ length: 60 }, (_, i) => ({ _id: `f${i}`, year: 2027, status: i % 7 === 0 ? 'withdrawn' : 'active', school: `j${i % 5}` }));
  await sdk.db.collection('forms').add(forms as never);
  const got = await answers('forms', (a) =>
    a
      .match({ year: 2027, status: 'active' })
      .group({ _id: '$school', forms: $.sum(1) })
      .sort({ forms: -1, _id: 1 })
      .project({ _id: 0, school: '$_id', forms: 1 }),
  );
  expect(got.pushedDown).toBe(true);
  const count = (school: string) => forms.filter((f) => f.status === 'active' && f.school === school).length;
  const expected = ['j0', 'j1', 'j2', 'j3', 'j4']
    .map((school) => ({ school, forms: count(school) }))
    .sort((a, b) => b.forms - a.forms || a.school.localeCompare(b.school));
  expect(new Set(expected.map((e) => e.forms)).size).toBeGreaterThan(1);
  expect(got.served).toEqual(expected);
  expect(got.served).toEqual(got.mingo);
});

test('keys that are arrays or objects are grouped by mingo, as MongoDB groups them', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'f1', tags: ['a', 'b'], kind: { k: 1 } },
    { _id: 'f2', tags: 'a', kind: { k: 1 } },
    { _id: 'f3', tags: ['a', 'b'], kind: 'k' },
    { _id: 'f4', tags: ['b', 'a'] },
  ] as never);
  const byTags = await answers('forms', (a) => a.group({ _id: '$tags', n: $.sum(1) }));
  expect(byTags.pushedDown).toBe(false);
  expect(byTags.served).toEqual([
    { _id: ['a', 'b'], n: 2 },
    { _id: 'a', n: 1 },
    { _id: ['b', 'a'], n: 1 },
  ]);
  expect(byTags.served).toEqual(byTags.mingo);
  const byKind = await answers('forms', (a) => a.group({ _id: { kind: '$kind' }, n: $.sum(1) }));
  expect(byKind.pushedDown).toBe(false);
  expect(byKind.served).toEqual([
    { _id: { kind: { k: 1 } }, n: 2 },
    { _id: { kind: 'k' }, n: 1 },
    { _id: { kind: null }, n: 1 },
  ]);
  expect(byKind.served).toEqual(byKind.mingo);
});

test('paths through arrays, dates and doubles to add up are left to mingo', async () => {
  const $ = sdk.db.command.aggregate;
  await sdk.db.collection('forms').add([
    { _id: 'f1', g: 'a', x: 0.1, at: new Date('2027-03-01T00:00:00Z'), items: [{ kind: 'p' }, { kind: 'q' }] },
    { _id: 'f2', g: 'a', x: 0.2, at: new Date('2027-03-01T00:00:00Z'), items: { kind: 'p' } },
    { _id: 'f3', g: 'a', x: 0.3, at: new Date('2027-03-02T00:00:00Z'), items: [{ kind: 'p' }, { kind: 'q' }] },
  ] as never);
  const doubles = await answers('forms', (a) => a.group({ _id: '$g', x: $.sum('$x') }));
  expect(doubles.pushedDown).toBe(false);
  // mingo adds in document order: not 0.6
  expect(doubles.served).toEqual([{ _id: 'a', x: 0.1 + 0.2 + 0.3 }]);
  expect(doubles.served).toEqual(doubles.mingo);
  const dates = await answers('forms', (a) => a.group({ _id: '$at', n: $.sum(1), s: $.sum('$at') }));
  expect(dates.pushedDown).toBe(false);
  expect(dates.served).toEqual([
    { _id: new Date('2027-03-01T00:00:00Z'), n: 2, s: 0 },
    { _id: new Date('2027-03-02T00:00:00Z'), n: 1, s: 0 },
  ]);
  expect(dates.served).toEqual(dates.mingo);
  const throughArray = await answers('forms', (a) => a.group({ _id: '$items.kind', n: $.sum(1) }));
  expect(throughArray.pushedDown).toBe(false);
  expect(throughArray.served).toEqual([
    { _id: ['p', 'q'], n: 2 },
    { _id: 'p', n: 1 },
  ]);
  expect(throughArray.served).toEqual(throughArray.mingo);
});

test('a match SQL cannot answer exactly is checked by mingo before it groups', async () => {
  const $ = sdk.db.command.aggregate;
  const _ = sdk.db.command;
  await sdk.db.collection('forms').add([
    { _id: 'f1', year: 2027, status: 'active', city: '忻州', school: 'j1' },
    { _id: 'f2', year: 2027, status: 'active', city: '太原', school: 'j1' },
    { _id: 'f3', year: 2027, status: 'active', city: '忻州', school: 'j2' },
    { _id: 'f4', year: 2027, status: 'active', school: 'j2', flag: 1 },
    { _id: 'f5', year: 2027, status: 'active', school: 'j2', flag: true },
  ] as never);
  // an unindexed field
  const byCity = await answers('forms', (a) => a.match({ year: 2027, status: 'active', city: '忻州' }).group({ _id: '$school', n: $.sum(1) }));
  expect(byCity.pushedDown).toBe(false);
  expect(byCity.served).toEqual([
    { _id: 'j1', n: 1 },
    { _id: 'j2', n: 1 },
  ]);
  expect(byCity.served).toEqual(byCity.mingo);
  // a range on an indexed field is only a superset in SQL
  const range = await answers('forms', (a) => a.match({ year: _.gte(2027), status: 'active', city: _.exists(false) }).group({ _id: '$school', n: $.sum(1) }));
  expect(range.pushedDown).toBe(false);
  expect(range.served).toEqual([{ _id: 'j2', n: 2 }]);
  expect(range.served).toEqual(range.mingo);
});

test('the dashboard counts are grouped by SQLite, without reading the documents', async () => {
  const $ = sdk.db.command.aggregate;
  const forms = Array.from({ length: 400 }, (_, i) => ({
    _id: `form${i}`,
    year: i % 10 === 0 ? 2026 : 2027,
    status: i % 9 === 0 ? 'withdrawn' : 'active',
    student: i % 37 === 0 ? {} : { juniorSchoolId: `junior${i % 12}` },
  }));
  await sdk.db.collection('choiceForms').add(forms as never);
  const leads = Array.from({ length: 200 }, (_, i) => ({ _id: `lead${i}`, schoolId: `s${i % 3}`, status: ['new', 'called', 'enrolled'][i % 4] }));
  await sdk.db.collection('leads').add(leads as never);

  const find = jest.spyOn(sdk.emulator.store, 'find');
  const { data } = await sdk.db
    .collection('choiceForms')
    .aggregate()
    .match({ year: 2027, status: 'active' })
    .group({ _id: '$student.juniorSchoolId', forms: $.sum(1) })
    .end();
  const byLeads = await sdk.db
    .collection('leads')
    .aggregate()
    .match({ schoolId: 's1' })
    .group({ _id: { school: '$schoolId', status: '$status' }, leads: $.sum(1) })
    .sort({ '_id.status': 1 })
    .end();
  // the documents were never read into JS
  expect(find).not.toHaveBeenCalled();
  find.mockRestore();

  const expected = new Map<unknown, number>();
  for (const f of forms.filter((f) => f.year === 2027 && f.status === 'active')) {
    const key = f.student.juniorSchoolId ?? null;
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  expect(data).toEqual([...expected].map(([_id, n]) => ({ _id, forms: n })));
  const leadCount = (status: string | undefined) => leads.filter((l) => l.schoolId === 's1' && l.status === status).length;
  // a missing status sorts first, as in MongoDB (the wire shows it as null, see above)
  expect(byLeads.data).toEqual([
    { _id: { school: 's1', status: null }, leads: leadCount(undefined) },
    { _id: { school: 's1', status: 'called' }, leads: leadCount('called') },
    { _id: { school: 's1', status: 'enrolled' }, leads: leadCount('enrolled') },
    { _id: { school: 's1', status: 'new' }, leads: leadCount('new') },
  ]);
});
