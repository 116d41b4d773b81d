import Taro from '@tarojs/taro';

export interface SpreadsheetFile {
  fileName: string;
  /** the .xlsx file's bytes, base64 */
  content: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A file name the phone's file system and the browser accept as it is: the server's names are
 * Chinese words and digits, but a slash or other reserved character would become a folder or fail.
 */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  const base = cleaned || '导出表格.xlsx';
  return /\.xlsx$/i.test(base) ? base : `${base}.xlsx`;
}

/** base64 → bytes, with the browser's own decoder (H5 only; WeChat writes base64 directly). */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands a spreadsheet the server made to the person: in WeChat it is written to the mini-program's
 * own folder and opened in WeChat's document viewer, whose menu can send it to a chat or save it
 * (the way offices pass files on); in the browser it downloads under its name.
 */
export async function saveSpreadsheet(file: SpreadsheetFile): Promise<void> {
  const fileName = safeFileName(file.fileName);
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
    await new Promise<void>((resolve, reject) => {
      Taro.getFileSystemManager().writeFile({
        filePath,
        data: file.content,
        encoding: 'base64',
        success: () => resolve(),
        fail: (e) => reject(new Error(e.errMsg)),
      });
    });
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  downloadInBrowser(fileName, bytesOf(file.content));
}

function downloadInBrowser(fileName: string, bytes: Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the download has taken the bytes by the time the click's task ends; a minute is generous
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
