import { isEqual } from 'mingo/util';
import { bsonTypeOf, isDocument, type BsonTypeName } from '../bson-types';
import { dbErrors } from '../errors';

/**
 * MongoDB's `$jsonSchema` (draft 4 with `bsonType`, without `$ref`, `format` and the rest MongoDB
 * refuses), compiled to a predicate for mingo's `jsonSchemaValidator` option. Keywords about one
 * kind of value (minimum, maxLength, items, properties, …) say nothing about values of another kind.
 */
type Predicate = (value: unknown) => boolean;
type Schema = Record<string, unknown>;

const unsupported = new Set(['$ref', '$schema', 'default', 'definitions', 'format', 'id']);
const metadata = new Set(['title', 'description']);

const bsonTypes = new Set<string>([
  'double',
  'string',
  'object',
  'array',
  'binData',
  'undefined',
  'objectId',
  'bool',
  'date',
  'null',
  'regex',
  'javascript',
  'int',
  'timestamp',
  'long',
  'decimal',
  'minKey',
  'maxKey',
  'number',
]);
const jsonTypes: Record<string, BsonTypeName[]> = {
  object: ['object'],
  array: ['array'],
  number: ['int', 'long', 'double', 'decimal'],
  boolean: ['bool'],
  string: ['string'],
  null: ['null'],
};
const numberTypes: BsonTypeName[] = ['int', 'long', 'double', 'decimal'];

function fail(message: string): never {
  throw dbErrors.refused(`$jsonSchema ${message}`);
}

function schemaAt(value: unknown, keyword: string): Schema {
  if (!isDocument(value)) fail(`keyword '${keyword}' must be an object`);
  return value;
}

function count(value: unknown, keyword: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(`keyword '${keyword}' must be a non-negative integer`);
  return value;
}

function names(value: unknown, keyword: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string'))
    fail(`keyword '${keyword}' must be a non-empty array of strings`);
  return value as string[];
}

function schemas(value: unknown, keyword: string): Predicate[] {
  if (!Array.isArray(value) || value.length === 0) fail(`keyword '${keyword}' must be a non-empty array`);
  return value.map((s) => compile(schemaAt(s, keyword)));
}

function typeSet(value: unknown, keyword: 'type' | 'bsonType'): Set<BsonTypeName> {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((t) => typeof t !== 'string')) fail(`keyword '${keyword}' must be a string or an array of strings`);
  const out = new Set<BsonTypeName>();
  for (const t of list as string[]) {
    if (keyword === 'type') {
      if (t === 'integer') fail("type 'integer' is not currently supported.");
      const mapped = jsonTypes[t];
      if (!mapped) fail(`unknown type: ${t}`);
      mapped.forEach((m) => out.add(m));
    } else {
      if (!bsonTypes.has(t)) fail(`unknown bsonType: ${t}`);
      if (t === 'number') numberTypes.forEach((m) => out.add(m));
      else out.add(t as BsonTypeName);
    }
  }
  return out;
}

const codePoints = (s: string) => Array.from(s).length;

/** MongoDB's patterns are PCRE in UTF-8 mode: read them as Unicode where JS allows, else as they are. */
function pattern(source: string, keyword: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    try {
      return new RegExp(source);
    } catch {
      fail(`keyword '${keyword}' is not a valid regular expression: ${source}`);
    }
  }
}

