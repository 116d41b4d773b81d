import { sessionInput, sessionOutput } from '../../shared/api/session';
import { defineFunction } from '../_kit/define';
import { everyone } from '../_kit/roles';
import { schoolById } from '../_kit/schools';

export const main = defineFunction({
  name: 'session',
  input: sessionInput,
  output: sessionOutput,
  roles: everyone,
  async handler(_input, caller) {
    const school = await schoolById(caller.staff?.schoolId);
    return { role: caller.role, name: caller.staff?.name ?? null, schoolName: school?.name ?? null };
  },
});
