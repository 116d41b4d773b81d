import { schoolSchema, type School } from '../../shared/records/school';
import { db } from './app';

export async function schoolById(id: string | undefined): Promise<School | null> {
  if (!id) return null;
  const { data } = await db.collection('schools').where({ _id: id }).limit(1).get();
  return data[0] ? schoolSchema.parse(data[0]) : null;
}