/** Compiles one (sub)schema; the returned predicate is only ever asked about values that exist. */
function compile(schema: Schema): Predicate {
  const checks: Predicate[] = [];
  const on = <T>(guard: (v: unknown) => v is T, check: (v: T) => boolean) => checks.push((v) => !guard(v) || check(v));
  const isNumber = (v: unknown): v is number => typeof v === 'number';
  const isString = (v: unknown): v is string => typeof v === 'string';
  const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

  if ('type' in schema && 'bsonType' in schema) fail("cannot specify both 'type' and 'bsonType'");
  if (schema.exclusiveMinimum !== undefined && schema.minimum === undefined) fail("keyword 'minimum' must be present if 'exclusiveMinimum' is present");
  if (schema.exclusiveMaximum !== undefined && schema.maximum === undefined) fail("keyword 'maximum' must be present if 'exclusiveMaximum' is present");

  for (const [keyword, value] of Object.entries(schema)) {
    if (unsupported.has(keyword)) fail(`keyword '${keyword}' is not currently supported`);
    switch (keyword) {
      case 'type':
      case 'bsonType': {
        const allowed = typeSet(value, keyword);
        checks.push((v) => allowed.has(bsonTypeOf(v) as BsonTypeName));
        break;
      }
      case 'enum': {
        if (!Array.isArray(value) || value.length === 0) fail("keyword 'enum' must be a non-empty array");
        checks.push((v) => value.some((e) => isEqual(e, v)));
        break;
      }
      case 'minimum':
      case 'maximum': {
        if (typeof value !== 'number') fail(`keyword '${keyword}' must be a number`);
        const exclusive = schema[keyword === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true;
        if (keyword === 'minimum') on(isNumber, (v) => (exclusive ? v > value : v >= value));
        else on(isNumber, (v) => (exclusive ? v < value : v <= value));
        break;
      }
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
      case 'uniqueItems':
        if (typeof value !== 'boolean') fail(`keyword '${keyword}' must be a boolean`);
        if (keyword === 'uniqueItems' && value) on(isArray, (v) => v.every((x, i) => v.findIndex((y) => isEqual(x, y)) === i));
        break;
      case 'multipleOf': {
        if (typeof value !== 'number' || !(value > 0)) fail("keyword 'multipleOf' must be a positive number");
        on(isNumber, (v) => Number.isInteger(v / value));
        break;
      }
      case 'minLength':
      case 'maxLength': {
        const n = count(value, keyword);
        on(isString, (v) => (keyword === 'minLength' ? codePoints(v) >= n : codePoints(v) <= n));
        break;
      }
      case 'pattern': {
        if (typeof value !== 'string') fail("keyword 'pattern' must be a string");
        const re = pattern(value, keyword);
        on(isString, (v) => re.test(v));
        break;
      }
      case 'minItems':
      case 'maxItems': {
        const n = count(value, keyword);
        on(isArray, (v) => (keyword === 'minItems' ? v.length >= n : v.length <= n));
        break;
      }
      case 'items': {
        if (Array.isArray(value)) {
          const each = value.map((s) => compile(schemaAt(s, 'items')));
          const extra = schema.additionalItems;
          const rest = extra === undefined || extra === true ? () => true : extra === false ? () => false : compile(schemaAt(extra, 'additionalItems'));
          on(isArray, (v) => v.every((x, i) => (each[i] ?? rest)(x)));
        } else {
          const each = compile(schemaAt(value, 'items'));
          on(isArray, (v) => v.every(each));
        }
        break;
      }
      case 'additionalItems':
        if (typeof value !== 'boolean') schemaAt(value, keyword);
        break;
      case 'required': {
        const fields = names(value, keyword);
        on(isDocument, (v) => fields.every((f) => v[f] !== undefined));
        break;
      }
      case 'minProperties':
      case 'maxProperties': {
        const n = count(value, keyword);
        on(isDocument, (v) => (keyword === 'minProperties' ? Object.keys(v).length >= n : Object.keys(v).length <= n));
        break;
      }
      case 'properties':
      case 'patternProperties':
      case 'additionalProperties':
        break; // checked together below: additionalProperties depends on the other two
      case 'dependencies': {
        const deps = Object.entries(schemaAt(value, keyword)).map(([field, dep]): [string, Predicate] => {
          if (Array.isArray(dep)) {
            const needed = names(dep, 'dependencies');
            return [field, (v) => needed.every((f) => (v as Schema)[f] !== undefined)];
          }
          return [field, compile(schemaAt(dep, 'dependencies'))];
        });
        on(isDocument, (v) => deps.every(([field, check]) => v[field] === undefined || check(v)));
        break;
      }
      case 'allOf': {
        const all = schemas(value, keyword);
        checks.push((v) => all.every((p) => p(v)));
        break;
      }
      case 'anyOf': {
        const any = schemas(value, keyword);
        checks.push((v) => any.some((p) => p(v)));
        break;
      }
      case 'oneOf': {
        const one = schemas(value, keyword);
        checks.push((v) => one.filter((p) => p(v)).length === 1);
        break;
      }
      case 'not': {
        const inner = compile(schemaAt(value, keyword));
        checks.push((v) => !inner(v));
        break;
      }
      default:
        if (metadata.has(keyword)) {
          if (typeof value !== 'string') fail(`keyword '${keyword}' must be a string`);
          break;
        }
        fail(`unknown keyword: ${keyword}`);
    }
  }

  const objectCheck = objectProperties(schema);
  if (objectCheck) on(isDocument, objectCheck);
  return (v) => checks.every((check) => check(v));
}

function objectProperties(schema: Schema): ((v: Schema) => boolean) | undefined {
  const { properties, patternProperties, additionalProperties } = schema;
  if (properties === undefined && patternProperties === undefined && additionalProperties === undefined) return undefined;
  const named = Object.entries(properties === undefined ? {} : schemaAt(properties, 'properties')).map(([k, s]): [string, Predicate] => [
    k,
    compile(schemaAt(s, 'properties')),
  ]);
  const patterned = Object.entries(patternProperties === undefined ? {} : schemaAt(patternProperties, 'patternProperties')).map(
    ([re, s]): [RegExp, Predicate] => [pattern(re, 'patternProperties'), compile(schemaAt(s, 'patternProperties'))],
  );
  if (additionalProperties !== undefined && typeof additionalProperties !== 'boolean') schemaAt(additionalProperties, 'additionalProperties');
  const additional: Predicate =
    additionalProperties === undefined || additionalProperties === true
      ? () => true
      : additionalProperties === false
        ? () => false
        : compile(additionalProperties as Schema);
  const byName = new Map(named);
  return (doc) =>
    Object.entries(doc).every(([key, value]) => {
      if (value === undefined) return true;
      const own = byName.get(key);
      const matching = patterned.filter(([re]) => re.test(key));
      if (own && !own(value)) return false;
      if (matching.some(([, check]) => !check(value))) return false;
      return own !== undefined || matching.length > 0 || additional(value);
    });
}

/** mingo's `jsonSchemaValidator` option: the schema of a `$jsonSchema` query, as a test of one document. */
export function jsonSchemaValidator(schema: Record<string, unknown>): (doc: unknown) => boolean {
  return compile(schema);
}
