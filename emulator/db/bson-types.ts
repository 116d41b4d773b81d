/**
 * The BSON type a decoded value had on the wire. The SDK sends integral numbers in the int32 range
 * as `$numberInt` and every other number as `$numberDouble`, and relaxed EJSON turns both into JS
 * numbers, so the type is read back from the value the same way.
 */
export type BsonTypeName =
  | 'double'
  | 'string'
  | 'object'
  | 'array'
  | 'binData'
  | 'undefined'
  | 'objectId'
  | 'bool'
  | 'date'
  | 'null'
  | 'regex'
  | 'javascript'
  | 'int'
  | 'timestamp'
  | 'long'
  | 'decimal'
  | 'minKey'
  | 'maxKey';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** bson's own classes (ObjectId, Binary, Long, …) say what they are in `_bsontype`. */
const bsonClasses: Record<string, BsonTypeName> = {
  ObjectId: 'objectId',
  ObjectID: 'objectId',
  Binary: 'binData',
  Long: 'long',
  Decimal128: 'decimal',
  Timestamp: 'timestamp',
  Code: 'javascript',
  MinKey: 'minKey',
  MaxKey: 'maxKey',
  Double: 'double',
  Int32: 'int',
};

export function isDocument(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function bsonTypeOf(value: unknown): BsonTypeName | 'missing' {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX ? 'int' : 'double';
  if (typeof value === 'bigint') return 'long';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (isDocument(value)) return 'object';
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return (typeof tag === 'string' && bsonClasses[tag]) || 'object';
}
