import { subsidyInfoInput, subsidyInfoOutput } from '../../../shared/api/subsidy';
import { definePublicFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { lettersOf } from '../../domains/season/letter';
import { currentSeason } from '../../domains/season/season';

/**
 * R17, R4: the year's letter to families and the subsidy policies, whole — for everyone, signed in or
 * not as staff. The newest published version of the season's year; an earlier version when asked
 * for (each is kept, so whoever read one can read it again).
 */
export const main = definePublicFunction({
  name: 'subsidyInfo',
  input: subsidyInfoInput,
  output: subsidyInfoOutput,
  async handler({ version }) {
    const season = await currentSeason();
    const versions = await lettersOf(season.year);
    const letter = version === undefined ? versions[0] : versions.find((l) => l.version === version);
    if (version !== undefined && !letter) throw failures.invalid({ version: '没有这一版' });
    return {
      letter: letter
        ? {
            title: letter.title,
            greeting: letter.greeting,
            paragraphs: letter.paragraphs,
            contacts: letter.contacts,
            issuedBy: letter.issuedBy,
            issuedAt: letter.issuedAt.toISOString(),
            version: letter.version,
          }
        : null,
      policies: letter?.policies ?? [],
      versions: versions.map((l) => ({ version: l.version, issuedAt: l.issuedAt.toISOString() })),
    };
  },
});
