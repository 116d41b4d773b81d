import { z } from 'zod';
import { roleLabels, roles, staffRoles } from './role-names';

// The lists and names live in role-names.ts (no zod), for pages of the main package.
export { roleLabels, staffRoles };

export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Which bureau reviews: district schools by their district's bureau, city schools by the city's. */
export const bureauLevelSchema = z.enum(['district', 'city']);
export type BureauLevel = z.infer<typeof bureauLevelSchema>;
