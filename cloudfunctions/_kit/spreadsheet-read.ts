import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { IMPORT_MAX_BYTES } from '../../shared/api/registry';
import { Failure, failures } from './platform/failures';

/**
 * The one reader of a spreadsheet someone uploads (registryImport, targetRead): the first sheet of
 * an .xlsx, or a .csv in UTF-8 or GB18030 (as Excel saves it in China), as rows of trimmed text.
 *
 * Every read is linear in the file and bounded before it starts. The functions run in one Node
 * process with everyone else's calls (the emulator, and a warm CloudBase instance), so a read that
 * loops a million times, or for long without yielding, makes a parent's 首页 wait. Here:
 * - only cells that hold a value count: a sheet's declared dimension (`<dimension ref="A1:I1048576">`)
 *   and cells that are only formatted are never read as rows, and a value past the last row or
 *   column a sheet may have is refused the moment it is met (a cell in row 1,048,576 costs nothing);
 * - rows and cells are kept only up to the limits, so no array is larger than maxRows × maxColumns;
 * - an .xlsx is unpacked with zlib off the main thread, each part refused past maxUnpackedBytes (a
 *   3 MB zip can unpack to gigabytes), and its XML scanned once; no temporary files;
 * - the scan yields to other callers every few milliseconds and stops at the time budget.
 * Anything else wrong with the file answers unreadableSpreadsheet. exceljs is not used to read: its
 * full load keeps every cell of the workbook and blocked the event loop for 1.5 s at 40,000 rows
 * (then `sheet.columnCount`, which walks every row, read per cell made the old loop quadratic), and
 * its streaming reader first copies a sheet stored before the shared strings (as exceljs writes
 * it) to a temporary file, unpacked without a bound.
 */
export interface SheetLimits {
  /** rows read, the header (and any title above it) included; a value in a later row refuses the file */
  maxRows: number;
  /** columns read (A = 1); a value in a later column refuses the file */
  maxColumns: number;
  /** cells holding a value, in the sheet read */
  maxCells: number;
  /** the file as uploaded */
  maxBytes: number;
  /** each part of an .xlsx (the sheet, its shared strings) unpacked */
  maxUnpackedBytes: number;
  /** how long reading may take, in ms, before the clerk is told to make the file smaller */
  budgetMs: number;
}

const MB = 1024 * 1024;

/**
 * The limits of each action that reads an upload, from what its files really hold:
 * - registryImport reads the province's published lists. The qualification list names every
 *   secondary vocational school of the province (a few hundred); the filed majors list every major
 *   of each (a province's few hundred schools × 10–15 majors: about 5,000 rows, the bench imports
 *   5,000). 10,000 rows is twice the longest; the lists have 8–9 columns, and a clerk's copy adds a
 *   few of its own (序号, 备注), so 20 columns are read and 120,000 cells (10,000 rows × 12 filled
 *   columns). At these limits a preview answers in about half a second (`npm run bench -- import`,
 *   target 5 s); reading alone is budgeted 4 s.
 * - targetRead reads one district's breakdown of its targets: one row per junior high, a few dozen
 *   to a few hundred, under a title and above notes. 1,000 rows × 20 columns (20,000 cells),
 *   answered in under 0.1 s (target 2 s); reading is budgeted 1.5 s.
 * The budgets are a backstop: within the other limits the slowest file found (31 MB of formatted
 * empty cells in a 78 kB .xlsx) reads in 0.7 s.
 */
export const sheetLimits = {
  registryImport: { maxRows: 10_000, maxColumns: 20, maxCells: 120_000, maxBytes: IMPORT_MAX_BYTES, maxUnpackedBytes: 32 * MB, budgetMs: 4_000 },
  targetRead: { maxRows: 1_000, maxColumns: 20, maxCells: 20_000, maxBytes: IMPORT_MAX_BYTES, maxUnpackedBytes: 8 * MB, budgetMs: 1_500 },
} as const satisfies Record<string, SheetLimits>;

/** Rows of text from an uploaded .xlsx or .csv, within `limits`; refuses with a named failure. */
export async function readSpreadsheet(fileName: string, content: Buffer, limits: SheetLimits): Promise<string[][]> {
  if (content.length > limits.maxBytes) throw failures.spreadsheetTooLarge(limits.maxBytes / MB);
  const grid = new Grid(limits);
  try {
    if (/\.csv$/i.test(fileName)) {
      await readCsv(content, grid);
      return grid.rows([]);
    }
    return grid.rows(await readXlsx(content, grid));
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw failures.unreadableSpreadsheet();
  }
}

