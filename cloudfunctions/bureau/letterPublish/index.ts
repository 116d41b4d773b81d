import { letterPublishInput, letterPublishOutput } from '../../../shared/api/letter';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { changeableLetterYear, publishDraft } from '../../domains/season/letter-admin';

/**
 * R17, R4: the bureau admin publishes the saved draft, as previewed, as the year's next version:
 * families read it at once from this instance and within a minute from every other; the versions
 * before it are kept. The same text again is refused; audited.
 */
export const main = defineFunction({
  name: 'letterPublish',
  input: letterPublishInput,
  output: letterPublishOutput,
  roles: ['bureauAdmin'],
  async handler({ year, version }, caller) {
    const at = now();
    await changeableLetterYear(year, at);
    const published = await publishDraft(year, version, caller.staff, at);
    return { year, published, publishedAt: at.toISOString() };
  },
});
