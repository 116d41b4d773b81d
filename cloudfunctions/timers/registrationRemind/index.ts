import { registrationRemindInput, registrationRemindOutput } from '../../../shared/api/registration';
import { shanghaiDay, shanghaiMinute } from '../../../shared/time';
import { now } from '../../_kit/platform/clock';
import { defineSystemFunction } from '../../_kit/platform/define';
import { figuresBySchool } from '../../domains/admission/registration';
import { currentSeason } from '../../domains/season/season';
import { schoolAdminsOf } from '../../domains/staff/staff';
import { remindOnce } from '../../domains/messages/outbox';

const DAY_MS = 24 * 60 * 60 * 1000;
/** R15: reminded every day from this many days before the registration deadline until the deadline. */
export const REMIND_DAYS_BEFORE = 7;

/**
 * R15, on a daily timer: from seven days before the registration deadline until the deadline day,
 * each admin of a school with students enrolled and not yet registered (flagged ones included) is
 * reminded once a day through the outbox. The reminder's id names the year, day, school and admin,
 * so a second run that day (or two at once) writes nothing new.
 */
export const main = defineSystemFunction({
  name: 'registrationRemind',
  input: registrationRemindInput,
  output: registrationRemindOutput,
  async handler() {
    const at = now();
    const { year, registrationDeadline } = await currentSeason(at);
    const due = shanghaiDay(registrationDeadline);
    if (at.getTime() < due.start - REMIND_DAYS_BEFORE * DAY_MS || at.getTime() > due.end) return { reminded: 0 };
    const today = shanghaiMinute(at).format('MMDD');
    let reminded = 0;
    for (const [schoolId, { figures }] of await figuresBySchool(year)) {
      if (figures.outstanding === 0) continue;
      for (const admin of await schoolAdminsOf(schoolId)) {
        const values = { task: `${figures.outstanding}名新生待学籍注册`, due: new Date(due.start) };
        const message = { kind: 'task-due' as const, values, recipientOpenid: admin.openid, schoolId, page: '/staff/pages/registration/index' };
        if (await remindOnce(`registration-${year}-${today}-${schoolId}`, admin._id, message, at)) reminded += 1;
      }
    }
    return { reminded };
  },
});
