import type { z } from 'zod';
import { db } from './app';

/** One document by its id, parsed with its record schema, or null when there is none. */
export async function byId<S extends z.ZodType>(collection: string, id: string, schema: S): Promise<z.infer<S> | null> {
  const { data } = await db.collection(collection).doc(id).get();
  return data[0] ? schema.parse(data[0]) : null;
}
