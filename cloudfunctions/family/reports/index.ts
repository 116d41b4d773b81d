import { reportInput, reportOutput } from '../../../shared/api/reports';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction, everyone } from '../../_kit/platform/define';
import { reportIdOfReceipt } from '../../../shared/records/report';
import { countReport, newReceipt, placesById } from '../../domains/complaints/violation-reports';
import { complaintFailures } from '../../domains/complaints/failures';

/** How many receipts are tried when one drawn is already a report's (of 923,521 a day). */
const ATTEMPTS = 5;

const isDuplicate = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? '').includes('E11000');

/**
 * R19: anyone who opened the mini-program may report a violation; the report is kept for the bureau
 * with the reporter's identity from the context (never shown to a school). A burst is refused past
 * a few an hour and a day per identity, with a message. The answer is a short receipt the reporter
 * can quote; “我的举报” and the bureau's queue show it, and the bureau finds the report by it.
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
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const receipt = newReceipt(receivedAt);
      try {
        const reportId = await records.reports.add({
          _id: reportIdOfReceipt(receipt),
          ...rest,
          anonymousToSchool: anonymousToSchool ?? false,
          openid: caller.openid,
          status: 'received',
          history: [{ status: 'received', at: receivedAt, actorStaffId: null, actorName: '举报人', event: 'received' }],
          createdAt: receivedAt,
        });
        return { reportId, receipt, receivedAt: receivedAt.toISOString() };
      } catch (error) {
        if (!isDuplicate(error)) throw error;
      }
    }
    throw complaintFailures.reportReceiptBusy();
  },
});
