import type { Failure } from './failures';

/**
 * Optimistic concurrency for what people edit (a season, a district's target sheet, a school, a
 * major, a registry row an import sets): the editor sends back the revision it read, and the write
 * — in the transaction that reads the record again — refuses any other and stores the next. Every
 * writer of such a record goes through `nextRevision`, so no write leaves the revision behind.
 */

/** The revision of a record as stored, 0 when there is none yet. */
export function revisionOf(stored: { revision: number } | null | undefined): number {
  return stored ? stored.revision : 0;
}

/** The revision a write stores, only if `basedOn` is what is stored now; otherwise `changed()` is thrown. */
export function nextRevision(stored: { revision: number } | null | undefined, basedOn: number, changed: () => Failure): number {
  if (revisionOf(stored) !== basedOn) throw changed();
  return revisionOf(stored) + 1;
}
