import { homeInput, homeOutput } from '../../../shared/api/home';
import { publishedNow, publishedWhere, qualifiedSchools } from '../../domains/brochures/brochures';
import { records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';
import { memo } from '../../_kit/platform/memo';
import { currentSeason } from '../../domains/season/season';

const SUMMARY_LENGTH = 80;

function summarise(text: string): string {
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
}

/**
 * The letter and the subsidy policies are published texts no function changes: kept a minute in the
 * instance like the season, so home costs only the live counts.
 */
const CONTENT_TTL_MS = 60_000;
const policiesKept = memo(CONTENT_TTL_MS, () => records.subsidyPolicies.find({}, { orderBy: [['order', 'asc']] }));
const lettersKept = memo(CONTENT_TTL_MS, () => records.letters.find({}, { orderBy: [['year', 'desc']], limit: 100 }));

export const main = definePublicFunction({
  name: 'home',
  input: homeInput,
  output: homeOutput,
  async handler() {
    const season = await currentSeason();
    const { year } = season;
    // R1 is never kept: the qualified schools and the published count are read on every call
    const [allLetters, policies, schools] = await Promise.all([lettersKept(), policiesKept(), qualifiedSchools(year)]);
    const letters = allLetters.filter((l) => l.year === year);
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
