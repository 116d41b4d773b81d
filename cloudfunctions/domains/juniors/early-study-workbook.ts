import type { EarlyStudy, SideDecision } from '../../../shared/records/early-study';
import { earlyStudyStatusLabels } from '../../../shared/records/early-study';
import { shanghaiMinute } from '../../../shared/time';

const answer = (side: SideDecision) =>
  side.decision === 'pending'
    ? '待确认'
    : `${side.decision === 'confirmed' ? '同意' : `不同意：${side.reason ?? ''}`}（${side.staffName ?? ''}，${side.at ? shanghaiMinute(side.at).format('YYYY-MM-DD HH:mm') : ''}）`;

/**
 * The early-study list (R8) as an .xlsx: one row per request, with each school's answer, who gave
 * it and when, ordered by junior high then student, printable on A4 landscape.
 */
export async function earlyStudyWorkbook(year: number, requests: EarlyStudy[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('提前学习学生名单', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const headers = ['序号', '学生姓名', '初中学校', '接收学校', '专业', '状态', '初中学校意见', '接收学校意见', '申请时间'];
  sheet.columns = [6, 12, 24, 24, 18, 14, 36, 36, 18].map((width) => ({ width }));
  sheet.addRow([`${year}年提前到中职学校学习学生名单（生源学校、招生学校共同确认）`]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow(headers).font = { bold: true };
  const sorted = [...requests].sort(
    (a, b) => a.juniorSchoolName.localeCompare(b.juniorSchoolName, 'zh-CN') || a.studentName.localeCompare(b.studentName, 'zh-CN'),
  );
  sorted.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      r.studentName,
      r.juniorSchoolName,
      r.schoolName,
      r.majorName,
      earlyStudyStatusLabels[r.status],
      answer(r.junior),
      answer(r.school),
      shanghaiMinute(r.createdAt).format('YYYY-MM-DD HH:mm'),
    ]),
  );
  sheet.pageSetup.printTitlesRow = '2:2';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
