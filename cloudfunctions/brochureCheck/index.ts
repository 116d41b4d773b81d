import { brochureCheckInput, brochureCheckOutput } from '../../shared/api/brochures';
import { verify } from '../_kit/brochures';
import { defineFunction } from '../_kit/define';
import { everyone } from '../_kit/roles';

/** The verification, for callers outside the functions (the client asks before opening the form). */
export const main = defineFunction({
  name: 'brochureCheck',
  input: brochureCheckInput,
  output: brochureCheckOutput,
  roles: everyone,
  async handler(input) {
    return (await verify(input.brochureId, input.purpose, input.majorId)).verdict;
  },
});
