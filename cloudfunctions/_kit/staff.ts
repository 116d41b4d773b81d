import type { Staff } from '../../shared/records/staff';
import { records } from './platform/collections';

export function schoolAdminsOf(schoolId: string): Promise<Staff[]> {
  return records.staff.find({ schoolId, role: 'schoolAdmin' }, { limit: 100 });
}
