import { season } from '../../config/season';
import { subsidyInfoInput, subsidyInfoOutput } from '../../shared/api/subsidy';
import { letterSchema, subsidyPolicySchema } from '../../shared/records/content';
import { db } from '../_kit/app';
import { defineFunction } from '../_kit/define';
import { everyone } from '../_kit/roles';

export const main = defineFunction({
  name: 'subsidyInfo',
  input: subsidyInfoInput,
  output: subsidyInfoOutput,
  roles: everyone,
  async handler() {
    const [letters, policies] = await Promise.all([
      db.collection('letters').where({ year: season.year }).limit(1).get(),
      db.collection('subsidyPolicies').orderBy('order', 'asc').get(),
    ]);
    const letter = letters.data[0] ? letterSchema.parse(letters.data[0]) : null;
    return {
      letter: letter && { title: letter.title, greeting: letter.greeting, paragraphs: letter.paragraphs, contacts: letter.contacts, issuedBy: letter.issuedBy, issuedAt: letter.issuedAt.toISOString() },
      policies: policies.data.map((p) => {
        const { _id, order, ...policy } = subsidyPolicySchema.parse(p);
        return policy;
      }),
    };
  },
});
