import { subsidyInfoInput, subsidyInfoOutput } from '../../../shared/api/subsidy';
import { definePublicFunction } from '../../_kit/platform/define';
import { letterOf, subsidyPoliciesKept } from '../../domains/season/letter';
import { currentSeason } from '../../domains/season/season';

/** R17, R4: the year's letter to families and the subsidy policies, whole — for everyone, signed in or not as staff. */
export const main = definePublicFunction({
  name: 'subsidyInfo',
  input: subsidyInfoInput,
  output: subsidyInfoOutput,
  async handler() {
    const season = await currentSeason();
    const [letter, policies] = await Promise.all([letterOf(season.year), subsidyPoliciesKept()]);
    return {
      letter: letter ? { title: letter.title, greeting: letter.greeting, paragraphs: letter.paragraphs, contacts: letter.contacts, issuedBy: letter.issuedBy, issuedAt: letter.issuedAt.toISOString() } : null,
      policies: policies.map(({ _id, order, ...policy }) => policy),
    };
  },
});
