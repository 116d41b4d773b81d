import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { main as registryImport } from '../../../cloudfunctions/sheets/registryImport';
import { main as targetRead } from '../../../cloudfunctions/sheets/targetRead';
import { readSpreadsheet, sheetLimits } from '../../../cloudfunctions/_kit/platform/spreadsheet-read';
import { Failure } from '../../../cloudfunctions/_kit/platform/failures';
import { importColumns } from '../../../shared/registry-import';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { csv, xlsx } from '../../helpers/sheets';

/**
 * Every action that reads an uploaded spreadsheet reads it within limits (sheetLimits): a value
 * past the last row or column it reads, too many cells, or a file that unpacks too large is refused
 * on the file in Chinese, at once and with nothing written; a file at the limits is read whole.
 * Behaviour and counts only: how fast is `npm run bench -- import`'s.
 */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const XINFU = '忻府区';

/** The two actions, each with how it is called on a file and a row of its own kind of sheet. */
const actions = [
  {
    name: 'registryImport',
    limits: sheetLimits.registryImport,
    call: (fileName: string, content: string) => invoke(registryImport, { kind: 'majors', fileName, content }, bureau),
    confirm: (fileName: string, content: string) =>
      invoke(registryImport, { kind: 'majors', fileName, content, confirm: true, digest: 'a'.repeat(64) }, bureau),
    header: [...importColumns.majors],
    row: (n: number) => ['忻州市职业技术学校', XINFU, `导入专业${n}`, '信息技术类', 3, '三年制', '是', `晋职专备${n}`],
  },
  {
    name: 'targetRead',
    limits: sheetLimits.targetRead,
    call: (fileName: string, content: string) => invoke(targetRead, { district: XINFU, fileName, content }, bureau),
    confirm: null,
    header: ['初中学校', '毕业生人数', '送培目标'],
    row: (n: number) => [`第${n}初中`, 300, 100],
  },
] as const;

/** A 6.5 kB workbook: a header, and one other cell, in Excel's last row (1,048,576). */
async function farRow(header: readonly string[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow([...header]);
  sheet.getCell('A1048576').value = '备注';
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The database's version: it moves with every write, so an unchanged one means nothing was written. */
const written = () => backend.emulator.store.currentVersion;

const refusal = (words: string) => ({
  ok: false,
  error: { code: 'INVALID_INPUT', message: expect.stringContaining(words), fields: { content: expect.stringContaining(words) } },
});

describe.each(actions)('$name', (action) => {
  const { maxRows, maxColumns } = action.limits;

  test('the 6.5 kB .xlsx with a cell in row 1,048,576 is refused, in Chinese, with nothing written', async () => {
    const content = await farRow(action.header);
    expect(Buffer.from(content, 'base64').length).toBeLessThan(8 * 1024);
    const before = written();
    const answer = await action.call('名单.xlsx', content);
    expect(answer).toEqual(refusal(`表格过大：最多读取 ${maxRows} 行（含表头），这个文件的第 1048576 行还有内容`));
    if (action.confirm) expect(await action.confirm('名单.xlsx', content)).toEqual(refusal('第 1048576 行还有内容'));
    expect(written()).toBe(before);
  });

  test('a value past the last column read is refused, naming the column', async () => {
    const wide = [...action.header, ...Array.from({ length: maxColumns - action.header.length }, (_v, i) => `备注${i + 1}`), '多出的一列'];
    const before = written();
    expect(await action.call('名单.xlsx', await xlsx([wide, action.row(1)]))).toEqual(
      refusal(`表格过宽：最多读取 ${maxColumns} 列（A 至 T 列），这个文件第 1 行的 U 列还有内容`),
    );
    expect(
      await action.call(
        '名单.csv',
        csv([
          action.header as unknown as string[],
          [...action.row(1), ...Array.from({ length: maxColumns }, () => '')],
          [...Array.from({ length: maxColumns + 4 }, () => ''), '远处'],
        ]),
      ),
    ).toEqual(refusal(`这个文件第 3 行的 ${String.fromCharCode(64 + maxColumns + 5)} 列还有内容`));
    expect(written()).toBe(before);
  });

  test('a CSV longer than the last row read is refused, and so is one blank down to row 1,048,576', async () => {
    const long = csv([[...action.header], ...Array.from({ length: maxRows }, (_v, n) => action.row(n))]);
    expect(await action.call('名单.csv', long)).toEqual(refusal(`最多读取 ${maxRows} 行（含表头），这个文件的第 ${maxRows + 1} 行还有内容`));
    const far = Buffer.from(`${action.header.join(',')}${'\r\n'.repeat(1_048_575)}备注`).toString('base64');
    expect(await action.call('名单.csv', far)).toEqual(refusal('第 1048576 行还有内容'));
  });

  test('rows formatted but empty below the last row read do not count', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow([...action.header]);
    sheet.addRow([...action.row(1)]);
    // a clerk formats a whole column down to the end: cells with a style and no value
    for (const row of [maxRows + 1, 500_000, 1_048_576]) sheet.getCell(`A${row}`).style = { font: { bold: true } };
    const answer = await action.call('名单.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'));
    expect(answer.ok).toBe(true);
  });
});

