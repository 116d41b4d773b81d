import { randomBytes } from 'node:crypto';
import type { Doc } from '../ejson';
import { bsonTypeOf } from './bson-types';
import { dbErrors } from './errors';

/**
 * A document's `_id`. CloudBase keeps the `_id` a caller gives, string or number (the SDK sends
 * `doc(42)` and `add({ _id: 42 })` as a `$numberInt`); 42 and "42" are two different documents.
 * The emulator keeps these two types only.
 */
export type DocId = string | number;

export function newId(): string {
  return randomBytes(16).toString('hex');
}

export function isDocId(value: unknown): value is DocId {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
}

/** The `_id` a new document is stored under: its own, or a generated one when it has none. */
export function idForInsert(doc: Doc): DocId {
  const id = doc._id;
  if (id === undefined || id === null || id === '') return newId();
  if (isDocId(id)) return id;
  throw dbErrors.invalid(`the local emulator keeps only string and number _id values, not ${bsonTypeOf(id)}`);
}

/** A map key for one document that keeps 42 and "42" apart. */
export function docKey(collection: string, id: DocId): string {
  return `${collection}\u0000${typeof id === 'number' ? 'n' : 's'}${id}`;
}
