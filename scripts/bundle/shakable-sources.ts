import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import ts from 'typescript';

/**
 * Our sources as the functions' bundles read them, so esbuild leaves out what a function never uses
 * (issue 13: a function's cold start was mostly building zod schemas and loading zod). Two rewrites,
 * neither changing what the code does:
 *
 * 1. `import { z } from 'zod'` becomes `import * as z from 'zod'`. zod's `z` is a namespace
 *    re-exported by name, which esbuild keeps whole (all of zod, ~400 KB before minifying); a
 *    namespace imported directly is shaken to the members the code names.
 * 2. In shared/, a top-level `const` whose value is computed (a zod schema, a table) is computed by
 *    an arrow function called at once and annotated `@__PURE__`. A schema no code of the function
 *    names is then dropped instead of built at load; one that is used is built in the same place
 *    and order as before. Hence the rule for shared/: a top-level constant only computes its
 *    value, with no side effect anyone relies on (such as registering a schema in a registry).
 */
export function shakableSources(sharedDir: string): Plugin {
  const shared = sharedDir.endsWith(sep) ? sharedDir : sharedDir + sep;
  return {
    name: 'shakable-sources',
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        let kept = rewritten.get(args.path);
        if (kept?.source !== source) {
          kept = { source, contents: rewrite(source, args.path, args.path.startsWith(shared)) };
          rewritten.set(args.path, kept);
        }
        return { contents: kept.contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/** The functions share these files: each is parsed and rewritten once per version of its text. */
const rewritten = new Map<string, { source: string; contents: string }>();

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function rewrite(source: string, fileName: string, markConstantsPure: boolean): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: Edit[] = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const edit = zodNamespaceImport(statement, file);
      if (edit) edits.push(edit);
    } else if (markConstantsPure && ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
      for (const { initializer } of statement.declarationList.declarations) {
        if (initializer && isComputed(initializer)) {
          const start = initializer.getStart(file);
          edits.push({ start, end: initializer.getEnd(), text: `/* @__PURE__ */ (() => (${source.slice(start, initializer.getEnd())}))()` });
        }
      }
    }
  }
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** `import { z } from 'zod'` (beside other names or not) as a namespace import of zod. */
function zodNamespaceImport(statement: ts.ImportDeclaration, file: ts.SourceFile): Edit | undefined {
  const clause = statement.importClause;
  const names = clause?.namedBindings;
  if (!ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== 'zod') return undefined;
  if (!clause || clause.isTypeOnly || clause.name || !names || !ts.isNamedImports(names)) return undefined;
  const z = names.elements.find((e) => !e.isTypeOnly && !e.propertyName && e.name.text === 'z');
  if (!z) return undefined;
  const others = names.elements.filter((e) => e !== z).map((e) => e.getText(file));
  const text = `import * as z from 'zod';${others.length ? ` import { ${others.join(', ')} } from 'zod';` : ''}`;
  return { start: statement.getStart(file), end: statement.getEnd(), text };
}

/** Whether a constant's value is computed at load (a literal, a name or a function is not). */
function isComputed(value: ts.Expression): boolean {
  return !(
    ts.isArrowFunction(value) ||
    ts.isFunctionExpression(value) ||
    ts.isClassExpression(value) ||
    ts.isIdentifier(value) ||
    ts.isStringLiteral(value) ||
    ts.isNumericLiteral(value) ||
    ts.isNoSubstitutionTemplateLiteral(value) ||
    ts.isRegularExpressionLiteral(value) ||
    value.kind === ts.SyntaxKind.TrueKeyword ||
    value.kind === ts.SyntaxKind.FalseKeyword ||
    value.kind === ts.SyntaxKind.NullKeyword
  );
}
