import type { TargetDashboard } from '../../../shared/api/targets';
import { VOCATIONAL_SHARE_MIN_PERCENT } from '../../../shared/targets';
import { formatDate } from '../../../shared/time';

/** Column headers and what each holds, in the order of the sheet. */
const columns: Array<{ header: string; width: number; value: (j: TargetDashboard['juniors'][number]) => string | number | null; percent?: boolean }> = [
  { header: '名次', width: 6, value: (j) => j.rank },
  { header: '初中学校', width: 28, value: (j) => j.name },
  { header: '区县', width: 10, value: (j) => j.district },
  { header: '毕业生人数', width: 11, value: (j) => j.graduates },
  { header: '送培目标', width: 10, value: (j) => j.sendingTarget },
  { header: '已提交志愿', width: 11, value: (j) => j.forms },
  { header: '已录取', width: 9, value: (j) => j.admitted },
  { header: '已报到', width: 9, value: (j) => j.enrolled },
  { header: '送培完成率（已报到÷目标）', width: 16, value: (j) => j.completion, percent: true },
  { header: '志愿完成率（志愿÷目标）', width: 16, value: (j) => j.formsRate, percent: true },
  { header: '报读中职占毕业生比例', width: 14, value: (j) => j.vocationalShare, percent: true },
  {
    header: `达到${VOCATIONAL_SHARE_MIN_PERCENT}:${100 - VOCATIONAL_SHARE_MIN_PERCENT}`,
    width: 10,
    value: (j) => (j.meetsRatio === null ? '未填毕业生' : j.meetsRatio ? '是' : '否'),
  },
];

/**
 * The ranking of junior highs (004 §4.2) as an .xlsx a clerk opens in Excel or WPS: a title, when
 * it was counted, one row per junior high with real numbers (percentages as numbers formatted as
 * percents, so the clerk can sort and sum), frozen headers, and A4 landscape printing.
 */
export async function rankingWorkbook(dashboard: TargetDashboard, area: string): Promise<Buffer> {
  // Loaded on first use: exceljs takes most of a second to load, which the dashboard's own calls should not pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('送培完成情况排名', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const title = sheet.addRow([`${dashboard.year}年${area}初中学校送培目标完成情况排名`]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.addRow([`统计时间：${formatDate(dashboard.countedAt)}　送培完成率 = 已报到 ÷ 送培目标；未填送培目标的学校完成率为空`]);
  sheet.mergeCells(2, 1, 2, columns.length);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const junior of dashboard.juniors) {
    const row = sheet.addRow(
      columns.map((c) => {
        const value = c.value(junior);
        return c.percent && typeof value === 'number' ? value / 100 : value;
      }),
    );
    columns.forEach((c, i) => {
      if (c.percent) row.getCell(i + 1).numFmt = '0.0%';
    });
  }
  sheet.pageSetup.printTitlesRow = '3:3';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
