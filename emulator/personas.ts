/**
 * Demo identities for local mode only: one browser can walk every role by signing in as each.
 * In WeChat the OPENID comes from the platform; these never exist in a real environment.
 */
export interface Persona {
  key: string;
  label: string;
  description: string;
  openid: string;
}

export const personas: Persona[] = [
  { key: 'student', label: '学生', description: '初三学生李明，浏览简章、填报志愿', openid: 'dev-openid-student' },
  { key: 'guardian', label: '家长', description: '李明的家长，阅读资助政策和招生简章', openid: 'dev-openid-guardian' },
  { key: 'recruiter', label: '招生老师', description: '忻州市职业技术学校的招生老师王老师', openid: 'dev-openid-recruiter' },
  { key: 'schoolAdmin', label: '学校管理员', description: '忻州市职业技术学校的管理员，提交招生简章', openid: 'dev-openid-school-admin' },
  { key: 'reviewer', label: '审核员', description: '市教育局职成教科审核员，审查备案招生简章', openid: 'dev-openid-reviewer' },
  { key: 'juniorStaff', label: '初中老师', description: '忻州市第二中学初中部的毕业班老师，关注本校学生的志愿进展', openid: 'dev-openid-junior-staff' },
  { key: 'bureauAdmin', label: '教育局管理员', description: '市教育局管理员，设置招生季、维护学校名录、邀请工作人员', openid: 'dev-openid-bureau-admin' },
];

export function personaByKey(key: string): Persona | undefined {
  return personas.find((p) => p.key === key);
}
