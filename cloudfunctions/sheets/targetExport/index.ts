import { targetExportInput, targetExportOutput } from '../../../shared/api/targets';
import { countDashboard } from '../../domains/reports/dashboard';
import { defineFunction } from '../../_kit/platform/define';
import { rankingWorkbook } from '../../domains/reports/ranking-workbook';

/** R11, 004 §4.2: the ranking of junior highs by completion, as a spreadsheet for the bureau's assessment. */
export const main = defineFunction({
  name: 'targetExport',
  input: targetExportInput,
  output: targetExportOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler(input, caller) {
    const dashboard = await countDashboard(caller, input);
    const content = await rankingWorkbook(dashboard);
    return { fileName: `${dashboard.year}年${dashboard.district ?? '全市'}初中送培完成情况排名.xlsx`, content: content.toString('base64') };
  },
});
