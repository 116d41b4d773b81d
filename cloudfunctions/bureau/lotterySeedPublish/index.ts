import { lotterySeedPublishInput, lotterySeedPublishOutput } from '../../../shared/api/unified-admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { publishSeed } from '../../domains/admission/unified/seed';
import { currentSeason } from '../../domains/season/season';

/**
 * R26: before the choice deadline the bureau admin has the server draw the year's lottery seed
 * (crypto.randomBytes(32)) and publishes only its commitment; the seed stays unread until the
 * deadline. Once per year; audited.
 */
export const main = defineFunction({
  name: 'lotterySeedPublish',
  input: lotterySeedPublishInput,
  output: lotterySeedPublishOutput,
  roles: ['bureauAdmin'],
  async handler(_input, caller) {
    const at = now();
    const published = await publishSeed(await currentSeason(at), caller.staff, at);
    return { year: published.year, commitment: published.commitment, publishedAt: published.publishedAt.toISOString() };
  },
});
