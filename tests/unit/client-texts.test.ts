import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readable } from '../../client/services/readable';
import { offending, readableTexts, sources } from '../helpers/readable-texts';

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
  expect(offending(texts)).toEqual(['x.tsx:1: rule code: 学习形式（R18）', 'x.tsx:2: English role key: 填表人：guardian，提交于 …', 'x.tsx:3: field path: 请检查 monthlyReports.reminderDay']);
});

test('a message from a function is read without a rule number, should one ever carry it again', () => {
  expect(readable('学生已报到，不能再改为“学校已联系”（R24）。')).toBe('学生已报到，不能再改为“学校已联系”。');
  expect(readable('专业（R5：未备案的专业不能招生）')).toBe('专业（未备案的专业不能招生）');
  expect(readable('家庭可申请核查（R7、R6）。')).toBe('家庭可申请核查。');
});
