import { reportInput, reportOutput } from '../../shared/api/reports';
import { now } from '../_kit/platform/clock';
import { records } from '../_kit/platform/collections';
import { defineFunction, everyone } from '../_kit/platform/define';

/** R19: anyone may report a violation; the report is kept for the bureau with the reporter's OPENID. */
export const main = defineFunction({
  name: 'reports',
  input: reportInput,
  output: reportOutput,
  roles: everyone,
  async handler(input, caller) {
    const receivedAt = now();
    const reportId = await records.reports.add({ ...input, openid: caller.openid, status: 'received', createdAt: receivedAt });
    return { reportId, receivedAt: receivedAt.toISOString() };
  },
});
