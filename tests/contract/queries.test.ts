import type { DatabaseSchema } from '../../config/database';
import { sdkPerTest } from '../helpers/emulator';

/** Query operators answer as MongoDB (hence CloudBase) does, including where mingo alone would not. */
const schema: DatabaseSchema = { items: { indexes: [] } };

const sdk = sdkPerTest(schema);

const ids = (res: { data: Array<{ _id?: unknown }> }) => res.data.map((d) => d._id).sort();

test('elemMatch with field conditions matches only array elements that are documents, never scalars', async () => {
  const _ = sdk.db.command;
  await sdk.db.collection('items').add([
    { _id: 'scalars', tags: [1, 7] },
    { _id: 'doc', tags: [{ value: 3 }] },
    { _id: 'mixed', tags: [5, { value: -1 }] },
    { _id: 'not-array', tags: { value: 3 } },
    { _id: 'strings', tags: ['value'] },
  ] as never);
  expect(
    ids(
      await sdk.db
        .collection('items')
        .where({ tags: _.elemMatch({ value: _.gt(0) }) })
        .get(),
    ),
  ).toEqual(['doc']);
  expect(
    ids(
      await sdk.db
        .collection('items')
        .where({ tags: _.elemMatch({ value: _.lt(0) }) })
        .get(),
    ),
  ).toEqual(['mixed']);
  // Conditions on the element itself (operators only) do apply to scalars.
  expect(
    ids(
      await sdk.db
        .collection('items')
        .where({ tags: _.elemMatch(_.gt(4)) })
        .get(),
    ),
  ).toEqual(['mixed', 'scalars']);
  // A field condition that a missing field satisfies still needs a document element.
  expect(
    ids(
      await sdk.db
        .collection('items')
        .where({ tags: _.elemMatch({ value: _.neq(3) }) })
        .get(),
    ),
  ).toEqual(['mixed']);
});

test('jsonSchema in where matches the documents that satisfy MongoDB’s $jsonSchema', async () => {
  const _ = sdk.db.command;
  await sdk.db.collection('items').add([
    { _id: 'ok', name: '忻州', n: 3, tags: ['a', 'b'], at: new Date('2027-04-01T00:00:00Z') },
    { _id: 'double', name: '原平', n: 3.5, tags: [] },
    { _id: 'no-name', n: 1 },
    { _id: 'long-name', name: 'abcdefghijk', n: 2 },
    { _id: 'dup-tags', name: '定襄', n: 2, tags: ['a', 'a'] },
    { _id: 'extra', name: '五台', n: 2, extra: true },
  ] as never);
  const where = (schema: Record<string, unknown>) => sdk.db.collection('items').where(_.jsonSchema(schema)).get().then(ids);
  expect(await where({ required: ['name'] })).toEqual(['double', 'dup-tags', 'extra', 'long-name', 'ok']);
  expect(await where({ properties: { n: { bsonType: 'int' } } })).toEqual(['dup-tags', 'extra', 'long-name', 'no-name', 'ok']);
  expect(await where({ properties: { n: { bsonType: 'double' } } })).toEqual(['double']);
  expect(
    await where({ required: ['name'], properties: { name: { bsonType: 'string', maxLength: 4 }, tags: { bsonType: 'array', uniqueItems: true } } }),
  ).toEqual(['double', 'extra', 'ok']);
  expect(await where({ properties: { n: { type: 'number', minimum: 2, exclusiveMaximum: true, maximum: 3.5 } }, required: ['n'] })).toEqual([
    'dup-tags',
    'extra',
    'long-name',
    'ok',
  ]);
  expect(await where({ properties: { at: { bsonType: 'date' } }, required: ['at'] })).toEqual(['ok']);
  expect(await where({ properties: { _id: {}, name: {}, n: {}, tags: {} }, additionalProperties: false })).toEqual([
    'double',
    'dup-tags',
    'long-name',
    'no-name',
  ]);
  expect(await where({ anyOf: [{ required: ['extra'] }, { properties: { name: { enum: ['忻州'] } }, required: ['name'] }] })).toEqual(['extra', 'ok']);
  expect(await where({ not: { required: ['tags'] } })).toEqual(['extra', 'long-name', 'no-name']);
  // A keyword MongoDB does not support is refused, not ignored.
  await expect(where({ properties: { name: { format: 'email' } } })).rejects.toMatchObject({ message: expect.stringContaining('format') });
});

describe("a search box's literal regular expression on an indexed field", () => {
  const searchSchema: DatabaseSchema = { cards: { indexes: [{ name: 'text', keys: { text: 1 } }] } };
  const search = sdkPerTest(searchSchema);
  test('finds exactly what MongoDB finds: metacharacters typed literally, case folded for ASCII only', async () => {
    await search.db.collection('cards').add([
      { _id: 'a', text: '忻州市职业技术学校 计算机应用(3+2)' },
      { _id: 'b', text: 'XINZHOU Nursing School' },
      { _id: 'c', text: '原平市 护理' },
      { _id: 'd', text: 42 },
    ] as never);
    const ids = async (regexp: string, options = '') =>
      (
        await search.db
          .collection('cards')
          .where({ text: search.db.RegExp({ regexp, options }) })
          .get()
      ).data
        .map((d) => d._id)
        .sort();
    await expect(ids('计算机')).resolves.toEqual(['a']);
    await expect(ids('\\(3\\+2\\)')).resolves.toEqual(['a']);
    await expect(ids('nursing', 'i')).resolves.toEqual(['b']);
    await expect(ids('nursing')).resolves.toEqual([]);
    await expect(ids('护.')).resolves.toEqual(['c']);
    await expect(ids('^原平')).resolves.toEqual(['c']);
    await expect(ids('42')).resolves.toEqual([]);
  });
});

describe('$in with null on an indexed field', () => {
  const inSchema: DatabaseSchema = { people: { indexes: [{ name: 'code', keys: { code: 1 } }] } };
  const people = sdkPerTest(inSchema);
  test('matches the listed values and a null or missing field, as `field: null` does; an empty $in matches nothing', async () => {
    const _ = people.db.command;
    await people.db.collection('people').add([{ _id: 'a', code: 'A' }, { _id: 'b', code: 'B' }, { _id: 'null', code: null }, { _id: 'missing' }] as never);
    const where = (q: object) => people.db.collection('people').where(q).get().then(ids);
    expect(await where({ code: _.in(['A', null]) })).toEqual(['a', 'missing', 'null']);
    expect(await where({ code: _.in([null]) })).toEqual(['missing', 'null']);
    expect(await where({ code: _.in(['B', 'B']) })).toEqual(['b']);
    expect(await where({ code: _.in([]) })).toEqual([]);
    expect(people.emulator.store.explain('people', { code: { $in: ['A', null] } })).toContain('USING INDEX');
  });
});
