import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { offending, readableTexts, sources } from '../helpers/readable-texts';

/**
 * Every message an action sends is written for the person who reads it (issue 25): the refusals in
 * each domain's failures.ts, the field errors, the notices and inbox texts, and the shared rules'
 * words carry no rule code (“（R24）”), English role key or field path. The rule's number belongs
 * in the code's comments and the tests' names, where the people who write the rules read it. The
 * client's own texts are scanned the same way in client-texts.test.ts; client/services/calls/readable.ts
 * still strips a rule number from a server message, as a belt only.
 */
const repo = join(__dirname, '..', '..');

test('no message of a cloud function or of shared/ shows a rule code, an English role key or a field path', () => {
  const files = ['cloudfunctions', 'shared'].flatMap((d) => sources(join(repo, d)));
  expect(files.length).toBeGreaterThan(150);
  const texts = files.flatMap((file) => readableTexts(relative(repo, file), readFileSync(file, 'utf8')));
  // the scan reads the refusals themselves (one home each, in domains/<domain>/failures.ts)
  expect(texts.some((t) => t.file === 'cloudfunctions/domains/leads/failures.ts')).toBe(true);
  expect(offending(texts)).toEqual([]);
});

test('the scan finds a rule code in a refusal, a field error and a shared message, and not in comments or rule ids', () => {
  const code = [
    '/** R25: the plan caps what a school admits */',
    "export const failures = { full: (name: string) => new Failure('PLAN_FULL', undefined, `${name}的计划招生名额已满，不能再录取（R25）。`) };",
    "throw failures.invalid({ filingNumber: '已备案的专业请填写备案编号（R5）' });",
    'export const why = (to: string) => `只有已报到的学生才能记录离校（R24）。`;',
    "const verdict = { allowed: false, rule: 'R2', reason: '没有找到这份招生简章' };",
  ].join('\n');
  expect(offending(readableTexts('x.ts', code))).toEqual([
    'x.ts:2: rule code: …的计划招生名额已满，不能再录取（R25）。',
    'x.ts:3: rule code: 已备案的专业请填写备案编号（R5）',
    'x.ts:4: rule code: 只有已报到的学生才能记录离校（R24）。',
  ]);
});
