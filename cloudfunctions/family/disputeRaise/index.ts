import { randomUUID } from 'node:crypto';
import { disputeRaiseInput, disputeRaiseOutput } from '../../../shared/api/disputes';
import { maskIdNumber } from '../../../shared/id-number';
import { disputeStatusLabels } from '../../../shared/records/dispute';
import { activeFormOf } from '../../domains/forms/active-form';
import { spendIdCheck } from '../../domains/forms/id-checks';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { keyedHash } from '../../_kit/platform/personal-data';
import { currentSeason } from '../../domains/season/season';
import { formFailures } from '../../domains/forms/failures';

/**
 * R7, R6: a family finds its student's ID number already holds an active form filed from another
 * WeChat identity and asks the bureau to check, with a phone number and a note. Nothing of that
 * form is shown to them. One open request per family and student (a unique index). Whether there
 * is anything to check is said for a few students a day per identity (counted before looking), the
 * one it was just told about included.
 */
export const main = defineFunction({
  name: 'disputeRaise',
  input: disputeRaiseInput,
  output: disputeRaiseOutput,
  roles: ['family'],
  async handler({ idNumber, phone, note }, caller) {
    const at = now();
    const { year } = await currentSeason(at);
    const studentKey = keyedHash(idNumber);
    await spendIdCheck(caller.openid, studentKey, at);
    const active = await activeFormOf(studentKey, year);
    if (!active || active.openid === caller.openid) throw formFailures.noFormToDispute();
    const disputeId = `dispute-${randomUUID()}`;
    await records.disputes.add({
      _id: disputeId,
      year,
      studentKey,
      idMasked: maskIdNumber(idNumber),
      formId: active._id,
      raiserOpenid: caller.openid,
      phone,
      note,
      status: 'open',
      activeKey: `${caller.openid}:${studentKey}`,
      createdAt: at,
    });
    return { disputeId, status: 'open' as const, statusLabel: disputeStatusLabels.open };
  },
});
