import { Lazy, type Iterator } from 'mingo/lazy';
import { $lookup as mingoLookup } from 'mingo/operators/pipeline';
import type { AnyObject, Options } from 'mingo/types';
import { isEqual, resolve } from 'mingo/util';
import { isDocument } from '../bson-types';
import { dbErrors } from '../errors';

/**
 * `$lookup` against another collection of the same database, found through the
 * `collectionResolver` option (a collection that does not exist joins nothing, as in MongoDB).
 *
 * The equality join (`localField`/`foreignField`) is done here: mingo adds a `null` to the result
 * for every element of an array local field that has no match, and with a `pipeline` alongside it
 * runs the pipeline over the whole foreign collection instead of over the matches. The `let` and
 * `pipeline` part is mingo's, given the matching foreign documents.
 */
interface LookupSpec {
  from: string;
  as: string;
  localField?: string;
  foreignField?: string;
  let?: AnyObject;
  pipeline?: Array<Record<string, AnyObject>>;
}

/**
 * The engine's collection resolver, which also takes a filter: the emulator answers it through the
 * collection's indexes (mingo itself calls it with the name alone).
 */
export type ForeignResolver = (name: string, filter?: AnyObject) => AnyObject[];

function specOf(expr: unknown): LookupSpec {
  if (!isDocument(expr)) throw dbErrors.refused('the $lookup stage specification must be an object');
  const { from, as, localField, foreignField, pipeline } = expr;
  if (typeof from !== 'string') throw dbErrors.refused("$lookup requires 'from' to be a collection name");
  if (typeof as !== 'string') throw dbErrors.refused("$lookup requires an 'as' field");
  if ((localField === undefined) !== (foreignField === undefined))
    throw dbErrors.refused("$lookup requires both or neither of 'localField' and 'foreignField'");
  if (localField === undefined && pipeline === undefined) throw dbErrors.refused("$lookup requires either 'pipeline' or both 'localField' and 'foreignField'");
  if (localField !== undefined && typeof localField !== 'string') throw dbErrors.refused("$lookup argument 'localField' must be a string");
  if (foreignField !== undefined && typeof foreignField !== 'string') throw dbErrors.refused("$lookup argument 'foreignField' must be a string");
  if (pipeline !== undefined && !Array.isArray(pipeline)) throw dbErrors.refused("$lookup argument 'pipeline' must be an array");
  return expr as unknown as LookupSpec;
}

/** A field's values for an equality join: an array and each of its elements, or null for a missing field. */
function joinValues(doc: AnyObject, field: string): unknown[] {
  const value = resolve(doc, field) ?? null;
  return Array.isArray(value) ? [...value, value] : [value];
}

export function $lookup(collection: Iterator, expr: unknown, options: Options): Iterator {
  const spec = specOf(expr);
  const resolver = options.collectionResolver;
  if (!resolver) throw dbErrors.refused('$lookup: no collection resolver');
  const { localField, foreignField } = spec;
  if (localField === undefined || foreignField === undefined) return mingoLookup(collection, { ...spec, from: resolver(spec.from) }, options);

  // An equality join reads only the foreign documents that can match (through the foreign
  // collection's indexes, as MongoDB would), not the whole collection.
  const locals = collection.collect<AnyObject>();
  const wantedValues = locals.flatMap((doc) => {
    const local = resolve(doc, localField) ?? null;
    return Array.isArray(local) ? local : [local];
  });
  const foreign = (resolver as ForeignResolver)(spec.from, { [foreignField]: { $in: wantedValues } });
  const foreignValues = foreign.map((doc) => ({ doc, values: joinValues(doc, foreignField) }));
  return Lazy(locals).map((doc: AnyObject) => {
    const local = resolve(doc, localField) ?? null;
    // A local array matches on any of its elements (not on itself, unlike the foreign side).
    const wanted = Array.isArray(local) ? local : [local];
    const matched = foreignValues.filter((f) => f.values.some((v) => wanted.some((w) => isEqual(v, w)))).map((f) => f.doc);
    if (!spec.pipeline) return { ...doc, [spec.as]: matched };
    const joined = { from: matched, as: spec.as, let: spec.let, pipeline: spec.pipeline };
    return mingoLookup(Lazy([doc]), joined, options).next().value;
  });
}