test('registryImport: a sheet at the limits (10,000 rows × 12 columns, 120,000 cells) is previewed whole; one row or one cell more is refused', async () => {
  const { maxRows, maxCells } = sheetLimits.registryImport;
  const extra = ['序号', '备注', '联系人', '核对'];
  const columns = importColumns.majors.length + extra.length;
  expect(maxRows * columns).toBe(maxCells);
  const rows = (count: number) => [
    [...importColumns.majors, ...extra],
    ...Array.from({ length: count - 1 }, (_v, n) => [
      '忻州市职业技术学校',
      XINFU,
      `导入专业${n}`,
      '信息技术类',
      3,
      '三年制',
      '是',
      `晋职专备${n}`,
      n + 1,
      `第${n + 2}行`,
      '张老师',
      '已核对',
    ]),
  ];
  const atLimit = rows(maxRows);
  const before = written();
  const preview = await expectOk(registryImport, { kind: 'majors', fileName: '专业备案.xlsx', content: await xlsx(atLimit) }, bureau);
  expect(preview).toMatchObject({ applied: false, added: maxRows - 1, changed: 0, problems: [] });
  expect(preview.samples.added).toHaveLength(50);
  expect(written()).toBe(before);
  expect(await invoke(registryImport, { kind: 'majors', fileName: '专业备案.xlsx', content: await xlsx(rows(maxRows + 1)) }, bureau)).toEqual(
    refusal(`第 ${maxRows + 1} 行还有内容`),
  );
  const oneCellMore = atLimit.map((r, i) => (i === 1 ? [...r, '多一格'] : r));
  expect(await invoke(registryImport, { kind: 'majors', fileName: '专业备案.xlsx', content: await xlsx(oneCellMore) }, bureau)).toEqual(
    refusal(`表格内容过多：最多读取 ${maxCells} 个有内容的单元格`),
  );
});

test('targetRead: a sheet at the limits (1,000 rows × 20 columns, 20,000 cells) is read whole: the district’s 12 junior highs, each other row said by its number', async () => {
  const { maxRows, maxColumns, maxCells } = sheetLimits.targetRead;
  expect(maxRows * maxColumns).toBe(maxCells);
  const juniors = backend.emulator.store.find('juniorSchools', { district: XINFU }).map((j) => String(j.name));
  expect(juniors).toHaveLength(12);
  const notes = (n: number) => Array.from({ length: maxColumns - 3 }, (_v, i) => `说明${n}-${i + 1}`);
  const sheet = [
    ['初中学校', '毕业生人数', '送培目标', ...notes(0)],
    ...juniors.map((name, n) => [name, 300, 100, ...notes(n + 1)]),
    ...Array.from({ length: maxRows - 1 - juniors.length }, (_v, n) => [`外区初中${n}`, 300, 100, ...notes(n + 100)]),
  ];
  const read = await expectOk(targetRead, { district: XINFU, fileName: '目标.xlsx', content: await xlsx(sheet) }, bureau);
  expect(read.juniors).toHaveLength(12);
  expect(read.problems).toHaveLength(maxRows - 1 - juniors.length);
  expect(read.problems.at(-1)).toEqual({ row: maxRows, message: `“外区初中${maxRows - 2 - juniors.length}”不是本区县名录中的初中` });
  expect(read.check).toMatchObject({ sum: 1200 });
});

/**
 * A zip of the parts an .xlsx needs, the sheet given as XML (for files exceljs would not write).
 * Each part's records declare at most 100 bytes unpacked; with `dataDescriptor` the local headers
 * declare no sizes and a descriptor follows each part's data (as Go's archive/zip writes every
 * part); with `stored` the parts are not compressed.
 */
