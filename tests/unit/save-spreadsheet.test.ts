jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

import { bytesOf, safeFileName, saveSpreadsheet, XLSX_MIME } from '../../client/services/platform/save-spreadsheet';

/** The exported ranking reaches the clerk under a name every file system takes, byte for byte. */
test('a file name keeps its Chinese words, loses what a file system reserves, and ends in .xlsx', () => {
  expect(safeFileName('2027年忻府区初中送培完成情况排名.xlsx')).toBe('2027年忻府区初中送培完成情况排名.xlsx');
  expect(safeFileName('a/b:c.xlsx')).toBe('a_b_c.xlsx');
  expect(safeFileName('排名')).toBe('排名.xlsx');
  expect(safeFileName('  ')).toBe('导出表格.xlsx');
});

test('base64 decodes to the same bytes', () => {
  const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]);
  expect(Array.from(bytesOf(bytes.toString('base64')))).toEqual(Array.from(bytes));
});

test('in the browser the file downloads under its name, as an .xlsx blob of the same bytes', async () => {
  const link = { href: '', download: '', style: { display: '' }, click: jest.fn(), remove: jest.fn() };
  const appended: unknown[] = [];
  const blobs: Blob[] = [];
  const original = { document: (globalThis as { document?: unknown }).document, create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  (globalThis as { document?: unknown }).document = { createElement: () => link, body: { appendChild: (el: unknown) => appended.push(el) } };
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:local/1');
  URL.revokeObjectURL = jest.fn();
  jest.useFakeTimers();
  try {
    const bytes = Buffer.from('PK\u0003\u0004 ranking');
    await saveSpreadsheet({ fileName: '2027年忻府区/排名.xlsx', content: bytes.toString('base64') });
    expect(link.download).toBe('2027年忻府区_排名.xlsx');
    expect(link.href).toBe('blob:local/1');
    expect(link.click).toHaveBeenCalledTimes(1);
    expect(appended).toEqual([link]);
    expect(blobs[0]?.type).toBe(XLSX_MIME);
    expect(Buffer.from(await (blobs[0] as Blob).arrayBuffer())).toEqual(bytes);
    // the blob is released later, not before the download has taken it
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:local/1');
  } finally {
    jest.useRealTimers();
    (globalThis as { document?: unknown }).document = original.document;
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  }
});
