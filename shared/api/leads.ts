import { z } from 'zod';
import { idSchema } from '../records/common';
import { staffSteps } from '../lead-steps';
import { leadEventSchema, leadStatusSchema } from '../records/lead';
import { daySchema } from '../records/season';
import { line, lines } from '../text';

/** `leadList`: a recruiter's own leads, newest first, filtered and searched, a page at a time. */
export const leadListInput = z.object({
  status: leadStatusSchema.optional(),
  name: line().max(20, '姓名请不超过 20 个字').optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export const leadSummarySchema = z.object({
  id: idSchema,
  studentName: z.string(),
  status: leadStatusSchema,
  majors: z.array(z.string()),
  createdAt: z.string(),
});
export const leadListOutput = z.object({ items: z.array(leadSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type LeadListOutput = z.infer<typeof leadListOutput>;

/** `leadDetail`: the family's choices and contact; every read is audited. */
export const leadDetailInput = z.object({ id: idSchema });
export const leadDetailOutput = z.object({
  id: idSchema,
  status: leadStatusSchema,
  /** the steps staff may record next (R24), in the order to offer them */
  nextSteps: z.array(z.enum(staffSteps)),
  student: z.object({
    name: z.string(),
    gender: z.enum(['male', 'female']),
    phone: z.string(),
    idMasked: z.string(),
    juniorSchoolName: z.string(),
    group: z.string(),
  }),
  guardian: z.object({ name: z.string(), relation: z.string(), phone: z.string() }).nullable(),
  choices: z.array(z.object({ rank: z.number().int(), schoolName: z.string(), majorName: z.string(), mine: z.boolean() })),
  history: z.array(
    z.object({
      status: leadStatusSchema,
      at: z.string(),
      actorName: z.string().nullable(),
      note: z.string().nullable(),
      event: leadEventSchema.shape.event.unwrap(),
    }),
  ),
  recruiterStaffId: idSchema.nullable(),
  /** the major the school admitted the student to (R25), while it stands or after */
  admittedMajor: z.string().nullable(),
  /** for a school admin: the school's recruiters, to hand the lead to */
  recruiters: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type LeadDetail = z.infer<typeof leadDetailOutput>;

/** `leadProgress`: record the next step (R24: forward only); `lost` needs a reason. */
export const leadProgressInput = z
  .object({
    id: idSchema,
    status: z.enum(staffSteps),
    note: lines().max(200, '备注请不超过 200 个字').optional(),
    /** for 离校: the day the student left (today when not given); never after today or before 报到 */
    on: daySchema.optional(),
  })
  .refine((p) => p.status !== 'lost' || (p.note?.length ?? 0) >= 2, { path: ['note'], message: '请写明未就读的原因' })
  .refine((p) => p.status !== 'left' || (p.note?.length ?? 0) >= 2, { path: ['note'], message: '请写明离校的原因' })
  .refine((p) => p.on === undefined || p.status === 'left', { path: ['on'], message: '只有记录离校时才填写日期' });
export const leadProgressOutput = z.object({ id: idSchema, status: leadStatusSchema });

/** `leadReassign`: a school admin hands a lead to another recruiter of the school. */
export const leadReassignInput = z.object({ id: idSchema, recruiterStaffId: idSchema });
export const leadReassignOutput = z.object({ id: idSchema, recruiterStaffId: idSchema });
