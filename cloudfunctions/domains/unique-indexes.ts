import { Failure } from '../_kit/platform/failures';
import { brochureFailures } from './brochures/failures';
import { formFailures } from './forms/failures';
import { juniorFailures } from './juniors/failures';
import { staffFailures } from './staff/failures';
import { visitFailures } from './visits/failures';

/**
 * Unique-index violations, mapped in one place to the refusal they mean, by the index's name in
 * config/database.ts (CloudBase and the emulator both name the index in the E11000 message). Each
 * refusal is its domain's; the platform's function wrapper and transactions ask here, so a race the
 * index settles is answered like the check that lost it.
 */
const uniqueIndexFailures: Record<string, () => Failure> = {
  active_student_year: formFailures.alreadySubmitted,
  // earlyStudies.activeKey: two requests for one form at the same moment
  active_form: juniorFailures.earlyStudyStanding,
  // disputes.activeKey: the same family asking twice for the same student at once
  active_raiser_student: formFailures.disputeOpen,
  permit_number: visitFailures.permitNumberTaken,
  filing_number: brochureFailures.filingNumberTaken,
  // staff.openid: one WeChat identity redeeming two codes at the same moment
  openid: staffFailures.alreadyStaff,
  // juniorSchools: two saves or imports of one name in a district, or of one code, at the same moment (R27)
  district_name: juniorFailures.juniorNameTaken,
  junior_code: juniorFailures.juniorCodeTaken,
};

export function failureForDatabaseError(error: unknown): Failure | null {
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (!message.includes('E11000')) return null;
  for (const [index, failure] of Object.entries(uniqueIndexFailures)) if (new RegExp(`(?:\\b|_)${index}\\b`).test(message)) return failure();
  return null;
}
