import Taro from '@tarojs/taro';

export interface PickedFile {
  fileName: string;
  /** the file's bytes, base64 */
  content: string;
}

/**
 * A spreadsheet the clerk picks: in WeChat from a chat (where offices pass files), in the browser
 * from the computer. Answers null when they pick nothing.
 */
export async function pickSpreadsheet(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
      const file = tempFiles[0];
      if (!file) return null;
      const content = Taro.getFileSystemManager().readFileSync(file.path, 'base64') as string;
      return { fileName: file.name, content };
    } catch {
      return null;
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,.csv';
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => resolve({ fileName: file.name, content: String(reader.result).replace(/^data:[^,]*,/, '') });
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(file);
    };
    input.click();
  });
}
