import { z } from 'zod';
import { learnerGroupSchema } from '../choice-form';
import { dateSchema, idSchema, yearSchema } from './common';

export const leadStatusSchema = z.enum(['new', 'contacted', 'visited', 'admitted', 'enrolled', 'left', 'lost', 'released', 'withdrawn']);
export type LeadStatus = z.infer<typeof leadStatusSchema>;

export const leadStatusLabels: Record<LeadStatus, string> = {
  new: '已提交，等待学校联系',
  contacted: '学校已联系',
  visited: '已到校参观',
  admitted: '已录取',
  enrolled: '已报到',
  left: '已离校',
  lost: '未就读',
  released: '已放弃录取（选择了其他学校）',
  withdrawn: '志愿已撤回',
};

/** The same steps in at most five Chinese characters, as a WeChat `phrase` keyword must be. */
export const leadStatusPhrases: Record<LeadStatus, string> = {
  new: '待联系',
  contacted: '学校已联系',
  visited: '已到校参观',
  admitted: '已录取',
  enrolled: '已报到',
  left: '已离校',
  lost: '未就读',
  released: '已放弃录取',
  withdrawn: '已撤回',
};

/**
 * One line of a lead's history (R24). A step changes the status; `reassigned`, `revised`, `noted`
 * (staff's note at the step the lead stands at) and `reopened` record what happened around it,
 * each with its actor (null: the family or the system).
 */
export const leadEventSchema = z.object({
  status: leadStatusSchema,
  at: dateSchema,
  actorStaffId: idSchema.nullable(),
  actorName: z.string().optional(),
  note: z.string().optional(),
  event: z.enum(['step', 'reassigned', 'revised', 'reopened', 'noted']).optional(),
  /** for a reassignment: who follows the lead from now on */
  toStaffId: idSchema.optional(),
  /** for an admission: the major admitted to then (R26: a later round may move the admission to another major of the school) */
  majorName: z.string().optional(),
});
export type LeadEvent = z.infer<typeof leadEventSchema>;

/** R25: the major a school admitted the student to, who admitted them and when. */
export const leadAdmissionSchema = z.object({
  majorId: idSchema,
  majorName: z.string(),
  /** the family's rank for this major, as the admission list ordered it */
  rank: z.number().int().positive(),
  at: dateSchema,
  staffName: z.string(),
  /** what the family does next (shared/admission.ts admissionNoticeSchema) */
  notice: z.object({ reportOn: z.string(), place: z.string(), bring: z.string() }),
});
export type LeadAdmission = z.infer<typeof leadAdmissionSchema>;

/** The school's side of a form: one per chosen school, assigned to one of its recruiters. */
export const leadSchema = z.object({
  _id: idSchema,
  formId: idSchema,
  year: yearSchema,
  schoolId: idSchema,
  /** the school's name as the family chose it, for messages about a school no longer chosen */
  schoolName: z.string().default(''),
  recruiterStaffId: idSchema.nullable(),
  status: leadStatusSchema,
  studentName: z.string(),
  juniorSchoolId: idSchema,
  majors: z.array(z.object({ rank: z.number().int(), majorName: z.string() })),
  /** the student's keyed ID hash (from the form): the same student enrolled at two schools is seen by it (R15) */
  studentKey: z.string().default(''),
  /** the student's learner group (R18), for the monthly table's rows (R12) */
  group: learnerGroupSchema.default('current-graduate'),
  /** set when admitted (R25); kept afterwards as the record of what was admitted */
  admission: leadAdmissionSchema.optional(),
  /** 报到: when the student arrived, and who recorded it */
  enrollment: z.object({ at: dateSchema, staffName: z.string() }).optional(),
  /** the student left after enrolling: the day, why, who recorded it */
  left: z.object({ on: z.string(), reason: z.string(), at: dateSchema, staffName: z.string() }).optional(),
  /** 学籍注册 (R15): the school confirmed the student registered in the national system */
  registration: z.object({ at: dateSchema, staffName: z.string() }).optional(),
  history: z.array(leadEventSchema),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type Lead = z.infer<typeof leadSchema>;

/**
 * The turns of the schools' recruiters for leads no territory claims, one count per school (keyed
 * by `turnKey`), in one document: a submit takes the turns of all its schools by one atomic
 * increment outside its transaction, so concurrent submits never conflict over them.
 */
export const recruiterTurnSchema = z.object({ _id: idSchema, counts: z.record(z.string(), z.number().int().min(0)) });
