import { letterGetInput, letterGetOutput } from '../../../shared/api/letter';
import { sameLetterText } from '../../../shared/letter';
import { isPastSeason } from '../../../shared/season-rules';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { draftOf, letterSeason, publishedVersions } from '../../domains/season/letter-admin';

/**
 * R17, R27: the letter's editor — the year's draft (or what it starts from), the versions published,
 * and whether the draft says something families do not read yet. Read from the database now, not
 * from the copy families' calls keep for a minute: the clerk sees what they just saved.
 */
export const main = defineFunction({
  name: 'letterGet',
  input: letterGetInput,
  output: letterGetOutput,
  roles: ['bureauAdmin'],
  async handler({ year }) {
    const at = now();
    const { season, years } = await letterSeason(year, at);
    const published = await publishedVersions(season.year);
    const { letter, draft, startsFrom } = await draftOf(season.year, published);
    const newest = published[0];
    return {
      year: season.year,
      years,
      letter,
      version: draft?.revision ?? 0,
      startsFrom,
      published: published.map((l) => ({ version: l.version, publishedAt: l.issuedAt.toISOString(), publishedByName: l.publishedByName ?? '' })),
      unpublished: !newest || !sameLetterText(newest, letter),
      editable: !isPastSeason(season, at),
    };
  },
});