/** A column's letters as Excel shows them: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The cells read so far, refusing the first one past a limit, and the clock the reading runs on. */
class Grid {
  /** each row's values: text, or (in an .xlsx) the number of a shared string, looked up at the end */
  private readonly kept: Array<Array<string | number>> = [];
  private cells = 0;
  /** how many of the shared strings the cells kept refer to */
  sharedNeeded = 0;
  private readonly deadline: number;
  private lastYield = Date.now();
  private steps = 0;

  constructor(readonly limits: SheetLimits) {
    this.deadline = Date.now() + limits.budgetMs;
  }

  /**
   * A cell's text at (row, column), both from 1, or the number of its shared string; a blank one is
   * skipped wherever it is. The limits are checked here, before a shared string is ever read.
   */
  put(row: number, column: number, text: string | number): void {
    const value = typeof text === 'number' ? text : text.trim();
    if (value === '') return;
    const { maxRows, maxColumns, maxCells } = this.limits;
    if (row > maxRows) throw failures.spreadsheetTooManyRows(maxRows, row);
    if (column > maxColumns) throw failures.spreadsheetTooManyColumns(maxColumns, columnName(maxColumns), columnName(column), row);
    if ((this.cells += 1) > maxCells) throw failures.spreadsheetTooManyCells(maxCells);
    const cells = (this.kept[row - 1] ??= []);
    cells[column - 1] = value;
    if (typeof value === 'number') this.sharedNeeded = Math.max(this.sharedNeeded, value + 1);
  }

  /**
   * Called once per unit of work (a tag, a field): every 256 it checks the budget, and answers
   * true when this read has had the thread for a few milliseconds — the caller then awaits pause().
   */
  tick(): boolean {
    if ((this.steps += 1) % 256 !== 0) return false;
    const now = Date.now();
    if (now > this.deadline) throw failures.spreadsheetTooSlow(Math.ceil(this.limits.budgetMs / 1000));
    return now - this.lastYield >= 8;
  }

  /** Lets other callers' I/O and timers run (setImmediate comes after the poll phase). */
  async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.lastYield = Date.now();
  }

  checkBudget(): void {
    if (Date.now() > this.deadline) throw failures.spreadsheetTooSlow(Math.ceil(this.limits.budgetMs / 1000));
  }

  /** Every row up to the last with a value, each as dense as the sheet (a missing cell is ''). */
  rows(shared: string[]): string[][] {
    const text = (c: string | number | undefined) => (typeof c === 'number' ? (shared[c] ?? '').trim() : (c ?? ''));
    return Array.from(this.kept, (cells) => (cells ? Array.from(cells, text) : []));
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

async function readCsv(content: Buffer, grid: Grid): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    text = new TextDecoder('gb18030').decode(content);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // RFC 4180: fields split by commas, rows by CRLF, LF or CR; a quoted field may hold commas,
  // line breaks and doubled quotes. One pass; each field is handed over as it ends.
  let row = 1;
  let column = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      let parts = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          parts += text.slice(from);
          i = n;
          break;
        }
        parts += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          parts += '"';
          from = quote + 2;
          if (grid.tick()) await grid.pause();
          continue;
        }
        i = quote + 1;
        break;
      }
      // anything between the closing quote and the next separator is kept, as Excel does
      let end = i;
      while (end < n && !isSeparator(text.charCodeAt(end))) end += 1;
      value = parts + text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < n && !isSeparator(text.charCodeAt(end))) end += 1;
      value = text.slice(i, end);
      i = end;
    }
    grid.put(row, column, value);
    if (grid.tick()) await grid.pause();
    if (i >= n) break;
    const separator = text.charCodeAt(i);
    i += 1;
    if (separator === 44 /* , */) {
      column += 1;
      if (i === n) break;
    } else {
      if (separator === 13 && text.charCodeAt(i) === 10) i += 1;
      row += 1;
      column = 1;
    }
  }
}

const isSeparator = (c: number) => c === 44 || c === 10 || c === 13;

// ---------------------------------------------------------------------------------------------
// XLSX: a zip of XML parts (ECMA-376); read through its central directory.

interface ZipEntry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The zip's entries by lower-cased path (part names are case-insensitive). */
function zipEntries(zip: Buffer): Map<string, ZipEntry> {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip');
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) {
    // zip64: the locator just before the end record points at the zip64 end record
    const locator = end - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== 0x07064b50) throw new Error('no zip64 locator');
    const end64 = Number(zip.readBigUInt64LE(locator + 8));
    if (zip.readUInt32LE(end64) !== 0x06064b50) throw new Error('no zip64 end');
    count = Number(zip.readBigUInt64LE(end64 + 32));
    at = Number(zip.readBigUInt64LE(end64 + 48));
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: ZipEntry = { flags: zip.readUInt16LE(at + 8), method: zip.readUInt16LE(at + 10), compressedSize: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24), offset: zip.readUInt32LE(at + 42) };
    // zip64 sizes and offset, in this order, for those the record marks 0xffffffff
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = zip.readUInt16LE(x);
      const length = zip.readUInt16LE(x + 2);
      if (id === 1) {
        let field = x + 4;
        for (const key of ['size', 'compressedSize', 'offset'] as const) {
          if (entry[key] === 0xffffffff && field + 8 <= x + 4 + length) {
            entry[key] = Number(zip.readBigUInt64LE(field));
            field += 8;
          }
        }
      }
      x += 4 + length;
    }
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength).replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
    entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const inflate = promisify(inflateRaw);

