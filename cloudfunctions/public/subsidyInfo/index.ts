import { subsidyInfoInput, subsidyInfoOutput } from '../../../shared/api/subsidy';
import { records } from '../../_kit/platform/collections';
import { defineFunction, everyone } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';

export const main = defineFunction({
  name: 'subsidyInfo',
  input: subsidyInfoInput,
  output: subsidyInfoOutput,
  roles: everyone,
  async handler() {
    const season = await currentSeason();
    const [letters, policies] = await Promise.all([
      records.letters.find({ year: season.year }, { limit: 1 }),
      records.subsidyPolicies.find({}, { orderBy: [['order', 'asc']] }),
    ]);
    const letter = letters[0];
    return {
      letter: letter ? { title: letter.title, greeting: letter.greeting, paragraphs: letter.paragraphs, contacts: letter.contacts, issuedBy: letter.issuedBy, issuedAt: letter.issuedAt.toISOString() } : null,
      policies: policies.map(({ _id, order, ...policy }) => policy),
    };
  },
});
