import { z } from 'zod';
import { idSchema } from '../records/common';
import { daySchema, windowSchema } from '../records/season';
import { schoolKindSchema } from '../records/school';
import { visitStatusSchema } from '../records/visit';
import { line, lines, token } from '../text';
import { MIN_VISIT_MINUTES } from '../visit-rules';

const visitView = z.object({
  id: idSchema,
  schoolName: z.string(),
  juniorSchoolName: z.string(),
  day: z.string(),
  start: z.string(),
  end: z.string(),
  visitors: z.string(),
  status: visitStatusSchema,
  statusLabel: z.string(),
  permitNumber: z.string().nullable(),
  /** the bureau that issued the permit */
  issuedBy: z.string().nullable(),
  /** the verification page's code, for the permit's QR (the school and the bureau only) */
  permitCode: z.string().nullable(),
  reason: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), actorName: z.string(), status: visitStatusSchema, note: z.string().nullable() })),
});
export type VisitView = z.infer<typeof visitView>;

/** `visitApply`: a school admin applies to visit a junior high (R10). */
export const visitApplyInput = z.object({
  juniorSchoolId: idSchema,
  day: daySchema,
  start: z
    .string({ error: '请选择开始时间' })
    .min(1, '请选择开始时间')
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '请按“时:分”填写开始时间，例如 14:30'),
  minutes: z.number({ error: '请填写时长' }).int('请按分钟填写时长').min(MIN_VISIT_MINUTES, `时长至少 ${MIN_VISIT_MINUTES} 分钟`),
  visitors: lines('请填写来访人员').min(2, '请填写来访人员').max(200, '来访人员请不超过 200 字'),
});
export const visitApplyOutput = visitView;

/** `visitList`: a school its applications, a junior high its schedule, the bureau its district's or the city's. */
export const visitListInput = z.object({ status: visitStatusSchema.optional(), page: z.number().int().min(1).max(1000).default(1) });
export const visitListOutput = z.object({
  items: z.array(visitView),
  total: z.number().int(),
  page: z.number().int(),
  /**
   * For a school admin (on the first page): what its application's day is checked against (R10),
   * so the form names the window before a day is refused — the school's kind and district, and the
   * season's two windows (visitWindowFor picks one by the junior high's district).
   */
  applying: z
    .object({
      school: z.object({ kind: schoolKindSchema, district: z.string() }),
      campusVisits: z.object({ districtSchools: windowSchema, otherSchools: windowSchema }),
    })
    .nullable(),
});

/** `visitDecide`: the bureau approves with a permit number or declines with a reason. */
export const visitDecideInput = z.discriminatedUnion('decision', [
  z.object({ id: idSchema, decision: z.literal('approve'), permitNumber: line('请填写准入证编号').min(2, '请填写准入证编号').max(40, '编号请不超过 40 个字') }),
  z.object({ id: idSchema, decision: z.literal('decline'), reason: lines('请填写不批准的原因').min(2, '请填写不批准的原因').max(200, '原因请不超过 200 字') }),
]);
export const visitDecideOutput = visitView;

/** `visitCancel`: the school withdraws an application or cancels an approved visit; the bureau revokes a permit. */
export const visitCancelInput = z.object({ id: idSchema, reason: lines('请填写原因').min(2, '请填写原因').max(200, '原因请不超过 200 字') });
export const visitCancelOutput = visitView;

/** `permitVerify`: anyone who scans a permit's code sees whether it is real and for today (R10). */
export const permitVerifyInput = z.object({ code: token().min(1).max(64) });
export const permitVerifyOutput = z.object({
  found: z.boolean(),
  /** approved, and for today on Shanghai's calendar */
  validToday: z.boolean(),
  verdict: z.string(),
  permit: z
    .object({
      permitNumber: z.string(),
      issuedBy: z.string(),
      schoolName: z.string(),
      juniorSchoolName: z.string(),
      day: z.string(),
      start: z.string(),
      end: z.string(),
      visitors: z.string(),
      status: visitStatusSchema,
      statusLabel: z.string(),
    })
    .nullable(),
});
export type VisitListOutput = z.infer<typeof visitListOutput>;
