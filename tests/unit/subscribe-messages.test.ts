import { subscribeMessages, type KeywordSpec, type KeywordType, type MessageKind } from '../../config/subscribe-messages';
import { keywordValue, messageData, messageValues } from '../../cloudfunctions/domains/messages/subscribe-message';
import { outboxEntrySchema } from '../../shared/records/outbox';
import { leadStatusPhrases } from '../../shared/records/lead';

/**
 * WeChat's documented limits per keyword type (subscribeMessage.send), written out here on their
 * own so the formatter is checked against the rule rather than against itself. Any value WeChat
 * would refuse with errcode 47003 fails one of these.
 */
const codePoints = (v: string) => Array.from(v).length;
const fitsWeChat: Record<KeywordType, (v: string) => boolean> = {
  thing: (v) => codePoints(v) >= 1 && codePoints(v) <= 20 && !/[\n\r\t\p{Extended_Pictographic}]/u.test(v),
  phrase: (v) => /^\p{Script=Han}{1,5}$/u.test(v),
  name: (v) => (/\p{Script=Han}/u.test(v) ? codePoints(v) <= 10 : /^[A-Za-z·]{1,20}$/.test(v)) && v.length > 0,
  time: (v) => /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(v),
  date: (v) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(v),
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  number: (v) => /^\d+(\.\d+)?$/.test(v) && v.length <= 32,
  phone_number: (v) => /^[0-9+\-]{1,17}$/.test(v),
};

/** What a family or school may really type: long names, minority names, emoji, line breaks, nothing. */
const hostile = [
  '阿卜杜热合曼·买买提艾力江·吐尔逊巴克',
  '李明',
  '',
  '  \n  ',
  '😀😀😀 家长说：\n想学护理',
  'X'.repeat(80),
  '计算机应用、护理、学前教育、汽车运用与维修、电子商务',
];
const kinds = Object.keys(subscribeMessages) as MessageKind[];

test('every outbox kind has a template, and each keyword is named for its type as WeChat names them', () => {
  expect(kinds.sort()).toEqual([...outboxEntrySchema.shape.kind.options].sort());
  for (const kind of kinds) {
    const keywords = Object.values(subscribeMessages[kind].keywords);
    expect(new Set(keywords.map((k) => k.key)).size).toBe(keywords.length);
    for (const k of keywords) expect(k.key).toMatch(new RegExp(`^${k.type}\\d+$`));
  }
});

describe.each(kinds)('template %s', (kind) => {
  const keywords = Object.entries(subscribeMessages[kind].keywords) as Array<[string, KeywordSpec]>;
  test.each(hostile)("every keyword fits WeChat's rule for its type with the value %j", (text) => {
    const values = Object.fromEntries(
      keywords.map(([name, spec]) => [name, spec.type === 'time' || spec.type === 'date' ? new Date('2027-06-30T16:05:00Z') : text]),
    );
    const data = messageData(kind, values as never);
    expect(Object.keys(data).sort()).toEqual(keywords.map(([, spec]) => spec.key).sort());
    for (const [, spec] of keywords) {
      const value = data[spec.key] ?? '';
      if (!fitsWeChat[spec.type](value)) throw new Error(`${kind}.${spec.key} (${spec.type}) would be refused by WeChat: ${JSON.stringify(value)}`);
    }
  });

  test('values read back by our own names for the inbox', () => {
    const values = Object.fromEntries(
      keywords.map(([name, spec]) => [
        name,
        spec.type === 'time' ? new Date('2027-06-30T16:05:00Z') : spec.type === 'phrase' ? '已录取' : '忻州市职业技术学校',
      ]),
    );
    const back = messageValues(kind, messageData(kind, values as never)) as Record<string, string>;
    for (const [name, spec] of keywords) expect(back[name]).toBe(spec.type === 'time' ? '2027年7月1日 00:05' : values[name]);
  });
});

test('a thing over 20 characters is cut with an ellipsis inside the limit; one of 20 is kept whole', () => {
  expect(keywordValue('thing', '一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十');
  expect(keywordValue('thing', '一二三四五六七八九十一二三四五六七八九十一')).toBe('一二三四五六七八九十一二三四五六七八九…');
  expect(keywordValue('thing', '第一行\n第二行')).toBe('第一行 第二行');
});

test('a phrase keeps only Chinese characters, at most five, without an ellipsis (which WeChat refuses there)', () => {
  expect(keywordValue('phrase', '已提交，等待学校联系')).toBe('已提交等待');
  expect(keywordValue('phrase', 'EMS')).toBe('无');
  for (const phrase of Object.values(leadStatusPhrases)) expect(keywordValue('phrase', phrase)).toBe(phrase);
});

test("times and dates are written in China Standard Time as WeChat's examples are", () => {
  expect(keywordValue('time', new Date('2027-06-30T16:05:00Z'))).toBe('2027年7月1日 00:05');
  expect(keywordValue('date', new Date('2027-06-30T16:05:00Z'))).toBe('2027年7月1日');
});

test('names, codes, numbers and phones keep only what their type allows', () => {
  expect(keywordValue('name', '阿卜杜热合曼·买买提艾力江')).toBe('阿卜杜热合曼·买买提');
  expect(keywordValue('name', 'Anna Li')).toBe('AnnaLi');
  expect(keywordValue('character_string', '备案 ZZ-2027-001')).toBe('ZZ-2027-001');
  expect(keywordValue('number', '共 1,200 人')).toBe('1200');
  expect(keywordValue('phone_number', '电话 0350-1234567')).toBe('0350-1234567');
});
