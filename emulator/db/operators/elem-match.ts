import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { isDocument } from '../bson-types';
import { dbErrors } from '../errors';

/**
 * `$elemMatch` as MongoDB parses it. Criteria that open with a comparison operator (`{ $gt: 4 }`)
 * apply to the element itself; any other criteria (`{ value: … }`, `{ $or: … }`) describe an element
 * that is a document, so scalar elements never match them — mingo tests scalars against field
 * criteria too, and `{ value: { $ne: 3 } }` would then match `[1, 7]`.
 */
const pathless = new Set(['$and', '$or', '$nor', '$expr', '$where', '$jsonSchema', '$comment', '$text', '$alwaysTrue', '$alwaysFalse']);

export function $elemMatch(selector: string, criteria: unknown, options: Options): (doc: unknown) => boolean {
  if (!isDocument(criteria)) throw dbErrors.refused('$elemMatch needs an Object');
  const first = Object.keys(criteria)[0];
  const onElement = first !== undefined && first.startsWith('$') && !pathless.has(first);
  let test: (element: unknown) => boolean;
  if (onElement) {
    const query = new Query({ element: criteria }, options);
    test = (element) => query.test({ element });
  } else {
    const query = new Query(criteria, options);
    test = (element) => isDocument(element) && query.test(element);
  }
  const path = selector.split('.');
  return (doc) => arraysAt(doc, path).some((array) => array.some(test));
}

/**
 * The arrays a dotted path reaches: arrays met on the way are walked element by element (and a
 * numeric part may index them), the array at the end is matched as a whole.
 */
function arraysAt(value: unknown, path: string[]): unknown[][] {
  if (path.length === 0) return Array.isArray(value) ? [value] : [];
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) {
    const viaElements = value.flatMap((element) => (isDocument(element) ? arraysAt(element, path) : []));
    const index = /^\d+$/.test(head) ? Number(head) : undefined;
    return index === undefined ? viaElements : [...arraysAt(value[index], rest), ...viaElements];
  }
  return isDocument(value) ? arraysAt(value[head], rest) : [];
}
