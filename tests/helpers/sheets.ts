import ExcelJS from 'exceljs';

/** A spreadsheet as a clerk would send it: a header row, then rows, as .xlsx (base64). */
export async function xlsx(rows: Array<Array<string | number>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The same as .csv, in UTF-8 or in GB18030 (as Excel saves a CSV on a Chinese Windows). */
export function csv(rows: Array<Array<string | number>>, encoding: 'utf-8' | 'gb18030' = 'utf-8'): string {
  const text = rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n');
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8').toString('base64');
  return Buffer.from(gb18030(text)).toString('base64');
}

/** Encodes text as GB18030 through the runtime's own decoder (Node has no encoder for it). */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
