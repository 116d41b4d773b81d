import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..');
export const functionsSource = join(root, 'cloudfunctions');
export const functionsOutput = join(root, 'dist', 'cloudfunctions');

/**
 * The folders under cloudfunctions/ that are code functions import, not functions: the platform kit
 * (`_kit/platform`) and each domain's code (`domains/<domain>`, shared by the functions whose actions
 * belong to the domain).
 */
export const sharedCodeFolders = ['_kit', 'domains'];

/** Every other folder under cloudfunctions/ is a deployed function (tests/unit/project.test.ts holds it to config/functions.ts). */
export function functionNames(): string[] {
  return readdirSync(functionsSource, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !sharedCodeFolders.includes(e.name))
    .map((e) => e.name)
    .sort();
}
