import { season } from '../../config/season';
import { homeInput, homeOutput } from '../../shared/api/home';
import { letterSchema, subsidyPolicySchema } from '../../shared/records/content';
import { db } from '../_kit/app';
import { publishedWhere, qualifiedSchools } from '../_kit/brochures';
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
    const [letters, policies, schools] = await Promise.all([
      db.collection('letters').where({ year }).limit(1).get(),
      db.collection('subsidyPolicies').orderBy('order', 'asc').get(),
      qualifiedSchools(year),
    ]);
    const approved = await db.collection('brochures').where(publishedWhere(year, schools)).count();
    const letter = letters.data[0] ? letterSchema.parse(letters.data[0]) : null;
    return {
      year,
      letter: letter && { title: letter.title, summary: summarise(letter.paragraphs[0] ?? ''), issuedBy: letter.issuedBy },
      policies: policies.data.map((p) => subsidyPolicySchema.parse(p)).map(({ key, title, summary }) => ({ key, title, summary })),
      stats: { approvedBrochures: approved.total ?? 0, qualifiedSchools: schools.length },
    };
  },
});