/** One part unpacked (off the main thread), refused past maxUnpackedBytes; undefined when absent. */
async function unpack(zip: Buffer, entries: Map<string, ZipEntry>, path: string, grid: Grid): Promise<string | undefined> {
  const entry = entries.get(path.toLowerCase());
  if (!entry) return undefined;
  const { maxUnpackedBytes } = grid.limits;
  const tooLarge = () => failures.spreadsheetUnpacksTooLarge(Math.round(maxUnpackedBytes / MB));
  if (entry.flags & 1) throw new Error('encrypted');
  if (entry.size > maxUnpackedBytes) throw tooLarge();
  if (zip.readUInt32LE(entry.offset) !== 0x04034b50) throw new Error('bad local header');
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  let bytes: Buffer;
  if (entry.method === 0) bytes = data;
  else if (entry.method === 8) {
    try {
      bytes = await inflate(data, { maxOutputLength: maxUnpackedBytes });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge();
      throw error;
    }
  } else throw new Error(`zip method ${entry.method}`);
  if (bytes.length > maxUnpackedBytes) throw tooLarge();
  grid.checkBudget();
  return bytes.toString('utf8');
}

/**
 * An XML tag: closing slash, local name (a namespace prefix such as `x:row` is dropped) and its
 * attributes (ending in '/' when self-closing). Parts of an .xlsx are machine-written XML. No part
 * of a tag may hold '<' (XML forbids it, in attribute values too), so each try stops at the next
 * '<' and the scan stays linear even in a file made to make a regular expression backtrack.
 */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) attributes.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  return attributes;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text as it reads: entities, CDATA, and OOXML's `_xHHHH_` for characters XML cannot hold. */
function decodeXml(text: string): string {
  let out = text;
  if (out.includes('<![CDATA[')) out = out.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, inner: string) => inner.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  if (out.includes('&')) {
    out = out.replace(ENTITY, (m, name?: string, dec?: string, hex?: string) => {
      if (name) return named[name] ?? m;
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
  }
  if (out.includes('_x')) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/** A part's path relative to the part whose relationships name it (`Target`), as a zip path. */
function resolvePart(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationships of a part: id → { type, path }. */
async function relationshipsOf(zip: Buffer, entries: Map<string, ZipEntry>, part: string, grid: Grid): Promise<Map<string, { type: string; path: string }>> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = (await unpack(zip, entries, relsPath, grid)) ?? '';
  const out = new Map<string, { type: string; path: string }>();
  for (const m of xml.matchAll(TAG)) {
    if (grid.tick()) await grid.pause();
    if (m[2] !== 'Relationship' || m[1]) continue;
    const a = attributesOf(m[3] ?? '');
    if (a.get('TargetMode') === 'External') continue;
    out.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', path: resolvePart(part, a.get('Target') ?? '') });
  }
  return out;
}

/** The first sheet's cells put in the grid; the shared strings they refer to. */
async function readXlsx(zip: Buffer, grid: Grid): Promise<string[]> {
  const entries = zipEntries(zip);
  // the workbook, as the package's relationships name it, and its first sheet (the first tab)
  const root = await relationshipsOf(zip, entries, '', grid);
  const workbookPath = [...root.values()].find((r) => /\/officeDocument$/.test(r.type))?.path ?? 'xl/workbook.xml';
  const workbook = await unpack(zip, entries, workbookPath, grid);
  if (workbook === undefined) throw new Error('no workbook');
  const rels = await relationshipsOf(zip, entries, workbookPath, grid);
  let sheetPath: string | undefined;
  for (const m of workbook.matchAll(TAG)) {
    if (grid.tick()) await grid.pause();
    if (m[2] !== 'sheet' || m[1]) continue;
    const attributes = attributesOf(m[3] ?? '');
    const id = [...attributes].find(([name]) => /(^|:)id$/.test(name) && name !== 'sheetId')?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    if (rel && /\/worksheet$/.test(rel.type)) {
      sheetPath = rel.path;
      break;
    }
  }
  if (!sheetPath) return [];
  const sheet = await unpack(zip, entries, sheetPath, grid);
  if (sheet === undefined) throw new Error('no sheet');
  // the sheet first: a file past the limits is refused before its shared strings are read
  await readSheet(sheet, grid);
  const sharedPath = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type))?.path;
  return grid.sharedNeeded && sharedPath ? sharedStrings(await unpack(zip, entries, sharedPath, grid), grid.sharedNeeded, grid) : [];
}

