import { z } from 'zod';

/**
 * Text people type. Control characters (NUL, ESC, …) have no place in a name, a note or a reason:
 * they corrupt WeChat message fields and spreadsheets, so every text field refuses them with a field
 * error, on the phone and on the server alike (both parse with these schemas). Multi-line text keeps
 * its line breaks and tabs.
 */
export const CONTROL_MESSAGE = '请不要输入不可见的控制字符';
// C0 and C1 controls, and the invisible format characters that can make one name look like another
// (zero-width spaces and marks, bidirectional overrides and isolates, the byte-order mark).
const INVISIBLE = '\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff';
const ONE_LINE = new RegExp(`^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${INVISIBLE}]*$`);
const MULTI_LINE = new RegExp(`^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${INVISIBLE}]*$`);

/** One line of text: names, titles, search words. Trimmed; `missing` is said when there is no text at all. */
export function line(missing?: string) {
  return z
    .string(missing ? { error: missing } : undefined)
    .trim()
    .regex(ONE_LINE, CONTROL_MESSAGE);
}

/**
 * A value that comes from outside but that nobody types as prose — an id, a code, a digest: not
 * trimmed (it must match as sent), and refused with the same message when it carries a control or
 * invisible character, so none reaches a record, a log line or a page.
 */
export function token() {
  return z.string().regex(ONE_LINE, CONTROL_MESSAGE);
}

/** Several lines of text: notes, reasons, descriptions. Trimmed. */
export function lines(missing?: string) {
  return z
    .string(missing ? { error: missing } : undefined)
    .trim()
    .regex(MULTI_LINE, CONTROL_MESSAGE);
}

/**
 * A district's name (某某区, 某某县…): one line, and nothing a database path or a JavaScript object
 * would treat specially (it becomes a key of the season's districts).
 */
export function districtName(missing = '请填写区县') {
  return line(missing)
    .min(1, missing)
    .max(20, '区县名称请不超过 20 个字')
    .regex(/^[^.$]*$/, '区县名称不能含有“.”或“$”')
    .refine((d) => !['__proto__', 'constructor', 'prototype'].includes(d), '请填写真实的区县名称');
}
