import type { CollectionName } from '../../../config/database';
import { db } from './app';
import type { Where } from './collections';

/** The most groups one count answers: CloudBase answers an aggregation 20 rows at a time unless told. */
export const MAX_GROUPS = 20_000;

export type Group<K extends string> = { [key in K]: unknown } & { count: number };

/**
 * Counts the documents matching `where` by the values of some fields, in the database (an
 * aggregation's `$group`), without reading the documents: `keys` names each field of a group as
 * the answer calls it. A missing field counts under null.
 */
export async function countBy<K extends string>(collection: CollectionName, where: Where, keys: Record<K, string>): Promise<Group<K>[]> {
  const $ = db.command.aggregate;
  const groupKey = Object.fromEntries(Object.entries(keys).map(([name, path]) => [name, `$${String(path)}`]));
  const { data } = (await db
    .collection(collection)
    .aggregate()
    .match(where)
    .group({ _id: groupKey, count: $.sum(1) })
    .limit(MAX_GROUPS)
    .end()) as {
    data: Array<{ _id: Record<K, unknown> | null; count: number }>;
  };
  return data.map((row) => ({ ...(row._id ?? {}), count: row.count }) as Group<K>);
}
