import type { Staff } from '../../../shared/records/staff';
import { records } from '../../_kit/platform/collections';

/** The school's active admins (a revoked one is told nothing more). */
export async function schoolAdminsOf(schoolId: string): Promise<Staff[]> {
  return (await records.staff.find({ schoolId, role: 'schoolAdmin' }, { limit: 100 })).filter((s) => s.status === 'active');
}
