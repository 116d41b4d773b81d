import type { Borders, Worksheet } from 'exceljs';
import type { Figures, MonthlyReport, MonthlyTable } from '../../../shared/records/monthly-report';
import { shanghaiMinute } from '../../../shared/time';

/**
 * R12's 招生情况统计表 as .xlsx that opens cleanly in Excel and WPS and prints on A4 landscape:
 * a merged title, the header block (填报单位, 月份, 填表人, 联系电话, statistics time), two header
 * rows with 本月 and 累计 merged over 志愿/录取/报到/注册, one row per school and major, a totals
 * row, the 盖章 area, the counting rules; a second sheet by learner group (R18).
 */

const FIGURES: Array<[keyof Figures, string]> = [
  ['choices', '志愿'],
  ['admitted', '录取'],
  ['enrolled', '报到'],
  ['registered', '注册'],
];

const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const CENTER = { vertical: 'middle', horizontal: 'center', wrapText: true } as const;

export const RULES =
  '口径说明：志愿＝填报本校的学生人数（按其在本校排序最前的专业计，不含已撤回）；录取＝已录取、已报到及报到后离校的学生（按录取专业、录取时间计，放弃录取和未就读的不计）；' +
  '报到＝已报到的学生（含报到后离校）；注册＝其中已确认学籍注册的学生。本月＝该月 1 日至月末，累计＝截至该月末。';

const figureValues = (f: Figures) => FIGURES.map(([k]) => f[k]);
const when = (at: Date) => shanghaiMinute(at).format('YYYY-MM-DD HH:mm');

function frame(sheet: Worksheet, fromRow: number, toRow: number, fromCol: number, toCol: number): void {
  for (let r = fromRow; r <= toRow; r += 1) for (let c = fromCol; c <= toCol; c += 1) sheet.getCell(r, c).border = THIN;
}

/** The title across `width` columns, then the two header rows of the leading columns and 本月/累计 groups. Returns the next row. */
function headerRows(sheet: Worksheet, row: number, leading: string[], trailing: string[]): number {
  const groupsAt = leading.length + 1;
  const top = sheet.getRow(row);
  const sub = sheet.getRow(row + 1);
  leading.forEach((h, i) => {
    top.getCell(i + 1).value = h;
    sheet.mergeCells(row, i + 1, row + 1, i + 1);
  });
  (['本月', '累计'] as const).forEach((label, g) => {
    const first = groupsAt + g * FIGURES.length;
    top.getCell(first).value = label;
    sheet.mergeCells(row, first, row, first + FIGURES.length - 1);
    FIGURES.forEach(([, name], i) => (sub.getCell(first + i).value = name));
  });
  const after = groupsAt + 2 * FIGURES.length;
  trailing.forEach((h, i) => {
    top.getCell(after + i).value = h;
    sheet.mergeCells(row, after + i, row + 1, after + i);
  });
  const last = after + trailing.length - 1;
  for (const r of [top, sub]) {
    r.font = { bold: true };
    r.alignment = CENTER;
    r.height = 20;
  }
  frame(sheet, row, row + 1, 1, last);
  return row + 2;
}

function titleRow(sheet: Worksheet, text: string, width: number): void {
  const row = sheet.getRow(1);
  row.getCell(1).value = text;
  row.font = { bold: true, size: 16 };
  row.alignment = CENTER;
  row.height = 30;
  sheet.mergeCells(1, 1, 1, width);
}

/** A line of label: value pairs, each merged over its span of columns. */
function infoRow(sheet: Worksheet, row: number, parts: Array<[text: string, from: number, to: number]>): void {
  for (const [text, from, to] of parts) {
    sheet.getCell(row, from).value = text;
    sheet.getCell(row, from).alignment = { vertical: 'middle', horizontal: 'left' };
    if (to > from) sheet.mergeCells(row, from, row, to);
  }
  sheet.getRow(row).height = 20;
}

function dataRow(sheet: Worksheet, row: number, values: Array<string | number | null>, countFrom: number, bold = false): void {
  const r = sheet.getRow(row);
  values.forEach((v, i) => {
    const cell = r.getCell(i + 1);
    cell.value = v;
    cell.border = THIN;
    if (typeof v === 'number' && i + 1 >= countFrom) cell.numFmt = '0';
    cell.alignment = i + 1 >= countFrom ? { vertical: 'middle', horizontal: 'right' } : { vertical: 'middle', horizontal: 'left', wrapText: true };
  });
  if (bold) r.font = { bold: true };
}

const pageSetup = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;

