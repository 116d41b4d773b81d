import { homeInput, homeOutput } from '../../../shared/api/home';
import { publishedNow, publishedWhere, qualifiedSchools } from '../../domains/brochures/brochures';
import { records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';
import { letterOf, subsidyPoliciesKept } from '../../domains/season/letter';
import { currentSeason } from '../../domains/season/season';

const SUMMARY_LENGTH = 80;

function summarise(text: string): string {
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
}

export const main = definePublicFunction({
  name: 'home',
  input: homeInput,
  output: homeOutput,
  async handler() {
    const season = await currentSeason();
    const { year } = season;
    // R1 is never kept: the qualified schools and the published count are read on every call
    const [letter, policies, schools] = await Promise.all([letterOf(year), subsidyPoliciesKept(), qualifiedSchools(year)]);
    // R1, R2, R4: the same published condition as the list, so the count never promises more.
    const published = publishedWhere(publishedNow(season, schools));
    const approved = published ? await records.brochures.count(published) : 0;
    return {
      year,
      letter: letter ? { title: letter.title, summary: summarise(letter.paragraphs[0] ?? ''), issuedBy: letter.issuedBy } : null,
      policies: policies.map(({ key, title, summary }) => ({ key, title, summary })),
      stats: { approvedBrochures: approved, qualifiedSchools: schools.length },
    };
  },
});
