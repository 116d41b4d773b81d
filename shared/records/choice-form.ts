import { z } from 'zod';
import { choiceSchema, guardianSchema, learnerGroupSchema, scheduleSchema } from '../choice-form';
import { dateSchema, idSchema, yearSchema } from './common';

/**
 * A stored choice form. The ID number is kept only encrypted (`idCipher`), with a keyed hash
 * (`studentKey`) to recognise the same student, and masked for display. `activeKey` exists only
 * while the form is active: a unique index on it allows one active form per student per year (R7).
 */
export const choiceFormRecordSchema = z.object({
  _id: idSchema,
  openid: z.string(),
  year: yearSchema,
  revision: z.number().int().positive(),
  status: z.enum(['active', 'withdrawn']),
  activeKey: z.string().optional(),
  studentKey: z.string(),
  requestId: z.string(),
  filledBy: z.enum(['student', 'guardian']),
  student: z.object({
    name: z.string(),
    gender: z.enum(['male', 'female']),
    idCipher: z.string(),
    idMasked: z.string(),
    birthDate: dateSchema,
    phone: z.string(),
    juniorSchoolId: idSchema,
    juniorSchoolName: z.string(),
    group: learnerGroupSchema,
    graduationYear: z.number().int(),
    schedule: scheduleSchema.optional(),
  }),
  guardian: guardianSchema.optional(),
  choices: z.array(choiceSchema.extend({ rank: z.number().int().positive(), schoolId: idSchema, schoolName: z.string(), majorName: z.string(), brochureVersion: z.number().int() })),
  /** when each declaration was made (R6, R7) */
  declarations: z.object({ selfFilled: dateSchema, voluntary: dateSchema, noGeneralHighSchool: dateSchema }),
  consent: z.object({ personalData: dateSchema, guardianConsent: dateSchema.nullable() }),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type ChoiceFormRecord = z.infer<typeof choiceFormRecordSchema>;

export const leadStatusSchema = z.enum(['new', 'contacted', 'visited', 'admitted', 'enrolled', 'lost', 'withdrawn']);
export type LeadStatus = z.infer<typeof leadStatusSchema>;

export const leadStatusLabels: Record<LeadStatus, string> = {
  new: '已提交，等待学校联系',
  contacted: '学校已联系',
  visited: '已到校参观',
  admitted: '已录取',
  enrolled: '已报到',
  lost: '未就读',
  withdrawn: '志愿已撤回',
};

/** What a recruiter may record next (R: each step with time and actor). */
export const recruiterSteps = ['contacted', 'visited', 'admitted', 'enrolled', 'lost'] as const;

/** The school's side of a form: one per chosen school, assigned to one of its recruiters. */
export const leadSchema = z.object({
  _id: idSchema,
  formId: idSchema,
  year: yearSchema,
  schoolId: idSchema,
  recruiterStaffId: idSchema.nullable(),
  status: leadStatusSchema,
  studentName: z.string(),
  juniorSchoolId: idSchema,
  majors: z.array(z.object({ rank: z.number().int(), majorName: z.string() })),
  history: z.array(z.object({ status: leadStatusSchema, at: dateSchema, actorStaffId: idSchema.nullable(), actorName: z.string().optional(), note: z.string().optional() })),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type Lead = z.infer<typeof leadSchema>;

/** A message to deliver later, written in the same transaction as what caused it. */
export const outboxEntrySchema = z.object({
  _id: idSchema,
  kind: z.enum(['lead-assigned', 'status-changed']),
  recipientOpenid: z.string(),
  /** the school the message is about: its admin sees the ones that could not be delivered */
  schoolId: idSchema,
  /** WeChat subscribe-message fields, already within WeChat's length limits */
  data: z.record(z.string(), z.string()),
  page: z.string(),
  status: z.enum(['pending', 'sent', 'dead']),
  attempts: z.number().int().min(0),
  nextAttemptAt: dateSchema,
  lastError: z.string().optional(),
  createdAt: dateSchema,
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** A staff member's view of personal data, kept for audit. */
export const auditEntrySchema = z.object({
  _id: idSchema,
  staffId: idSchema,
  action: z.enum(['lead.view']),
  subjectId: idSchema,
  at: dateSchema,
});
