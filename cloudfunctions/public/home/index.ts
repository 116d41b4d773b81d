import { homeInput, homeOutput } from '../../../shared/api/home';
import { publishedNow, publishedWhere, qualifiedSchools } from '../../domains/brochures/brochures';
import { records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';
import { cityNames } from '../../domains/city/city';
import { letterOf } from '../../domains/season/letter';
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
    // the city's name is kept a minute like the letter: no round trip when warm (R27)
    const [letter, schools, city] = await Promise.all([letterOf(year), qualifiedSchools(year), cityNames()]);
    // R1, R2, R4: the same published condition as the list, so the count never promises more.
    const published = publishedWhere(publishedNow(season, schools));
    const approved = published ? await records.brochures.count(published) : 0;
    return {
      year,
      city: city.set ? city.name : '',
      letter: letter ? { title: letter.title, summary: summarise(letter.paragraphs[0] ?? ''), issuedBy: letter.issuedBy } : null,
      // the policies published with the letter in force (R17); a kind may be there more than once (local help)
      policies: (letter?.policies ?? []).map(({ kind, title, summary }, i) => ({ key: `${kind}-${i}`, title, summary })),
      stats: { approvedBrochures: approved, qualifiedSchools: schools.length },
    };
  },
});
