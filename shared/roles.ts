import { z } from 'zod';

/** Staff roles are bound to an OPENID in the staff collection (R20); everyone else is family. */
export const staffRoles = ['recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const roleSchema = z.enum(['family', ...staffRoles]);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  family: '学生/家长',
  recruiter: '招生老师',
  schoolAdmin: '学校管理员',
  reviewer: '审核员',
  juniorStaff: '初中老师',
  bureauAdmin: '教育局管理员',
};

/** Which bureau reviews: district schools by their district's bureau, city schools by the city's. */
export const bureauLevelSchema = z.enum(['district', 'city']);
export type BureauLevel = z.infer<typeof bureauLevelSchema>;
