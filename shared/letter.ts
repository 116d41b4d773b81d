import { z } from 'zod';
import { phoneSchema } from './records/common';
import { policyKindSchema, type PolicyKind } from './records/content';
import { line } from './text';

/**
 * R17, R27: the year's letter to families and the subsidy policies, as the bureau writes them in the
 * product. Plain text only: a title, paragraphs, short lists (who qualifies, how to apply) and the
 * phones to call. Nothing is ever read as markup: every page shows these strings as text, so
 * `<b>…</b>` typed into the editor reads as those characters. Each paragraph and list item is one
 * line (the editor makes a new paragraph or item at a line break); control and invisible characters
 * are refused (shared/text.ts) and every field has a length a phone screen can carry.
 */
export const LETTER_LIMITS = {
  title: 60,
  greeting: 40,
  paragraph: 500,
  paragraphs: 30,
  contactName: 30,
  contacts: 6,
  issuedBy: 40,
  policies: 10,
  policyTitle: 30,
  policyText: 200,
  items: 10,
} as const;

/** A required line of at most `max` characters, with the words a clerk reads for each problem. */
function text(missing: string, max: number, what: string) {
  return line(missing).min(1, missing).max(max, `${what}请不超过 ${max} 个字`);
}

function list<T extends z.ZodType>(item: T, min: number, max: number, few: string, many: string) {
  return z.array(item, { error: few }).min(min, few).max(max, many);
}

export const policyKindLabels: Record<PolicyKind, string> = {
  'free-tuition': '免学费',
  'national-grant': '国家助学金',
  hardship: '困难家庭帮扶',
  disability: '残疾学生关怀',
  other: '其他资助',
};

const L = LETTER_LIMITS;

/** One subsidy policy as families read it (R17). */
export const policyInputSchema = z.object({
  kind: policyKindSchema,
  title: text('请填写政策名称', L.policyTitle, '政策名称'),
  summary: text('请用一两句话说明这项政策', L.policyText, '说明'),
  whoQualifies: list(text('这一条是空的，请填写或删去', L.policyText, '每一条'), 1, L.items, '请至少写一条“谁可以享受”', `“谁可以享受”请不超过 ${L.items} 条`),
  amount: text('请填写资助标准', L.policyText, '资助标准'),
  howToApply: list(text('这一步是空的，请填写或删去', L.policyText, '每一步'), 1, L.items, '请至少写一步“怎么申请”', `“怎么申请”请不超过 ${L.items} 步`),
});
export type PolicyText = z.infer<typeof policyInputSchema>;

export const contactInputSchema = z.object({
  name: text('请填写咨询单位或联系人', L.contactName, '咨询单位'),
  phone: z.string({ error: '请填写电话' }).trim().pipe(phoneSchema),
});

/** What the bureau writes for a year: the letter and the policies, as one text families read together. */
export const letterTextSchema = z.object({
  title: text('请填写标题', L.title, '标题'),
  greeting: text('请填写称呼，例如“亲爱的同学们、尊敬的家长朋友们：”', L.greeting, '称呼'),
  paragraphs: list(text('这一段是空的，请填写或删去', L.paragraph, '每一段'), 1, L.paragraphs, '请至少写一段正文', `正文请不超过 ${L.paragraphs} 段`),
  contacts: list(contactInputSchema, 0, L.contacts, '请填写咨询电话', `咨询电话请不超过 ${L.contacts} 个`),
  issuedBy: text('请填写落款，例如“某某市教育局”', L.issuedBy, '落款'),
  policies: list(policyInputSchema, 0, L.policies, '请填写资助政策', `资助政策请不超过 ${L.policies} 项`),
});
export type LetterText = z.infer<typeof letterTextSchema>;

/**
 * R17: what a version must carry before families read it — whom to call, and the special care for
 * families in difficulty and for disabled students. A draft may be saved without them; publishing
 * is refused with these problems, at the fields a clerk fills in.
 */
export function letterProblems(letter: LetterText): Record<string, string> {
  const problems: Record<string, string> = {};
  if (letter.contacts.length === 0) problems.contacts = '请至少写一个咨询电话，家长有疑问时可以打';
  const kinds = new Set(letter.policies.map((p) => p.kind));
  const missing = (['hardship', 'disability'] as const).filter((k) => !kinds.has(k)).map((k) => `“${policyKindLabels[k]}”`);
  if (missing.length) problems.policies = `请写明${missing.join('和')}的政策：一封信要告诉困难家庭和残疾学生能得到哪些帮助`;
  return problems;
}

/** The letter's text only, in a fixed order of fields, to compare two versions. */
export function letterTextOf(letter: LetterText): LetterText {
  const { title, greeting, paragraphs, contacts, issuedBy, policies } = letter;
  return {
    title,
    greeting,
    paragraphs: [...paragraphs],
    contacts: contacts.map(({ name, phone }) => ({ name, phone })),
    issuedBy,
    policies: policies.map(({ kind, title: t, summary, whoQualifies, amount, howToApply }) => ({
      kind,
      title: t,
      summary,
      whoQualifies: [...whoQualifies],
      amount,
      howToApply: [...howToApply],
    })),
  };
}

/** Whether two texts read the same to a family (publishing the same text again is refused). */
export function sameLetterText(a: LetterText, b: LetterText): boolean {
  return JSON.stringify(letterTextOf(a)) === JSON.stringify(letterTextOf(b));
}

/** A letter to start from when a city has never written one: every field there, to be filled in. */
export function blankLetterText(year: number): LetterText {
  return {
    title: `致全市初中毕业生及家长的一封信（${year}年）`,
    greeting: '亲爱的同学们、尊敬的家长朋友们：',
    paragraphs: [''],
    contacts: [{ name: '', phone: '' }],
    issuedBy: '',
    policies: (['free-tuition', 'national-grant', 'hardship', 'disability'] as const).map((kind) => ({
      kind,
      title: policyKindLabels[kind],
      summary: '',
      whoQualifies: [''],
      amount: '',
      howToApply: [''],
    })),
  };
}

/**
 * Next year's letter starts as a copy of the last one written: the year in its title moves on with
 * it (the rest is for the bureau to read through).
 */
export function carriedInto(letter: LetterText, from: number, year: number): LetterText {
  return { ...letterTextOf(letter), title: letter.title.split(String(from)).join(String(year)) };
}
