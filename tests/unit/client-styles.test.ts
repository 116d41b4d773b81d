import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The client's stylesheets take every colour from the design tokens (client/styles/_tokens.scss,
 * issue 25): a colour written anywhere else is a 39th colour, or the 28th copy of the brand red.
 */
const client = join(__dirname, '..', '..', 'client');
const TOKENS = join(client, 'styles', '_tokens.scss');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith('.scss') ? [join(dir, e.name)] : [],
  );
}

/** The stylesheet without its comments (a comment may name the colour a token replaced), lines kept. */
function withoutComments(scss: string): string {
  return scss.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
}

const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\s*\(/g;

/** Each colour literal outside the tokens, as file:line: text. */
function colourLiterals(files: string[]): string[] {
  return files.flatMap((file) =>
    withoutComments(readFileSync(file, 'utf8'))
      .split('\n')
      .flatMap((line, i) => (line.match(COLOUR) ? [`${relative(client, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

test('no stylesheet in client/ but the tokens partial writes a colour (hex, rgb or hsl)', () => {
  const files = stylesheets(client).filter((f) => f !== TOKENS);
  expect(files.length).toBeGreaterThan(20);
  expect(colourLiterals(files)).toEqual([]);
});

test('the check itself finds a colour literal and skips one in a comment', () => {
  const scanned = withoutComments('a { color: #c8161d; } /* was #999 */\n// #fff\nb { background: rgba(0, 0, 0, 0.5); }');
  expect(scanned.match(COLOUR)).toEqual(['#c8161d', 'rgba(']);
});

test('the tokens partial holds the colours, and the brand red once', () => {
  const tokens = withoutComments(readFileSync(TOKENS, 'utf8'));
  expect(tokens.match(/#c8161d/gi)).toHaveLength(1);
  const distinct = new Set((tokens.match(/#[0-9a-fA-F]{3,8}\b/g) ?? []).map((c) => c.toLowerCase()));
  // 38 colours were merged into these; a new one is a decision to make here, not on a page.
  expect(distinct.size).toBeLessThanOrEqual(24);
});
