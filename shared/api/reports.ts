import { z } from 'zod';
import { idSchema, phoneSchema } from '../records/common';
import { reportCategorySchema, reportStatusSchema } from '../records/report';
import { daySchema } from '../records/season';
import { line, lines, token } from '../text';

/** `reports`: anyone reports a violation of the enrollment rules (R19, R6, R10). */
export const reportInput = z.object({
  category: reportCategorySchema,
  description: lines('请描述您遇到的情况').min(10, '请至少用 10 个字描述您遇到的情况').max(500, '描述请不要超过 500 个字'),
  schoolName: line().max(60, '学校名称过长').optional(),
  /** the school or junior high concerned, when the reporter picks it from the registry */
  schoolId: idSchema.optional(),
  juniorSchoolId: idSchema.optional(),
  happenedOn: daySchema.optional(),
  contactPhone: phoneSchema.optional(),
  anonymousToSchool: z.boolean().optional(),
});
export type ReportInput = z.infer<typeof reportInput>;

/** the report's id, its receipt to quote (JB270415-K7QD) and when it was received */
export const reportOutput = z.object({ reportId: z.string(), receipt: z.string(), receivedAt: z.string() });

const reportView = z.object({
  id: idSchema,
  /** the receipt the reporter was given */
  receipt: z.string(),
  category: reportCategorySchema,
  categoryLabel: z.string(),
  description: z.string(),
  concerning: z.string(),
  happenedOn: z.string().nullable(),
  status: reportStatusSchema,
  statusLabel: z.string(),
  /** the bureau's answer to the reporter */
  reply: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});

/** `reportMine`: the caller's own reports, with their status and the bureau's reply. */
export const reportMineInput = z.object({});
export const reportMineOutput = z.object({ items: z.array(reportView) });

/** `reportQueue`: the bureau's queue, filtered (R19); the reporter is shown to the bureau only. */
export const reportQueueInput = z.object({
  status: reportStatusSchema.optional(),
  category: reportCategorySchema.optional(),
  schoolId: idSchema.optional(),
  /** a receipt a reporter reads out (JB270415-K7QD; case and spaces as typed): that report alone */
  receipt: token().trim().max(40).optional(),
  page: z.number().int().min(1).max(1000).default(1),
});
export const reportQueueOutput = z.object({
  items: z.array(
    reportView.extend({
      reporter: z.object({ openid: z.string(), contactPhone: z.string().nullable(), anonymousToSchool: z.boolean() }),
      assigneeName: z.string().nullable(),
      findings: z.string().nullable(),
      history: z.array(z.object({ at: z.string(), actorName: z.string(), status: reportStatusSchema, event: z.string(), note: z.string().nullable() })),
      actions: z.array(z.enum(['start', 'resolve', 'dismiss'])),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  /** the bureau staff a report may be assigned to */
  assignees: z.array(z.object({ id: idSchema, name: z.string() })),
});

const findings = lines('请填写调查结果').min(2, '请填写调查结果').max(1000, '调查结果请不超过 1000 字');
const reply = lines('请填写给举报人的答复').min(2, '请填写给举报人的答复').max(500, '答复请不超过 500 字');

/** `reportHandle`: the bureau assigns a report, starts on it, resolves it with findings and a reply, or dismisses it with a reason. */
export const reportHandleInput = z.discriminatedUnion('action', [
  z.object({ id: idSchema, action: z.literal('assign'), assigneeStaffId: idSchema }),
  z.object({ id: idSchema, action: z.literal('start') }),
  z.object({ id: idSchema, action: z.literal('resolve'), findings, reply }),
  z.object({
    id: idSchema,
    action: z.literal('dismiss'),
    reason: lines('请填写不予受理的原因').min(2, '请填写不予受理的原因').max(500, '原因请不超过 500 字'),
    reply,
  }),
]);
export const reportHandleOutput = z.object({ id: idSchema, status: reportStatusSchema });
