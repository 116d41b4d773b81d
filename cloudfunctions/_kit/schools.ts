import { schoolSchema, type School } from '../../shared/records/school';
import { byId } from './by-id';

export async function schoolById(id: string | undefined): Promise<School | null> {
  return id ? byId('schools', id, schoolSchema) : null;
}
