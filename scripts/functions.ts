import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..');
export const functionsSource = join(root, 'cloudfunctions');
export const functionsOutput = join(root, 'dist', 'cloudfunctions');

/** Every folder under cloudfunctions/ is a function, except the server kit (`_kit`). */
export function functionNames(): string[] {
  return readdirSync(functionsSource, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();
}
