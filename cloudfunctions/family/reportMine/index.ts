import { reportMineInput, reportMineOutput } from '../../../shared/api/reports';
import { records } from '../../_kit/platform/collections';
import { defineFunction, everyone } from '../../_kit/platform/define';
import { placesById, reportView } from '../../domains/complaints/violation-reports';

/** R19: a reporter reads their own reports — the status and the bureau's reply — and nobody else's. */
export const main = defineFunction({
  name: 'reportMine',
  input: reportMineInput,
  output: reportMineOutput,
  roles: everyone,
  async handler(_input, caller) {
    const [reports, places] = await Promise.all([
      records.reports.find({ openid: caller.openid }, { orderBy: [['createdAt', 'desc']], limit: 50 }),
      placesById(),
    ]);
    return { items: reports.map((r) => reportView(r, places)) };
  },
});
