import { homeInput, homeOutput } from '../../shared/api/home';
import { publishedNow, publishedWhere, qualifiedSchools } from '../_kit/brochures';
import { records } from '../_kit/platform/collections';
import { defineFunction, everyone } from '../_kit/platform/define';
import { currentSeason } from '../_kit/season';

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
    const season = await currentSeason();
    const { year } = season;
    const [letters, policies, schools] = await Promise.all([
      records.letters.find({ year }, { limit: 1 }),
      records.subsidyPolicies.find({}, { orderBy: [['order', 'asc']] }),
      qualifiedSchools(year),
    ]);
    // R1, R2, R4: the same published condition as the list, so the count never promises more.
    const published = publishedWhere(publishedNow(season, schools));
    const approved = published ? await records.brochures.count(published) : 0;
    const letter = letters[0];
    return {
      year,
      letter: letter ? { title: letter.title, summary: summarise(letter.paragraphs[0] ?? ''), issuedBy: letter.issuedBy } : null,
      policies: policies.map(({ key, title, summary }) => ({ key, title, summary })),
      stats: { approvedBrochures: approved, qualifiedSchools: schools.length },
    };
  },
});
