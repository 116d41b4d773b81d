import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { readable } from '../../client/services/readable';

/**
 * What people read is written for them (issue 25, item 10 and its class): no rule code (“（R18）”),
 * no English role key (“填表人：guardian”), no field path (“monthlyReports.reminderDay”) in the
 * client's texts. Scans every text a page, component or client service can show: JSX text, and
 * string and template literals that hold Chinese (code strings — keys, class names, paths — hold none).
 */
const repo = join(__dirname, '..', '..');
const roots = ['client/pages', 'client/family', 'client/staff', 'client/components', 'client/services'].map((d) => join(repo, d));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

const CJK = /[\u3400-\u9fff]/;
const ROLE_KEYS = ['family', 'student', 'guardian', 'recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'];
const problems: Array<[RegExp, string]> = [
  [/R\d+/, 'rule code'],
  [new RegExp(`(?<![A-Za-z])(${ROLE_KEYS.join('|')})(?![A-Za-z])`), 'English role key'],
  [/(?<![\w/.])[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+(?![\w/])/, 'field path'],
];

/** The texts of one file a person may read: JSX text, and literals holding Chinese. */
function readableTexts(file: string, code: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ line: number; text: string }> = [];
  const add = (node: ts.Node, text: string) => found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && node.text.trim()) add(node, node.text.trim());
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CJK.test(node.text)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (parts.some((p) => CJK.test(p))) add(node, parts.join('…'));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function offending(texts: Array<{ file: string; line: number; text: string }>): string[] {
  return texts.flatMap(({ file, line, text }) => problems.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${file}:${line}: ${what}: ${text}`));
}

test('no text in the client shows a rule code, an English role key or a field path', () => {
  const files = roots.flatMap(sources);
  expect(files.length).toBeGreaterThan(50);
  const texts = files.flatMap((file) => readableTexts(file, readFileSync(file, 'utf8')).map((t) => ({ file: relative(repo, file), ...t })));
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
  const texts = readableTexts('x.tsx', code).map((t) => ({ file: 'x.tsx', ...t }));
  expect(offending(texts)).toEqual(['x.tsx:1: rule code: 学习形式（R18）', 'x.tsx:2: English role key: 填表人：guardian，提交于 …', 'x.tsx:3: field path: 请检查 monthlyReports.reminderDay']);
});

test('a message from a function is read without its rule number', () => {
  expect(readable('学生已报到，不能再改为“学校已联系”（R24）。')).toBe('学生已报到，不能再改为“学校已联系”。');
  expect(readable('专业（R5：未备案的专业不能招生）')).toBe('专业（未备案的专业不能招生）');
  expect(readable('家庭可申请核查（R7、R6）。')).toBe('家庭可申请核查。');
});
