import { letterVersionsInput, letterVersionsOutput } from '../../../shared/api/letter';
import { letterTextOf } from '../../../shared/letter';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { letterSeason, publishedVersions } from '../../domains/season/letter-admin';

/** R4, R17: every version of a year's letter as it was published, whole, newest first. */
export const main = defineFunction({
  name: 'letterVersions',
  input: letterVersionsInput,
  output: letterVersionsOutput,
  roles: ['bureauAdmin'],
  async handler({ year }) {
    const { season } = await letterSeason(year, now());
    const versions = await publishedVersions(season.year);
    return {
      year: season.year,
      versions: versions.map((l) => ({
        version: l.version,
        publishedAt: l.issuedAt.toISOString(),
        publishedByName: l.publishedByName ?? '',
        letter: letterTextOf(l),
      })),
    };
  },
});
