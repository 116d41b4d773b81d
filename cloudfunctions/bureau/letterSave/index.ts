import { letterSaveInput, letterSaveOutput } from '../../../shared/api/letter';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { changeableLetterYear, saveDraft } from '../../domains/season/letter-admin';

/**
 * R17, R27: the bureau admin saves the year's letter and policies as a draft — plain text (each
 * paragraph and list item one line, no control characters, every field capped: shared/letter.ts);
 * families read nothing of it until it is published. A save based on a draft someone else has saved
 * since is refused; a year whose work has ended is read-only; every save is in the audit trail.
 */
export const main = defineFunction({
  name: 'letterSave',
  input: letterSaveInput,
  output: letterSaveOutput,
  roles: ['bureauAdmin'],
  async handler({ year, version, letter }, caller) {
    const at = now();
    await changeableLetterYear(year, at);
    return { year, version: await saveDraft(year, version, letter, caller.staff, at) };
  },
});
