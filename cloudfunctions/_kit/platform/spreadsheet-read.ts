import { Inflate, Unzip, UnzipPassThrough } from 'fflate';
import { SaxesParser } from 'saxes';
import { IMPORT_MAX_BYTES } from '../../../shared/api/registry';
import { Failure, failures } from './failures';

/**
 * The one reader of a spreadsheet someone uploads (registryImport, juniorImport, targetRead): the first sheet of
 * an .xlsx, or a .csv in UTF-8 or GB18030 (as Excel saves it in China), as rows of trimmed text.
 *
 * Every read is linear in the file and bounded before it starts. The functions run in one Node
 * process with everyone else's calls (the emulator, and a warm CloudBase instance), so a read that
 * loops a million times, or for long without yielding, makes a parent's 首页 wait. Here:
 * - only cells that hold a value count: a sheet's declared dimension (`<dimension ref="A1:I1048576">`)
 *   and cells that are only formatted are never read as rows, and a value past the last row or
 *   column a sheet may have is refused the moment it is met (a cell in row 1,048,576 costs nothing);
 * - rows and cells are kept only up to the limits, so no array is larger than maxRows × maxColumns;
 * - an .xlsx is unpacked with fflate and its XML parsed with saxes (namespaces, entities and CDATA
 *   as XML has them), in one stream: only the parts read are inflated, a few kilobytes at a time,
 *   each refused as it grows past maxUnpackedBytes (a 3 MB zip can unpack to gigabytes, and the
 *   size a zip declares is not believed), and each parsed as it is inflated, so a read that meets a
 *   limit stops there, the rest neither inflated nor parsed; no temporary files. Inflating stays on
 *   the main thread: fflate's workers (async `unzip`/`inflate`) start one thread per part (about
 *   35 ms each) and bound nothing while they inflate, and inflating the largest sheet read is
 *   about 20 ms, done in steps of well under a millisecond;
 * - the read yields to other callers every few milliseconds and stops at the time budget.
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
 * - juniorImport reads a city's junior highs (R27): a few dozen to a few hundred rows of three
 *   columns (a province's list is a few thousand). 5,000 rows × 20 columns, 40,000 cells (8 filled
 *   columns a row), as targetRead's unpacked size and budget.
 * - unifiedScoreImport reads a city's 中考 scores (R26): one row per graduate — 30,000 for a city —
 *   of two columns the import reads and perhaps a few of the clerk's (姓名, 考号, 学校). 50,000 rows
 *   (one header) × 10 columns, 200,000 cells (4 filled a row); unpacked and budgeted as registryImport.
 * The budgets are a backstop: within the other limits the slowest file found (31 MB of formatted
 * empty cells in a 78 kB .xlsx) reads in about 1.1 s, nearly all of it parsing the XML.
 */
export const sheetLimits = {
  registryImport: { maxRows: 10_000, maxColumns: 20, maxCells: 120_000, maxBytes: IMPORT_MAX_BYTES, maxUnpackedBytes: 32 * MB, budgetMs: 4_000 },
  juniorImport: { maxRows: 5_000, maxColumns: 20, maxCells: 40_000, maxBytes: IMPORT_MAX_BYTES, maxUnpackedBytes: 8 * MB, budgetMs: 1_500 },
  targetRead: { maxRows: 1_000, maxColumns: 20, maxCells: 20_000, maxBytes: IMPORT_MAX_BYTES, maxUnpackedBytes: 8 * MB, budgetMs: 1_500 },
  unifiedScoreImport: { maxRows: 50_001, maxColumns: 10, maxCells: 200_000, maxBytes: IMPORT_MAX_BYTES, maxUnpackedBytes: 32 * MB, budgetMs: 4_000 },
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
   * Called once per unit of work (a field of a CSV): every 256 it checks the budget, and answers
   * true when this read has had the thread for 2 ms — the caller then awaits pause().
   */
  tick(): boolean {
    return (this.steps += 1) % 256 === 0 && this.due();
  }

  /**
   * After a larger unit of work (a slice of the zip walked, a piece of XML parsed): checks the
   * budget, and answers as tick(). Each pause gives other callers one turn of the event loop, and
   * a call of `home` needs about five (its queries go through the SDK): after 8 ms of reading each
   * it waited 35 ms while a sheet was parsed, after 2 ms 12 ms (`npm run bench -- import`); a read
   * alone takes no longer.
   */
  due(): boolean {
    const now = Date.now();
    if (now > this.deadline) throw failures.spreadsheetTooSlow(Math.ceil(this.limits.budgetMs / 1000));
    return now - this.lastYield >= 2;
  }

  /** Lets other callers' I/O and timers run (setImmediate comes after the poll phase). */
  async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.lastYield = Date.now();
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
// XLSX: a zip of XML parts (ECMA-376). fflate finds the parts and inflates the ones read; saxes
// parses their XML.

/** A part of the package as stored in the upload (views into it, nothing copied or inflated yet). */
interface Part {
  /** 0 stored, 8 deflated; another method is refused if the part is read */
  compression: number;
  /** the size its local header declares (none when a data descriptor follows the data): one past the cap refuses the part unread, a smaller one is not believed */
  declaredSize: number | undefined;
  stored: Uint8Array[];
}

/**
 * Hands a deflated part over as stored: `Unzip` finds the parts in one pass over the upload, and
 * only the parts read are inflated, afterwards, by `Inflate` a slice at a time (see readPart).
 */
class KeepDeflated extends UnzipPassThrough {
  static override compression = 8;
}

/**
 * The package's parts by lower-cased path (part names are case-insensitive): the upload walked
 * once through its local headers, a slice at a time. The end of a part followed by a data
 * descriptor (as Go's archive/zip writes every part) is found by scanning its bytes for the next
 * signature, about 40 ms for 3 MB; a part whose deflated bytes happen to hold one (odds of about
 * 1 in 10^9 per byte) reads as unreadable, where the central directory would have told its size.
 */
async function partsOf(zip: Uint8Array, grid: Grid): Promise<Map<string, Part>> {
  const parts = new Map<string, Part>();
  const unzip = new Unzip((file) => {
    const part: Part = { compression: file.compression, declaredSize: file.originalSize, stored: [] };
    parts.set(file.name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), part);
    if (file.compression !== 0 && file.compression !== 8) return;
    file.ondata = (error, chunk) => {
      if (error) throw error;
      if (chunk.length) part.stored.push(chunk);
    };
    file.start();
  });
  unzip.register(KeepDeflated);
  for (let at = 0; ; at += WALK) {
    const last = at + WALK >= zip.length;
    unzip.push(zip.subarray(at, at + WALK), last);
    if (last) return parts;
    if (grid.due()) await grid.pause();
  }
}

