import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readable } from '../../client/services/calls/readable';
import { CODE_ALPHABET, codeHint, groupedCode } from '../../shared/readable-code';
import { unreadableLines } from '../helpers/accessibility';
import { offending, readableTexts, sources, unreadable } from '../helpers/readable-texts';

/**
 * What people read is written for them (issue 25, item 10 and its class): no rule code (“（R18）”),
 * no English role key (“填表人：guardian”), no field path (“monthlyReports.reminderDay”) in the
 * client's texts. Scans every text a page, component or client service can show: JSX text, and
 * string and template literals that hold Chinese (code strings — keys, class names, paths — hold none).
 * The functions' and shared/'s messages are scanned the same way in function-texts.test.ts.
 */
const repo = join(__dirname, '..', '..');
const roots = ['client/pages', 'client/family', 'client/staff', 'client/components', 'client/services'].map((d) => join(repo, d));

test('no text in the client shows a rule code, an English role key or a field path', () => {
  const files = roots.flatMap(sources);
  expect(files.length).toBeGreaterThan(50);
  const texts = files.flatMap((file) => readableTexts(relative(repo, file), readFileSync(file, 'utf8')));
  expect(offending(texts)).toEqual([]);
});

test('the scan finds each kind, in JSX text and in literals, and leaves code strings alone', () => {
  const code = [
    "const a = <Text className='field-label'>学习形式（R18）</Text>;",
    'const b = `填表人：guardian，提交于 ${day}`;',
    "const c = '请检查 monthlyReports.reminderDay';",
    "const d = errors['student.idNumber'];",
    "const e = <Field name='student.name' label='学生姓名' />;",
  ].join('\n');
  const texts = readableTexts('x.tsx', code);
  expect(offending(texts)).toEqual([
    'x.tsx:1: rule code: 学习形式（R18）',
    'x.tsx:2: English role key: 填表人：guardian，提交于 …',
    'x.tsx:3: field path: 请检查 monthlyReports.reminderDay',
  ]);
});

test('a message from a function is read without a rule number, should one ever carry it again', () => {
  expect(readable('学生已报到，不能再改为“学校已联系”（R24）。')).toBe('学生已报到，不能再改为“学校已联系”。');
  expect(readable('专业（R5：未备案的专业不能招生）')).toBe('专业（未备案的专业不能招生）');
  expect(readable('家庭可申请核查（R7、R6）。')).toBe('家庭可申请核查。');
});

test('what a page renders is scanned with the same patterns: JSON, record ids and validator text too, and not invite codes, phone numbers, dates or addresses', () => {
  const lines = [
    '预览：[{"name":"新校区","district":"忻府区"}]',
    '对象：lead-9376c5a1',
    '回执：3f2a9c1e5b7d4a6f8e0c1b2a3d4e5f60',
    '无效输入：期望 string，实际接收 undefined',
    '提醒日：reminderDay',
    '学习形式（R18）',
    '邀请码 ABCD-EFGH-R3 · 核验码 R2KD-7MQX-AB9C',
    '邀请码 K7R2MQ · 13800001234 · 2027-10-31 · 网址 https://www.xinzhou.gov.cn/zsb · 举报编号 JB270415-K7QD',
    '扫码或打开链接核验真伪：http://127.0.0.1:10086/family/pages/permit/index?code=p9j24SbWZ0g8A0aY',
  ];
  expect(unreadableLines('/pages/x/index', lines)).toEqual([
    '/pages/x/index: unreadable text (JSON “[{\"”) — “预览：[{"name":"新校区","district":"忻府区"}]”',
    '/pages/x/index: unreadable text (record id “lead-9376c5a1”) — “对象：lead-9376c5a1”',
    '/pages/x/index: unreadable text (record id “3f2a9c1e5b7d4a6f8e0c1b2a3d4e5f60”) — “回执：3f2a9c1e5b7d4a6f8e0c1b2a3d4e5f60”',
    '/pages/x/index: unreadable text (validator text “无效输入”) — “无效输入：期望 string，实际接收 undefined”',
    '/pages/x/index: unreadable text (field name “reminderDay”) — “提醒日：reminderDay”',
    '/pages/x/index: unreadable text (rule code “R18”) — “学习形式（R18）”',
  ]);
});

test('no code a person is given reads as unreadable, whatever its characters: every pair of the alphabet at its start and its end, grouped and as a list keeps it', () => {
  // a random invitation once began “R3”, and its list's “R3…4S” was taken for a rule code
  const flagged = [...CODE_ALPHABET].flatMap((a) =>
    [...CODE_ALPHABET].flatMap((b) =>
      [`${a}${b}KMNPQRST`, `KMNPQRST${a}${b}`].flatMap((code) =>
        [`邀请码 ${groupedCode(code)}`, `忻府区职业中学；邀请码 ${codeHint(code)}；何主任发出`].filter((line) => unreadable(line).length > 0),
      ),
    ),
  );
  expect(flagged).toEqual([]);
});
