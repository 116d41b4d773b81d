import { roleSchema, staffRoles } from '../../shared/roles';

/** Anyone who opened the mini-program, family or staff. */
export const everyone = roleSchema.options;
export const staffOnly = staffRoles;
