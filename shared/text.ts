import { z } from 'zod';

/**
 * Text people type. Control characters (NUL, ESC, …) have no place in a name, a note or a reason:
 * they corrupt WeChat message fields and spreadsheets, so every text field refuses them with a field
 * error, on the phone and on the server alike (both parse with these schemas). Multi-line text keeps
 * its line breaks and tabs.
 */
export const CONTROL_MESSAGE = '请不要输入不可见的控制字符';
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;

/** One line of text: names, titles, search words. Trimmed; `missing` is said when there is no text at all. */
export function line(missing?: string) {
  return z.string(missing ? { error: missing } : undefined).trim().regex(ONE_LINE, CONTROL_MESSAGE);
}

/** Several lines of text: notes, reasons, descriptions. Trimmed. */
export function lines(missing?: string) {
  return z.string(missing ? { error: missing } : undefined).trim().regex(MULTI_LINE, CONTROL_MESSAGE);
}
