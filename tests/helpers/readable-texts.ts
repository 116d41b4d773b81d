import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The texts of the code a person may read, and what must never be in them (issue 25): no rule code
 * (“（R18）”), no English role key (“填表人：guardian”), no field path (“monthlyReports.reminderDay”).
 * One scanner for the client's pages and for the functions' and shared/'s messages.
 */

/** Every TypeScript source under `dir` (declarations aside). */
export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

const CJK = /[\u3400-\u9fff]/;
const ROLE_KEYS = ['family', 'student', 'guardian', 'recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'];
const problems: Array<[RegExp, string]> = [
  [/R\d+/, 'rule code'],
  [new RegExp(`(?<![A-Za-z])(${ROLE_KEYS.join('|')})(?![A-Za-z])`), 'English role key'],
  [/(?<![\w/.])[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+(?![\w/])/, 'field path'],
];

export interface FoundText {
  file: string;
  line: number;
  text: string;
}

/** The texts of one file a person may read: JSX text, and string and template literals holding Chinese (code strings — keys, class names, paths — hold none). */
export function readableTexts(file: string, code: string): FoundText[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: FoundText[] = [];
  const add = (node: ts.Node, text: string) => found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
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

/** Each problem found in the texts, as `file:line: kind: text`. */
export function offending(texts: FoundText[]): string[] {
  return texts.flatMap(({ file, line, text }) => problems.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${file}:${line}: ${what}: ${text}`));
}
