import { z } from 'zod';
import { dateSchema, idSchema } from './common';

/**
 * The audit trail: staff actions that read personal data or change the registry, the season or
 * the staff, in one collection — who, what, on what, when, and for a change what it was before and
 * after.
 */
export const auditActionSchema = z.enum([
  'lead.view',
  'season.save',
  'season.open',
  'season.narrow',
  'invitation.create',
  'invitation.revoke',
  'invitation.redeem',
  'setup.issue',
  'setup.redeem',
  'staff.revoke',
  'staff.role',
  'staff.territories',
  'registry.school',
  'registry.major',
  'registry.import',
  'registry.junior',
  'registry.junior-close',
  'targets.save',
  'registration.export',
  'registration.confirm',
  'monthly-report.return',
  'lottery-seed.publish',
  'lottery-seed.reveal',
  'unified.commit',
  'unified.close',
  'scores.import',
  'letter.save',
  'letter.publish',
  'city.save',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditActionLabels: Record<AuditAction, string> = {
  'lead.view': '查看学生联系方式',
  'season.save': '修改招生季设置',
  'season.open': '开启新的招生年度',
  'season.narrow': '区县调整本区日期',
  'invitation.create': '发出邀请码',
  'invitation.revoke': '作废邀请码',
  'invitation.redeem': '接受邀请，成为工作人员',
  'setup.issue': '部署人员发出初始设置码',
  'setup.redeem': '用初始设置码成为教育局管理员',
  'staff.revoke': '取消工作人员身份',
  'staff.role': '更改工作人员角色',
  'staff.territories': '调整招生老师负责的初中',
  'registry.school': '修改学校名录',
  'registry.major': '修改专业备案',
  'registry.import': '导入名录表格',
  'registry.junior': '修改初中名录',
  'registry.junior-close': '关闭或恢复初中',
  'targets.save': '修改初中送培目标',
  'registration.export': '导出学籍注册表（含身份证号）',
  'registration.confirm': '确认学生已学籍注册',
  'monthly-report.return': '退回月度统计表',
  'lottery-seed.publish': '抽取统一录取的抽签种子并公布承诺值',
  'lottery-seed.reveal': '公布统一录取的抽签种子',
  'unified.commit': '确认统一录取',
  'unified.close': '结束统一录取轮次，开始补录',
  'scores.import': '导入中考成绩',
  'letter.save': '修改致家长的一封信（草稿）',
  'letter.publish': '发布致家长的一封信',
  'city.save': '修改城市与区县',
};

export const auditEntrySchema = z.object({
  _id: idSchema,
  /** the actor */
  staffId: idSchema,
  actorName: z.string().default(''),
  action: auditActionSchema,
  /** the target: a lead, a season, a school, a staff member */
  subjectId: idSchema,
  at: dateSchema,
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