/** 完成计划: 累计报到 ÷ 计划, as a number Excel formats as a percent (empty without a plan). */
const completion = (enrolled: number, planned: number) => (planned > 0 ? enrolled / planned : null);

async function newWorkbook() {
  // Loaded on first use: exceljs takes most of a second to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '中职招生服务平台';
  return workbook;
}

/** The group sheet: one row per learner group and a total. */
function groupSheet(sheet: Worksheet, title: string, info: string, groups: MonthlyTable['groups']): void {
  const width = 2 + 2 * FIGURES.length;
  sheet.columns = [6, 18, ...Array<number>(2 * FIGURES.length).fill(9)].map((w) => ({ width: w }));
  titleRow(sheet, title, width);
  infoRow(sheet, 2, [[info, 1, width]]);
  let row = headerRows(sheet, 3, ['序号', '学习者类别'], []);
  groups.forEach((g, i) => dataRow(sheet, row++, [i + 1, g.label, ...figureValues(g.month), ...figureValues(g.toDate)], 3));
  const sum = (pick: 'month' | 'toDate') => FIGURES.map(([k]) => groups.reduce((n, g) => n + g[pick][k], 0));
  dataRow(sheet, row, ['合计', '', ...sum('month'), ...sum('toDate')], 3, true);
  sheet.mergeCells(row, 1, row, 2);
  sheet.pageSetup = { ...pageSetup, printTitlesRow: '3:4' };
}

