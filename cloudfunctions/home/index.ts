import { season } from '../../config/season';
import { homeInput, homeOutput } from '../../shared/api/home';
import { letterSchema, subsidyPolicySchema } from '../../shared/records/content';
import { _, db } from '../_kit/app';
import { defineFunction } from '../_kit/define';
import { everyone } from '../_kit/roles';

const SUMMARY_LENGTH = 80;

function summarise(text: string): string {
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
}

export const main = defineFunction({
  name: 'home',
  input: homeInput,
  output: homeOutput,
  roles: everyone,
  async handler() {
    const { year } = season;
    const [letters, policies, approvedBrochures, qualifiedSchools] = await Promise.all([
      db.collection('letters').where({ year }).limit(1).get(),
      db.collection('subsidyPolicies').orderBy('order', 'asc').get(),
      db.collection('brochures').where({ status: 'approved', year }).count(),
      db.collection('schools').where({ qualifications: _.elemMatch({ year, qualified: true, inspectionPassed: true }) }).count(),
    ]);
    const letter = letters.data[0] ? letterSchema.parse(letters.data[0]) : null;
    return {
      year,
      letter: letter && { title: letter.title, summary: summarise(letter.paragraphs[0] ?? ''), issuedBy: letter.issuedBy },
      policies: policies.data.map((p) => subsidyPolicySchema.parse(p)).map(({ key, title, summary }) => ({ key, title, summary })),
      stats: { approvedBrochures: approvedBrochures.total ?? 0, qualifiedSchools: qualifiedSchools.total ?? 0 },
    };
  },
});
