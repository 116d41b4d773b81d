import { targetExportInput, targetExportOutput } from '../../../shared/api/targets';
import { countDashboard } from '../../domains/reports/dashboard';
import { defineFunction } from '../../_kit/platform/define';
import { rankingWorkbook } from '../../domains/reports/ranking-workbook';
import { cityNames } from '../../domains/city/city';

/** R11, 004 §4.2: the ranking of junior highs by completion, as a spreadsheet for the bureau's assessment. */
export const main = defineFunction({
  name: 'targetExport',
  input: targetExportInput,
  output: targetExportOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler(input, caller) {
    const [dashboard, city] = await Promise.all([countDashboard(caller, input), cityNames()]);
    // R27: the header names the district, or the city as the bureau set it
    const area = dashboard.district ?? city.name;
    const content = await rankingWorkbook(dashboard, area);
    return { fileName: `${dashboard.year}年${area}初中送培完成情况排名.xlsx`, content: content.toString('base64') };
  },
});
