import { brochureCheckInput, brochureCheckOutput } from '../../../shared/api/brochures';
import { verify } from '../../domains/brochures/brochures';
import { defineFunction, everyone } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';

/** The verification, for callers outside the functions (the client asks before opening the form). */
export const main = defineFunction({
  name: 'brochureCheck',
  input: brochureCheckInput,
  output: brochureCheckOutput,
  roles: everyone,
  async handler(input) {
    return (await verify(await currentSeason(), input.brochureId, input.purpose, input.majorId)).verdict;
  },
});
