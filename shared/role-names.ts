/**
 * The roles and their Chinese names, without zod: the 我的 tab shows a role's name, and importing
 * roles.ts for it would bring zod into the main package. roles.ts builds its schemas from these.
 */

/** Staff roles are bound to an OPENID in the staff collection (R20); everyone else is family. */
export const staffRoles = ['recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'] as const;
export const roles = ['family', ...staffRoles] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  family: '学生/家长',
  recruiter: '招生老师',
  schoolAdmin: '学校管理员',
  reviewer: '审核员',
  juniorStaff: '初中老师',
  bureauAdmin: '教育局管理员',
};
