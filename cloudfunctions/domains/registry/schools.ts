import type { School } from '../../../shared/records/school';
import { records } from '../../_kit/platform/collections';

export async function schoolById(id: string | undefined): Promise<School | null> {
  return id ? records.schools.get(id) : null;
}