/** One unit's table (R12), the submitted copy's 填表人 when there is one. */
export async function monthlyWorkbook(table: MonthlyTable, report: MonthlyReport | null): Promise<Buffer> {
  const workbook = await newWorkbook();
  const title = `${table.year}年${table.month}月中等职业学校招生情况统计表`;
  const sheet = workbook.addWorksheet('招生情况统计表', { views: [{ state: 'frozen', ySplit: 5 }] });
  const leading = ['序号', '学校', '专业', '计划'];
  const width = leading.length + 2 * FIGURES.length + 1;
  sheet.columns = [6, 24, 20, 8, ...Array<number>(2 * FIGURES.length).fill(8), 12].map((w) => ({ width: w }));
  titleRow(sheet, title, width);
  const status = report ? `已提交（${when(report.submittedAt)}${report.late ? '，逾期' : ''}）` : '未提交（实时统计）';
  infoRow(sheet, 2, [
    [`填报单位：${table.unitName}`, 1, 3],
    [`月份：${table.year}年${table.month}月`, 4, 8],
    [`统计时间：${when(table.countedAt)}`, 9, width],
  ]);
  infoRow(sheet, 3, [
    [`填表人：${report?.preparer.name ?? ''}`, 1, 3],
    [`联系电话：${report?.preparer.phone ?? ''}`, 4, 8],
    [`状态：${status}`, 9, width],
  ]);
  let row = headerRows(sheet, 4, leading, ['完成计划（累计报到÷计划）']);
  table.rows.forEach((r, i) => {
    dataRow(
      sheet,
      row,
      [i + 1, r.schoolName, r.majorName, r.planned, ...figureValues(r.month), ...figureValues(r.toDate), completion(r.toDate.enrolled, r.planned)],
      4,
    );
    sheet.getCell(row, width).numFmt = '0.0%';
    row += 1;
  });
  const totalRow = row;
  dataRow(
    sheet,
    row,
    [
      '合计',
      '',
      '',
      table.totals.planned,
      ...figureValues(table.totals.month),
      ...figureValues(table.totals.toDate),
      completion(table.totals.toDate.enrolled, table.totals.planned),
    ],
    4,
    true,
  );
  sheet.getCell(row, width).numFmt = '0.0%';
  sheet.mergeCells(row, 1, row, 3);
  // the rules, and the stamp area beside them
  row = totalRow + 2;
  sheet.getCell(row, 1).value = RULES;
  sheet.getCell(row, 1).alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
  sheet.mergeCells(row, 1, row + 3, 8);
  sheet.getCell(row, 9).value = '填报单位（盖章）\n\n\n年　　月　　日';
  sheet.getCell(row, 9).alignment = { vertical: 'top', horizontal: 'center', wrapText: true };
  sheet.mergeCells(row, 9, row + 3, width);
  frame(sheet, row, row + 3, 9, width);
  for (let r = row; r <= row + 3; r += 1) sheet.getRow(r).height = 22;
  sheet.pageSetup = { ...pageSetup, printTitlesRow: '4:5' };
  groupSheet(
    workbook.addWorksheet('按学习者类别', { views: [{ state: 'frozen', ySplit: 4 }] }),
    `${title}（按学习者类别）`,
    `填报单位：${table.unitName}　月份：${table.year}年${table.month}月`,
    table.groups,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The city's roll-up (R12): a line per unit, every unit's schools and majors, and the city by learner group. */
export async function rollupWorkbook(
  year: number,
  month: number,
  entries: Array<{ table: MonthlyTable; report: MonthlyReport | null }>,
  at: Date,
  city: string,
): Promise<Buffer> {
  const workbook = await newWorkbook();
  const title = `${year}年${month}月${city}中等职业学校招生情况汇总表`;
  const info = `统计时间：${when(at)}　已提交的单位按提交时冻结的数据汇总，未提交的单位为实时统计`;

  const units = workbook.addWorksheet('按填报单位', { views: [{ state: 'frozen', ySplit: 4 }] });
  const unitLeading = ['序号', '填报单位', '状态', '填表人', '联系电话', '计划'];
  const unitWidth = unitLeading.length + 2 * FIGURES.length;
  units.columns = [6, 24, 22, 10, 15, 8, ...Array<number>(2 * FIGURES.length).fill(8)].map((w) => ({ width: w }));
  titleRow(units, title, unitWidth);
  infoRow(units, 2, [[info, 1, unitWidth]]);
  let row = headerRows(units, 3, unitLeading, []);
  entries.forEach(({ table, report }, i) => {
    const status = report ? `已提交 ${when(report.submittedAt)}${report.late ? '（逾期）' : ''}` : '未提交（实时）';
    dataRow(
      units,
      row++,
      [
        i + 1,
        table.unitName,
        status,
        report?.preparer.name ?? '',
        report?.preparer.phone ?? '',
        table.totals.planned,
        ...figureValues(table.totals.month),
        ...figureValues(table.totals.toDate),
      ],
      6,
    );
  });
  const sum = (pick: (t: MonthlyTable) => Figures) => FIGURES.map(([k]) => entries.reduce((n, e) => n + pick(e.table)[k], 0));
  dataRow(
    units,
    row,
    ['合计', '', '', '', '', entries.reduce((n, e) => n + e.table.totals.planned, 0), ...sum((t) => t.totals.month), ...sum((t) => t.totals.toDate)],
    6,
    true,
  );
  units.mergeCells(row, 1, row, 5);
  units.pageSetup = { ...pageSetup, printTitlesRow: '3:4' };

  const majors = workbook.addWorksheet('按学校专业', { views: [{ state: 'frozen', ySplit: 4 }] });
  const majorLeading = ['序号', '填报单位', '学校', '专业', '计划'];
  const majorWidth = majorLeading.length + 2 * FIGURES.length;
  majors.columns = [6, 20, 24, 20, 8, ...Array<number>(2 * FIGURES.length).fill(8)].map((w) => ({ width: w }));
  titleRow(majors, `${title}（按学校专业）`, majorWidth);
  infoRow(majors, 2, [[info, 1, majorWidth]]);
  row = headerRows(majors, 3, majorLeading, []);
  let n = 0;
  for (const { table } of entries)
    for (const r of table.rows)
      dataRow(majors, row++, [++n, table.unitName, r.schoolName, r.majorName, r.planned, ...figureValues(r.month), ...figureValues(r.toDate)], 5);
  const rows = entries.flatMap((e) => e.table.rows);
  dataRow(
    majors,
    row,
    [
      '合计',
      '',
      '',
      '',
      rows.reduce((s, r) => s + r.planned, 0),
      ...FIGURES.map(([k]) => rows.reduce((s, r) => s + r.month[k], 0)),
      ...FIGURES.map(([k]) => rows.reduce((s, r) => s + r.toDate[k], 0)),
    ],
    5,
    true,
  );
  majors.mergeCells(row, 1, row, 4);
  majors.pageSetup = { ...pageSetup, printTitlesRow: '3:4' };

  const groups = (entries[0]?.table.groups ?? []).map((g) => ({
    ...g,
    month: Object.fromEntries(
      FIGURES.map(([k]) => [k, entries.reduce((s, e) => s + (e.table.groups.find((x) => x.group === g.group)?.month[k] ?? 0), 0)]),
    ) as Figures,
    toDate: Object.fromEntries(
      FIGURES.map(([k]) => [k, entries.reduce((s, e) => s + (e.table.groups.find((x) => x.group === g.group)?.toDate[k] ?? 0), 0)]),
    ) as Figures,
  }));
  groupSheet(workbook.addWorksheet('按学习者类别', { views: [{ state: 'frozen', ySplit: 4 }] }), `${title}（按学习者类别）`, info, groups);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
