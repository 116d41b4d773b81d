import { randomUUID } from 'node:crypto';
import { earlyStudyRequestInput, earlyStudyRequestOutput } from '../../../shared/api/early-study';
import { isStanding } from '../../../shared/early-study';
import type { EarlyStudy } from '../../../shared/records/early-study';
import { shanghaiDay } from '../../../shared/time';
import { answerersOf, viewOf } from '../../domains/juniors/early-study';
import { enqueue } from '../../domains/messages/outbox';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { ownForm } from '../../domains/forms/own-form';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { currentSeason } from '../../domains/season/season';
import { formFailures } from '../../domains/forms/failures';
import { juniorFailures } from '../../domains/juniors/failures';

/**
 * R8: from the season's early-study day, a family whose form is active asks to start early at one of
 * the schools on it. The request goes to the junior high and to that school, who each answer. A
 * form has one standing request at a time; asking again for the same school answers the one that
 * stands (a retry), for another school is refused until the first is settled.
 */
export const main = defineFunction({
  name: 'earlyStudyRequest',
  input: earlyStudyRequestInput,
  output: earlyStudyRequestOutput,
  roles: ['family'],
  async handler({ formId, schoolId }, caller) {
    const at = now();
    const season = await currentSeason(at);
    // the server's clock decides, on Shanghai's calendar
    if (at.getTime() < shanghaiDay(season.earlyStudyFrom).start) throw juniorFailures.earlyStudyNotYet(season.earlyStudyFrom);
    const form = await ownForm(caller, formId);
    const answerers = await answerersOf({ juniorSchoolId: form.student.juniorSchoolId, schoolId });
    const request = await inTransaction(async (tx): Promise<EarlyStudy> => {
      const current = await tx.choiceForms.get(formId);
      if (!current) throw failures.notFound();
      if (current.status !== 'active') throw formFailures.formWithdrawn();
      const choice = current.choices.find((c) => c.schoolId === schoolId);
      if (!choice) throw juniorFailures.earlyStudySchoolNotChosen();
      const standing = current.earlyStudyId ? await tx.earlyStudies.get(current.earlyStudyId) : null;
      if (standing && isStanding(standing.status)) {
        if (standing.schoolId === schoolId) return standing;
        throw juniorFailures.earlyStudyStanding();
      }
      const created: EarlyStudy = {
        _id: `early-${randomUUID()}`,
        year: current.year,
        formId,
        openid: current.openid,
        activeKey: formId,
        studentName: current.student.name,
        juniorSchoolId: current.student.juniorSchoolId,
        juniorSchoolName: current.student.juniorSchoolName,
        schoolId,
        schoolName: choice.schoolName,
        majorName: choice.majorName,
        status: 'pending',
        junior: { decision: 'pending' },
        school: { decision: 'pending' },
        createdAt: at,
        updatedAt: at,
      };
      await tx.earlyStudies.add(created);
      await tx.choiceForms.update(formId, { earlyStudyId: created._id });
      const values = { student: created.studentName, school: `到${created.schoolName}提前学习`, junior: created.juniorSchoolName, at };
      const page = '/staff/pages/early-study/index';
      for (const staff of answerers) await enqueue(tx, { kind: 'early-study-request', recipientOpenid: staff.openid, schoolId, values, page }, at);
      return created;
    });
    return viewOf(request, caller);
  },
});
