import { z } from 'zod';
import { dateSchema, idSchema, phoneSchema } from './common';
import { normaliseCode } from '../readable-code';

/** R19, R6, R10: what anyone may report — intermediaries, payments, false publicity, unapproved campus visits, a teacher filling or forcing a choice. */
export const reportCategorySchema = z.enum(['intermediary', 'payment', 'false-publicity', 'unapproved-visit', 'teacher-filled', 'other'], {
  error: '请选择举报类型',
});
export type ReportCategory = z.infer<typeof reportCategorySchema>;
export const reportCategoryLabels: Record<ReportCategory, string> = {
  intermediary: '中介招生或有偿介绍生源',
  payment: '向个人交钱、收取费用',
  'false-publicity': '虚假宣传',
  'unapproved-visit': '未经批准进校宣传',
  'teacher-filled': '老师代填或强迫填报志愿（砍尾巴）',
  other: '其他违规行为',
};

export const reportStatusSchema = z.enum(['received', 'investigating', 'resolved', 'dismissed']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;
export const reportStatusLabels: Record<ReportStatus, string> = {
  received: '已收到，等待处理',
  investigating: '正在调查',
  resolved: '已处理',
  dismissed: '不予受理',
};

/**
 * A report's receipt (R19, issue 25): what the reporter is given to quote — JB, the day it was
 * received (Shanghai's calendar) and four characters of the readable alphabet (shared/readable-code.ts), e.g. JB270415-K7QD. The
 * report's id is `report-<receipt>`, so the bureau finds a report by the receipt a caller reads out;
 * a report kept from before receipts carries its old id, which is then its receipt.
 */
/** A receipt as a person types it (any case, spaces or dashes anywhere) as it was given. */
export function normaliseReceipt(typed: string): string {
  const bare = normaliseCode(typed);
  return /^JB\d{6}[A-Z2-9]{4}$/.test(bare) ? `${bare.slice(0, 8)}-${bare.slice(8)}` : typed.trim();
}
/** Whether a typed text is a whole receipt (JB270415-K7QD, however typed). */
export const isWholeReceipt = (typed: string) => /^JB\d{6}-[A-Z2-9]{4}$/.test(normaliseReceipt(typed));
export const reportIdOfReceipt = (receipt: string) => `report-${normaliseReceipt(receipt)}`;
export const receiptOfReport = (id: string) => (id.startsWith('report-') ? id.slice('report-'.length) : id);

export const reportEventSchema = z.object({
  status: reportStatusSchema,
  at: dateSchema,
  actorStaffId: idSchema.nullable(),
  actorName: z.string(),
  /** `assigned`: who follows it from now on; a step otherwise */
  event: z.enum(['received', 'step', 'assigned']),
  note: z.string().optional(),
});

/**
 * A violation report (R19). The reporter's identity (`openid`, `contactPhone`) is the bureau's
 * only: no school ever reads a report. `anonymousToSchool` records the reporter's wish that the
 * bureau not name them to the school while it investigates.
 */
export const reportSchema = z.object({
  _id: idSchema,
  openid: z.string(),
  category: reportCategorySchema,
  description: z.string(),
  schoolName: z.string().optional(),
  schoolId: idSchema.optional(),
  juniorSchoolId: idSchema.optional(),
  /** the day it happened, as the reporter remembers it (YYYY-MM-DD) */
  happenedOn: z.string().optional(),
  contactPhone: phoneSchema.optional(),
  anonymousToSchool: z.boolean().default(false),
  status: reportStatusSchema,
  assigneeStaffId: idSchema.optional(),
  assigneeName: z.string().optional(),
  findings: z.string().optional(),
  /** what the bureau tells the reporter */
  reply: z.string().optional(),
  history: z.array(reportEventSchema).default([]),
  createdAt: dateSchema,
  updatedAt: dateSchema.optional(),
});
export type Report = z.infer<typeof reportSchema>;

/** Per identity and day, how many reports it sent in the day and in each hour (R19's limit). */
export const reportAttemptsSchema = z.object({ _id: z.string(), counts: z.record(z.string(), z.number().int().min(0)) });
