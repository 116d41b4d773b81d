import { subscribeMessages, type KeywordType, type MessageKind } from '../../../config/subscribe-messages';
import { shanghaiMinute } from '../../../shared/time';

/**
 * WeChat refuses a whole subscribe message (errcode 47003) when one keyword's value breaks its
 * type's rule, and an empty value too. This is the one place values are fitted to those rules, as
 * WeChat documents them for subscribeMessage.send:
 *   thing ≤ 20 characters of any kind · phrase ≤ 5 Chinese characters only · name ≤ 10 characters
 *   when it has Chinese, else ≤ 20 letters · time e.g. 2019年10月1日 15:01 · date e.g. 2019年10月1日
 *   · character_string ≤ 32 digits, letters or symbols · number ≤ 32 digits, may have a decimal
 *   point · phone_number ≤ 17 digits or symbols.
 */
export type KeywordValue = string | number | Date;

/**
 * The Unicode classes, made when a message is first fitted: V8 checks a `\p{…}` regular expression
 * literal against Unicode's tables when it compiles the bundle, which cost every function that
 * can send a message about 1.5 ms of its cold start (issue 13); `new RegExp` defers it to first use.
 */
let unicode: { han: RegExp; emoji: RegExp; controls: RegExp } | undefined;
const classes = () =>
  (unicode ??= {
    han: new RegExp('\\p{Script=Han}', 'u'),
    emoji: new RegExp('[\\p{Extended_Pictographic}\\u{FE0F}]', 'gu'),
    controls: new RegExp('[\\p{Cc}\\p{Cf}\\s]+', 'gu'),
  });
const isHan = (c: string) => classes().han.test(c);
const letters = /[A-Za-z]/;

function chars(text: string): string[] {
  // One step of text is one code point. Line breaks and control characters would show as boxes,
  // and emoji are not among the characters WeChat lists for any type.
  const { emoji, controls } = classes();
  return Array.from(text.replace(emoji, '').replace(controls, ' ').trim());
}

function cut(parts: string[], max: number, ellipsis: boolean): string {
  if (parts.length <= max) return parts.join('');
  return ellipsis ? `${parts.slice(0, max - 1).join('')}…` : parts.slice(0, max).join('');
}

const asText = (value: KeywordValue): string => (value instanceof Date ? shanghaiMinute(value).format('YYYY年M月D日 HH:mm') : String(value));

const formatters: Record<KeywordType, (value: KeywordValue) => string> = {
  thing: (value) => cut(chars(asText(value)), 20, true) || '—',
  // Only Chinese characters; a cut phrase gets no ellipsis, which is not one.
  phrase: (value) =>
    cut(
      chars(asText(value)).filter((c) => isHan(c)),
      5,
      false,
    ) || '无',
  name: (value) => {
    const parts = chars(asText(value)).filter((c) => isHan(c) || letters.test(c) || c === '·');
    return (parts.some((c) => isHan(c)) ? cut(parts, 10, false) : cut(parts, 20, false)) || '同学';
  },
  time: (value) => (value instanceof Date ? shanghaiMinute(value).format('YYYY年M月D日 HH:mm') : String(value)),
  date: (value) => (value instanceof Date ? shanghaiMinute(value).format('YYYY年M月D日') : String(value)),
  character_string: (value) =>
    cut(
      chars(asText(value)).filter((c) => /[\x21-\x7e]/.test(c)),
      32,
      false,
    ) || '-',
  number: (value) => cut(Array.from(asText(value).replace(/[^0-9.]/g, '')), 32, false) || '0',
  phone_number: (value) => cut(Array.from(asText(value).replace(/[^0-9+\-]/g, '')), 17, false) || '-',
};

export function keywordValue(type: KeywordType, value: KeywordValue): string {
  return formatters[type](value);
}

type Keywords<K extends MessageKind> = (typeof subscribeMessages)[K]['keywords'];
export type MessageValues<K extends MessageKind> = { [P in keyof Keywords<K>]: KeywordValue };

/** The message's `data` as WeChat takes it, keyed by the template's keyword names, each value fitted. */
export function messageData<K extends MessageKind>(kind: K, values: MessageValues<K>): Record<string, string> {
  const keywords = subscribeMessages[kind].keywords as Record<string, { key: string; type: KeywordType }>;
  return Object.fromEntries(
    Object.entries(keywords).map(([name, spec]) => [spec.key, keywordValue(spec.type, (values as Record<string, KeywordValue>)[name] ?? '')]),
  );
}

/** The stored message's values by our own names again, e.g. for the in-app inbox's text. */
export function messageValues<K extends MessageKind>(kind: K, data: Record<string, string>): { [P in keyof Keywords<K>]: string } {
  const keywords = subscribeMessages[kind].keywords as Record<string, { key: string }>;
  return Object.fromEntries(Object.entries(keywords).map(([name, spec]) => [name, data[spec.key] ?? ''])) as { [P in keyof Keywords<K>]: string };
}

export function templateIdOf(kind: MessageKind): string {
  return subscribeMessages[kind].templateId;
}