/** Bytes of the upload walked per step, between looks at the clock. */
const WALK = 64 * 1024;
/**
 * Compressed bytes inflated per step: at deflate's widest (1,032 : 1) a step unpacks at most about
 * 4 MB, so a part is refused within 4 MB past maxUnpackedBytes, whatever size it declares.
 */
const SLICE = 4 * 1024;
/** Unpacked bytes handed to the XML parser at once, between looks at the clock. */
const PIECE = 64 * 1024;

/** Thrown by a part's handlers once they have read what they need: the rest is not inflated. */
const enough = new (class Enough {})();

/**
 * One part inflated a slice at a time, its XML parsed as it comes; `listen` sets the parser's
 * handlers, which may throw `enough`. Unpacking past maxUnpackedBytes refuses the file; the reader
 * yields to other callers every few milliseconds. False when the package has no such part.
 */
async function readPart(
  parts: Map<string, Part>,
  path: string,
  grid: Grid,
  listen: (parser: SaxesParser<{ xmlns: true; position: false }>) => void,
): Promise<boolean> {
  const part = parts.get(path.toLowerCase());
  if (!part) return false;
  if (part.compression !== 0 && part.compression !== 8) throw new Error(`zip method ${part.compression}`);
  const { maxUnpackedBytes } = grid.limits;
  const tooLarge = () => failures.spreadsheetUnpacksTooLarge(Math.round(maxUnpackedBytes / MB));
  if ((part.declaredSize ?? 0) > maxUnpackedBytes) throw tooLarge();
  const parser = new SaxesParser({ xmlns: true, position: false });
  listen(parser);
  const decoder = new TextDecoder();
  const unpacked: Uint8Array[] = [];
  const inflater = part.compression === 8 ? new Inflate((chunk) => unpacked.push(chunk)) : undefined;
  let size = 0;
  /** Parses what the last step unpacked, after counting it against the cap. */
  const parse = async () => {
    for (const bytes of unpacked.splice(0)) {
      if ((size += bytes.length) > maxUnpackedBytes) throw tooLarge();
      for (let at = 0; at < bytes.length; at += PIECE) {
        parser.write(decoder.decode(bytes.subarray(at, at + PIECE), { stream: true }));
        if (grid.due()) await grid.pause();
      }
    }
  };
  try {
    for (const stored of part.stored) {
      for (let at = 0; at < stored.length; at += SLICE) {
        const slice = stored.subarray(at, at + SLICE);
        if (inflater) inflater.push(slice);
        else unpacked.push(slice);
        await parse();
      }
    }
    inflater?.push(new Uint8Array(0), true);
    await parse();
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error !== enough) throw error;
  }
  return true;
}

/** OOXML's `_xHHHH_`, for characters XML cannot hold, in a cell's text. */
const unescapeText = (text: string) =>
  text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

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
async function relationshipsOf(parts: Map<string, Part>, part: string, grid: Grid): Promise<Map<string, { type: string; path: string }>> {
  const slash = part.lastIndexOf('/');
  const out = new Map<string, { type: string; path: string }>();
  await readPart(parts, `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`, grid, (parser) =>
    parser.on('opentag', ({ local, attributes: a }) => {
      if (local !== 'Relationship' || a.TargetMode?.value === 'External') return;
      out.set(a.Id?.value ?? '', { type: a.Type?.value ?? '', path: resolvePart(part, a.Target?.value ?? '') });
    }),
  );
  return out;
}

