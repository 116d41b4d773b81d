import { registrationConfirmInput, registrationConfirmOutput } from '../../../shared/api/registration';
import { maskName } from '../../../shared/admission';
import type { Lead } from '../../../shared/records/lead';
import { audit } from '../../domains/staff/audit';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { inTransaction } from '../../_kit/platform/transaction';
import { doubleRegistrations, familiesOf, leadsByIds, markRegistered } from '../../domains/admission/registration';
import { currentSeason } from '../../domains/season/season';
import { admissionFailures } from '../../domains/admission/failures';

/** At most this many names in one reason; the rest are counted. */
const NAMES_SHOWN = 5;
/** Leads marked in one transaction. */
const CHUNK = 50;

function reason(leads: Lead[], name: (l: Lead) => string, why: string): string {
  const names = leads.slice(0, NAMES_SHOWN).map(name).join('、');
  return `${names}${leads.length > NAMES_SHOWN ? ` 等 ${leads.length} 名学生` : ''}${why}`;
}

/**
 * R15: the school admin confirms that students of the school are registered in the national
 * system. Every id must be the school's own student of the year, enrolled and not left, and not a
 * double registration; otherwise nothing is written and the answer says which and why. Each family
 * is told its child was registered, in the same transaction (R28); a repeat tells no one again. Students
 * already confirmed keep their first confirmation (a repeat changes nothing). What the answer counts
 * is decided inside the transaction that marks each student: one who left meanwhile is neither
 * marked nor counted as already registered.
 */
export const main = defineFunction({
  name: 'registrationConfirm',
  input: registrationConfirmInput,
  output: registrationConfirmOutput,
  roles: ['schoolAdmin'],
  async handler({ leadIds }, caller) {
    const at = now();
    const { year } = await currentSeason(at);
    const schoolId = caller.staff.schoolId;
    const ids = [...new Set(leadIds)];
    const own = (await leadsByIds(ids)).filter((l) => l.schoolId === schoolId);
    // another school's lead and an id that does not exist are refused alike: nothing is said of either
    if (own.length !== ids.length) throw admissionFailures.registrationNotOwn(ids.length - own.length);

    const left = own.filter((l) => l.status === 'left');
    const notEnrolled = own.filter((l) => l.status !== 'enrolled' && l.status !== 'left');
    const earlier = own.filter((l) => l.status === 'enrolled' && l.year !== year);
    const enrolled = own.filter((l) => l.status === 'enrolled' && l.year === year);
    const flags = await doubleRegistrations(enrolled);
    const flagged = enrolled.filter((l) => flags.has(l._id));
    const reasons = [
      ...(left.length ? [reason(left, (l) => l.studentName, '已离校，不再注册')] : []),
      ...(notEnrolled.length ? [reason(notEnrolled, (l) => l.studentName, '尚未报到，报到后才能注册')] : []),
      ...(earlier.length ? [reason(earlier, (l) => l.studentName, `不是${year}年的新生`)] : []),
      ...flagged.map((l) => `${maskName(l.studentName)}同时在${(flags.get(l._id) ?? []).join('、')}报到，属重复注册，须两校核实处理后再确认`),
    ];
    if (reasons.length > 0) throw admissionFailures.registrationRefused(reasons);

    const answer = { registered: 0, already: 0, notEnrolled: 0 };
    for (let i = 0; i < enrolled.length; i += CHUNK) {
      const chunk = enrolled.slice(i, i + CHUNK);
      // R28: each family is told, in the transaction that registers their child
      const families = await familiesOf(chunk);
      const counted = await inTransaction(async (tx) => {
        const done = { registered: 0, already: 0, notEnrolled: 0 };
        for (const { _id } of chunk) {
          // read again here: a student who left, or a confirmation at the same moment, is seen as it is now
          const lead = await tx.leads.get(_id);
          if (!lead || lead.status !== 'enrolled') done.notEnrolled += 1;
          else if (lead.registration) done.already += 1;
          else {
            await markRegistered(tx, lead, caller.staff.name, families.get(lead.formId), at);
            done.registered += 1;
          }
        }
        return done;
      });
      answer.registered += counted.registered;
      answer.already += counted.already;
      answer.notEnrolled += counted.notEnrolled;
    }
    if (answer.registered > 0)
      await audit(caller.staff, { action: 'registration.confirm', subjectId: schoolId, at, after: { year, registered: answer.registered } });
    return answer;
  },
});