/**
 * The shared string table up to the `needed` first: each `<si>` as its text (rich-text runs
 * joined, phonetic guides left out).
 */
async function sharedStrings(xml: string | undefined, needed: number, grid: Grid): Promise<string[]> {
  const strings: string[] = [];
  if (!xml) return strings;
  let text = '';
  let from = -1;
  let phonetic = 0;
  const tag = new RegExp(TAG.source, 'g');
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [whole, closing, name, attributes] = m;
    const selfClosing = (attributes ?? '').endsWith('/');
    if (name === 'si') {
      if (closing) strings.push(text);
      else if (selfClosing) strings.push('');
      text = '';
      if (strings.length >= needed) break;
    } else if (name === 'rPh') phonetic += closing ? -1 : selfClosing ? 0 : 1;
    else if (name === 't' && phonetic === 0) {
      if (closing && from >= 0) text += decodeXml(xml.slice(from, m.index));
      from = closing || selfClosing ? -1 : m.index + whole.length;
    }
    if (grid.tick()) await grid.pause();
  }
  return strings;
}

/** Column number of a cell reference's letters (`AB12` → 28); past XFD only as "too far". */
function columnOf(reference: string): number {
  const letters = /^[A-Za-z]+/.exec(reference)?.[0] ?? '';
  if (!letters) return NaN;
  if (letters.length > 3) return 16_385;
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

const ROW_NUMBER = /(?:^|\s)r\s*=\s*["'](\d+)["']/;
const CELL_REFERENCE = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const CELL_TYPE = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;

/** The sheet's `<sheetData>` once through: each cell's value put at its row and column. */
async function readSheet(xml: string, grid: Grid): Promise<void> {
  const start = xml.search(/<(?:[A-Za-z_][\w.-]*:)?sheetData[\s>/]/);
  if (start < 0) return;
  let row = 0;
  let column = 0;
  let type = '';
  let value = '';
  let inline = '';
  let from = -1;
  let inInline = false;
  let phonetic = 0;
  // a RegExp of its own: two reads at once each keep their place
  const tag = new RegExp(TAG.source, 'g');
  tag.lastIndex = start;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [whole, closing, name, attributeText = ''] = m;
    const selfClosing = attributeText.endsWith('/');
    if (name === 'sheetData' && closing) break;
    switch (name) {
      case 'row':
        if (!closing) {
          const r = ROW_NUMBER.exec(attributeText)?.[1];
          const next = r === undefined ? row + 1 : Number(r);
          if (!(next >= 1)) throw new Error('bad row');
          row = next;
          column = 0;
        }
        break;
      case 'c':
        if (!closing) {
          const reference = CELL_REFERENCE.exec(attributeText)?.[1];
          const next = reference ? columnOf(reference) : column + 1;
          if (!(next >= 1)) throw new Error('bad cell reference');
          column = next;
          type = CELL_TYPE.exec(attributeText)?.[1] ?? 'n';
          value = '';
          inline = '';
        }
        if (closing || selfClosing) {
          if (row === 0) row = 1;
          if (selfClosing) break;
          if (type !== 's') grid.put(row, column, cellText(type, value, inline));
          else if (/^\d{1,9}$/.test(value.trim())) grid.put(row, column, Number(value.trim()));
        }
        break;
      case 'v':
        if (closing && from >= 0) value = decodeXml(xml.slice(from, m.index));
        from = closing || selfClosing ? -1 : m.index + whole.length;
        break;
      case 'is':
        inInline = !closing && !selfClosing;
        break;
      case 'rPh':
        phonetic += closing ? -1 : selfClosing ? 0 : 1;
        break;
      case 't':
        if (!inInline || phonetic > 0) break;
        if (closing && from >= 0) inline += decodeXml(xml.slice(from, m.index));
        from = closing || selfClosing ? -1 : m.index + whole.length;
        break;
      default:
        break;
    }
    if (grid.tick()) await grid.pause();
  }
}

/** A cell's text as Excel shows it unformatted (a date is its serial number; no column read is a date). */
function cellText(type: string, value: string, inline: string): string {
  switch (type) {
    case 'inlineStr':
      return inline;
    case 'b':
      return value === '1' || value === 'true' ? 'true' : value ? 'false' : '';
    case 'str':
    case 'e':
    case 'd':
      return value;
    default: {
      const number = Number(value);
      return value.trim() && Number.isFinite(number) ? String(number) : value;
    }
  }
}