function workbookOf(sheetXml: Buffer, { dataDescriptor = false, stored = false } = {}): string {
  const parts: Array<[string, Buffer]> = [
    [
      '_rels/.rels',
      Buffer.from(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    ],
    ['xl/workbook.xml', Buffer.from('<workbook xmlns:r="r"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>')],
    [
      'xl/_rels/workbook.xml.rels',
      Buffer.from(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    ],
    ['xl/worksheets/sheet1.xml', sheetXml],
  ];
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, raw] of parts) {
    const name = Buffer.from(path);
    const method = stored ? 0 : 8;
    const body = stored ? raw : deflateRawSync(raw);
    // the size a file declares is not believed: this one says 100 bytes
    const declared = Math.min(raw.length, 100);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(dataDescriptor ? 8 : 0, 6);
    header.writeUInt16LE(method, 8);
    if (!dataDescriptor) {
      header.writeUInt32LE(body.length, 18);
      header.writeUInt32LE(declared, 22);
    }
    header.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(dataDescriptor ? 16 : 0);
    if (dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(declared, 12);
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(dataDescriptor ? 8 : 0, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, name, body, descriptor);
    central.push(entry, name);
    offset += 30 + name.length + body.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]).toString('base64');
}

test('a small .xlsx that unpacks past the limit (40 MB of spaces in 40 kB) is refused, whatever size it declares', async () => {
  const sheet = Buffer.concat([Buffer.from('<worksheet><sheetData>'), Buffer.alloc(40 * 1024 * 1024, ' '), Buffer.from('</sheetData></worksheet>')]);
  for (const dataDescriptor of [false, true]) {
    const content = workbookOf(sheet, { dataDescriptor });
    expect(Buffer.from(content, 'base64').length).toBeLessThan(100 * 1024);
    expect(await invoke(registryImport, { kind: 'schools', fileName: '名单.xlsx', content }, bureau)).toEqual(refusal('表格过大：文件解压后超过 32 MB'));
    expect(await invoke(targetRead, { district: XINFU, fileName: '目标.xlsx', content }, bureau)).toEqual(refusal('表格过大：文件解压后超过 8 MB'));
  }
  // a value past the limits before the padding is refused as it is met, the rest never unpacked
  const far = Buffer.concat([
    Buffer.from('<worksheet><sheetData><row r="1048576"><c t="inlineStr"><is><t>备注</t></is></c></row>'),
    Buffer.alloc(40 * 1024 * 1024, ' '),
    Buffer.from('</sheetData></worksheet>'),
  ]);
  expect(await invoke(targetRead, { district: XINFU, fileName: '目标.xlsx', content: workbookOf(far, { dataDescriptor: true }) }, bureau)).toEqual(
    refusal('第 1048576 行还有内容'),
  );
});

test('a workbook packed as other programs pack it is read: a data descriptor after each part, or parts stored; entities, CDATA and _xHHHH_ read as text', async () => {
  const xml = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="main"><sheetData><row>' +
      '<c t="inlineStr"><is><t>初中&#23398;校</t></is></c><c t="inlineStr"><is><t><![CDATA[毕业生<人数>]]></t><rPh><t>ビ</t></rPh></is></c><c t="str"><v>送培&amp;目标_x0031_</v></c>' +
      '</row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
  );
  for (const options of [{}, { dataDescriptor: true }, { stored: true }, { dataDescriptor: true, stored: true }]) {
    expect(await readSpreadsheet('目标.xlsx', Buffer.from(workbookOf(xml, options), 'base64'), sheetLimits.targetRead)).toEqual([
      ['初中学校', '毕业生<人数>', '送培&目标1'],
    ]);
  }
});

test('a sheet as other programs write it (namespace prefixes, inline strings, rows without numbers) is read; a read past its time budget is refused', async () => {
  const xml = Buffer.from(
    '<x:worksheet xmlns:x="main"><x:dimension ref="A1:XFD1048576"/><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>初中学校</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>毕业生人数</x:t></x:is></x:c><x:c t="str"><x:f>"送培"&amp;"目标"</x:f><x:v>送培目标</x:v></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>忻州市</x:t></x:r><x:r><x:t>第二中学初中部</x:t></x:r></x:is></x:c><x:c><x:v>6.2E2</x:v></x:c><x:c s="1"><x:v>300</x:v></x:c><x:c r="XFD2" s="1"/></x:row>' +
      '</x:sheetData></x:worksheet>',
  );
  const read = await expectOk(targetRead, { district: XINFU, fileName: '目标.xlsx', content: workbookOf(xml) }, bureau);
  expect(read.juniors).toEqual([{ juniorSchoolId: 'junior-xz-2', name: '忻州市第二中学初中部', graduates: 620, sendingTarget: 300 }]);
  // the budget is checked as the read goes: one already spent refuses a sheet of any length
  const long = Buffer.from(csv(Array.from({ length: 500 }, (_v, n) => [`第${n}初中`, 300, 100])), 'base64');
  const late = await readSpreadsheet('目标.csv', long, { ...sheetLimits.targetRead, budgetMs: -1 }).catch((error: unknown) => error);
  expect(late).toBeInstanceOf(Failure);
  expect((late as Failure).fields).toEqual({ content: expect.stringContaining('表格读取超时') });
});