/** The first sheet's cells put in the grid; the shared strings they refer to. */
async function readXlsx(zip: Buffer, grid: Grid): Promise<string[]> {
  const parts = await partsOf(zip, grid);
  // the workbook, as the package's relationships name it, and its first sheet (the first tab)
  const root = await relationshipsOf(parts, '', grid);
  const workbookPath = [...root.values()].find((r) => /\/officeDocument$/.test(r.type))?.path ?? 'xl/workbook.xml';
  if (!parts.has(workbookPath.toLowerCase())) throw new Error('no workbook');
  const rels = await relationshipsOf(parts, workbookPath, grid);
  let sheetPath: string | undefined;
  await readPart(parts, workbookPath, grid, (parser) =>
    parser.on('opentag', ({ local, attributes }) => {
      if (local !== 'sheet') return;
      // the relationship's id: `r:id`, whatever the prefix
      const id = Object.values(attributes).find((a) => a.local === 'id')?.value;
      const rel = id === undefined ? undefined : rels.get(id);
      if (rel && /\/worksheet$/.test(rel.type)) {
        sheetPath = rel.path;
        throw enough;
      }
    }),
  );
  if (!sheetPath) return [];
  // the sheet first: a file past the limits is refused before its shared strings are read
  if (!(await readSheet(parts, sheetPath, grid))) throw new Error('no sheet');
  const sharedPath = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type))?.path;
  return grid.sharedNeeded && sharedPath ? sharedStrings(parts, sharedPath, grid.sharedNeeded, grid) : [];
}

/**
 * The shared string table up to the `needed` first: each `<si>` as its text (rich-text runs
 * joined, phonetic guides left out).
 */
async function sharedStrings(parts: Map<string, Part>, path: string, needed: number, grid: Grid): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let run: string | undefined;
  let phonetic = 0;
  await readPart(parts, path, grid, (parser) => {
    parser.on('opentag', ({ local }) => {
      if (local === 'si') text = '';
      else if (local === 'rPh') phonetic += 1;
      else if (local === 't' && phonetic === 0) run = '';
    });
    parser.on('text', (t) => {
      if (run !== undefined) run += t;
    });
    parser.on('cdata', (t) => {
      if (run !== undefined) run += t;
    });
    parser.on('closetag', ({ local }) => {
      if (local === 'si') {
        strings.push(text);
        if (strings.length >= needed) throw enough;
      } else if (local === 'rPh') phonetic -= 1;
      else if (local === 't' && run !== undefined) {
        text += unescapeText(run);
        run = undefined;
      }
    });
  });
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

/**
 * The sheet's `<sheetData>` once through: each cell's value put at its row and column as the cell
 * closes (a value past the limits refuses the file there, and nothing after it is inflated).
 * False when the package has no such part.
 */
function readSheet(parts: Map<string, Part>, path: string, grid: Grid): Promise<boolean> {
  let inSheetData = false;
  let row = 0;
  let column = 0;
  let type = '';
  let value = '';
  let inline = '';
  let inInline = false;
  let phonetic = 0;
  /** the text of the `<v>` or inline `<t>` being read */
  let text: string | undefined;
  const append = (t: string) => {
    if (text !== undefined) text += t;
  };
  return readPart(parts, path, grid, (parser) => {
    parser.on('opentag', ({ local, attributes }) => {
      if (!inSheetData) {
        inSheetData = local === 'sheetData';
        return;
      }
      switch (local) {
        case 'row': {
          const r = attributes.r?.value;
          const next = r !== undefined && /^\d+$/.test(r) ? Number(r) : row + 1;
          if (!(next >= 1)) throw new Error('bad row');
          row = next;
          column = 0;
          break;
        }
        case 'c': {
          const reference = attributes.r?.value;
          const next = reference ? columnOf(reference) : column + 1;
          if (!(next >= 1)) throw new Error('bad cell reference');
          column = next;
          type = attributes.t?.value ?? 'n';
          value = '';
          inline = '';
          break;
        }
        case 'v':
          text = '';
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic += 1;
          break;
        case 't':
          if (inInline && phonetic === 0) text = '';
          break;
        default:
          break;
      }
    });
    parser.on('text', append);
    parser.on('cdata', append);
    parser.on('closetag', ({ local }) => {
      if (!inSheetData) return;
      switch (local) {
        case 'sheetData':
          throw enough;
        case 'c':
          if (row === 0) row = 1;
          if (type !== 's') grid.put(row, column, cellText(type, value, inline));
          else if (/^\d{1,9}$/.test(value.trim())) grid.put(row, column, Number(value.trim()));
          break;
        case 'v':
          value = unescapeText(text ?? '');
          text = undefined;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic -= 1;
          break;
        case 't':
          if (text !== undefined) inline += unescapeText(text);
          text = undefined;
          break;
        default:
          break;
      }
    });
  });
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
