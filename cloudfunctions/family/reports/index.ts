import { reportInput, reportOutput } from '../../../shared/api/reports';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction, everyone } from '../../_kit/platform/define';
import { countReport, placesById } from '../../domains/complaints/violation-reports';
import { complaintFailures } from '../../domains/complaints/failures';

/**
 * R19: anyone who opened the mini-program may report a violation; the report is kept for the bureau
 * with the reporter's identity from the context (never shown to a school). A burst is refused past
 * a few an hour and a day per identity, with a message.
 */
export const main = defineFunction({
  name: 'reports',
  input: reportInput,
  output: reportOutput,
  roles: everyone,
  async handler(input, caller) {
    const receivedAt = now();
    await countReport(caller.openid, receivedAt);
    if (input.schoolId || input.juniorSchoolId) {
      const places = await placesById();
      if (input.schoolId && !places.has(input.schoolId)) throw complaintFailures.reportPlaceUnknown('schoolId');
      if (input.juniorSchoolId && !places.has(input.juniorSchoolId)) throw complaintFailures.reportPlaceUnknown('juniorSchoolId');
    }
    const { anonymousToSchool, ...rest } = input;
    const reportId = await records.reports.add({
      ...rest,
      anonymousToSchool: anonymousToSchool ?? false,
      openid: caller.openid,
      status: 'received',
      history: [{ status: 'received', at: receivedAt, actorStaffId: null, actorName: '举报人', event: 'received' }],
      createdAt: receivedAt,
    });
    return { reportId, receivedAt: receivedAt.toISOString() };
  },
});
