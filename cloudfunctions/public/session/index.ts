import { sessionInput, sessionOutput } from '../../../shared/api/session';
import { defineFunction, everyone } from '../../_kit/platform/define';
import { schoolById } from '../../domains/registry/schools';

export const main = defineFunction({
  name: 'session',
  input: sessionInput,
  output: sessionOutput,
  roles: everyone,
  async handler(_input, caller) {
    if (caller.role === 'family') return { role: caller.role, name: null, schoolName: null };
    const school = await schoolById(caller.staff.schoolId);
    return { role: caller.role, name: caller.staff.name, schoolName: school?.name ?? null };
  },
});
