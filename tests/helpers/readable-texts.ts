import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The texts of the code a person may read, and what must never be in them (issue 25): no rule code
 * (“（R18）”), no English role key (“填表人：guardian”), no field path (“monthlyReports.reminderDay”),
 * no JSON (`[{"name":…`), no record id (32 hex digits, “lead-9376c5”), no validator text (“无效输入：
 * 期望 string”). One scanner for the client's pages and for the functions' and shared/'s messages;
 * the journeys scan each page's rendered text with the same patterns (accessibility.ts).
 */

/** Every TypeScript source under `dir` (declarations aside). */
export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

const CJK = /[\u3400-\u9fff]/;
const ROLE_KEYS = ['family', 'student', 'guardian', 'recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'];
/**
 * What no text a person reads may hold, with what it is — the one home of these patterns: the
 * source scans below (client-texts, function-texts) and the journeys' scan of every page's rendered
 * text (accessibility.ts) both use them.
 */
export const unreadablePatterns: ReadonlyArray<readonly [RegExp, string]> = [
  // “（R18）”, not a code's letters (“K7R2MQ”), a code's last group (an invitation “ABCD-EFGH-R3”)
  // nor what a list keeps of a code (“R3…4S”, shared/readable-code.ts codeHint)
  [/(?<![A-Za-z0-9…-])R\d{1,2}(?![A-Za-z0-9…])/, 'rule code'],
  [new RegExp(`(?<![A-Za-z])(${ROLE_KEYS.join('|')})(?![A-Za-z])`), 'English role key'],
  [/(?<![\w/.@-])[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+(?![\w/@])/, 'field path'],
  // a field's key on its own (“reminderDay”, “tuitionExempt”): camelCase words, not a random code a
  // person is given to read out (a permit's 核验码 “yBxCzrv6ht1lojXT” has case and digits anywhere)
  [/(?<![A-Za-z0-9.])[a-z]+(?:[A-Z][a-z]+)+\d*(?![A-Za-z0-9.])/, 'field name'],
  [/\{\s*"[^"\n]*"\s*:|\[\s*\{\s*"/, 'JSON'],
  // a record's id: 32 hex digits, or a kind and a hex tail (“lead-9376c5”)
  [/(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])/, 'record id'],
  [/(?<![\w-])[a-z]+-(?=[0-9a-f]*\d)[0-9a-f]{6,}(?![\w])/, 'record id'],
  // what a validator says to a developer (zod's English and its zh-CN locale)
  [/Invalid input|Expected [a-z]+, received|Required(?![A-Za-z])|无效输入|期望\s*\S+\s*，\s*实际接收/, 'validator text'],
];
const problems = unreadablePatterns;

/** A web address shown to be opened or copied (a permit's verification link): read as a whole, not for its words. */
const ADDRESS = /https?:\/\/[^\s，。；、）]+/g;

/** Each kind of problem in one text a person reads, with the part that is one. */
export function unreadable(text: string): Array<{ what: string; found: string }> {
  const words = text.replace(ADDRESS, ' ');
  return problems.flatMap(([pattern, what]) => {
    const match = pattern.exec(words);
    return match ? [{ what, found: match[0] }] : [];
  });
}

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
  return texts.flatMap(({ file, line, text }) => [...new Set(unreadable(text).map((p) => p.what))].map((what) => `${file}:${line}: ${what}: ${text}`));
}
