import type { FlaggedStudent } from '../../../shared/api/registration';
import { shanghaiMinute } from '../../../shared/time';

/** One student as the national registration system asks for them (R15). */
export interface RegistrationRow {
  name: string;
  gender: string;
  /** the 18-character ID number, decrypted for this sheet only */
  idNumber: string;
  birthDate: string;
  group: string;
  majorName: string;
  /** 学制, e.g. “3年” */
  duration: string;
  /** 学习形式 */
  mode: string;
  /** 入学年月, YYYY-MM */
  entry: string;
  juniorSchoolName: string;
}

export interface RegistrationSheet {
  year: number;
  schoolName: string;
  deadline: string;
  exportedAt: Date;
  exportedBy: string;
  /** the majors in the brochure's order; a sheet for each that has students */
  majorOrder: string[];
  rows: RegistrationRow[];
  flagged: FlaggedStudent[];
}

export const SUMMARY_SHEET = '汇总';
export const REGISTRATION_HEADERS = ['序号', '姓名', '性别', '身份证号', '出生日期', '学习者类别', '专业', '学制', '学习形式', '入学年月', '毕业初中'] as const;
const ID_COLUMN = REGISTRATION_HEADERS.indexOf('身份证号') + 1;

/** Excel's sheet names: at most 31 characters, none of \ / ? * [ ] :, unique, never the summary's. */
function sheetNames(majors: string[]): Map<string, string> {
  const taken = new Set([SUMMARY_SHEET]);
  const names = new Map<string, string>();
  for (const major of majors) {
    const base = (major.replace(/[\\/?*[\]:]/g, '_').trim() || '专业').slice(0, 28);
    let name = base;
    for (let i = 2; taken.has(name); i += 1) name = `${base}(${i})`;
    taken.add(name);
    names.set(major, name);
  }
  return names;
}

/**
 * The registration sheet (R15) as an .xlsx: a 汇总 sheet (school, year, deadline, who exported it
 * and when, the count per major, and the students left out as double registrations by masked name),
 * then one sheet per major with the columns registration needs. The ID column is text (format `@`,
 * values written as strings), so Excel neither rounds it to a number nor shows it in E notation.
 */
export async function registrationWorkbook(sheet: RegistrationSheet): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const byMajor = new Map<string, RegistrationRow[]>();
  for (const row of sheet.rows) byMajor.set(row.majorName, [...(byMajor.get(row.majorName) ?? []), row]);
  const majors = [
    ...sheet.majorOrder.filter((m) => byMajor.has(m)),
    ...[...byMajor.keys()].filter((m) => !sheet.majorOrder.includes(m)).sort((a, b) => a.localeCompare(b, 'zh-CN')),
  ];
  const names = sheetNames(majors);

  const summary = workbook.addWorksheet(SUMMARY_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  summary.columns = [28, 12, 16, 10].map((width) => ({ width }));
  summary.addRow([`${sheet.schoolName}${sheet.year}年新生学籍注册汇总`]).font = { bold: true, size: 14 };
  summary.mergeCells(1, 1, 1, 4);
  summary.addRow([`注册截止日期：${sheet.deadline}`]);
  summary.addRow([`导出：${sheet.exportedBy}，${shanghaiMinute(sheet.exportedAt).format('YYYY-MM-DD HH:mm')}`]);
  summary.addRow([]);
  summary.addRow(['专业', '学制', '学习形式', '人数']).font = { bold: true };
  for (const major of majors) {
    const rows = byMajor.get(major) ?? [];
    summary.addRow([major, rows[0]?.duration ?? '', rows[0]?.mode ?? '', rows.length]);
  }
  summary.addRow(['合计', '', '', sheet.rows.length]).font = { bold: true };
  summary.addRow([]);
  if (sheet.flagged.length > 0) {
    summary.addRow([`重复注册待核实（${sheet.flagged.length} 人，未列入本表，核实处理后再导出）`]).font = { bold: true };
    summary.addRow(['姓名', '专业', '同时报到的学校']).font = { bold: true };
    for (const f of sheet.flagged) summary.addRow([f.maskedName, f.majorName, f.otherSchoolNames.join('、')]);
  } else {
    summary.addRow(['没有重复注册的学生。']);
  }

  for (const major of majors) {
    const ws = workbook.addWorksheet(names.get(major) ?? major, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = [6, 10, 6, 22, 12, 16, 18, 8, 16, 10, 24].map((width) => ({ width }));
    ws.getColumn(ID_COLUMN).numFmt = '@';
    ws.addRow([...REGISTRATION_HEADERS]).font = { bold: true };
    const rows = [...(byMajor.get(major) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.idNumber.localeCompare(b.idNumber));
    rows.forEach((r, i) => {
      const added = ws.addRow([i + 1, r.name, r.gender, r.idNumber, r.birthDate, r.group, r.majorName, r.duration, r.mode, r.entry, r.juniorSchoolName]);
      const id = added.getCell(ID_COLUMN);
      id.numFmt = '@';
      id.value = r.idNumber;
    });
    ws.pageSetup.printTitlesRow = '1:1';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
