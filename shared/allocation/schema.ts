import { z } from 'zod';
import { learnerGroupSchema } from '../choice-form';
import { idSchema } from '../records/common';
import { schoolKindSchema } from '../records/school';
import { districtName } from '../text';
import { seedMatchesCommitment } from './lottery';

/**
 * The allocation's inputs (R26). Every one is parsed here before the allocation runs, and the
 * parsed export is all it needs: a command given the same export recomputes the same result.
 */

/** The most choices a student brings to the unified allocation (issue 24). A season form allowing more must be capped for `unified`. */
export const MAX_ALLOCATION_CHOICES = 6;
/** Far above a city's numbers; a bound so a hostile export cannot make the allocation allocate without end. */
export const MAX_ALLOCATION_STUDENTS = 200_000;
export const MAX_ALLOCATION_MAJORS = 5_000;
export const MAX_PLACES = 10_000;

/**
 * A student as the allocation sees them: an opaque id (a keyed hash of the ID number, never a name —
 * the export is published), the ranked choices and the attributes the priorities read.
 */
// 32 hex digits at least: an 18-digit ID number is all hex digits too, and must never pass for an id
export const studentIdSchema = z.string().regex(/^[0-9a-f]{32,64}$/, '学生编号应为散列值（32–64 位小写十六进制），不能是姓名或身份证号');

export const allocationChoiceSchema = z.object({ schoolId: idSchema, majorId: idSchema });
export type AllocationChoice = z.infer<typeof allocationChoiceSchema>;

export const allocationStudentSchema = z.object({
  studentId: studentIdSchema,
  choices: z
    .array(allocationChoiceSchema)
    .min(1, '至少一个志愿')
    .max(MAX_ALLOCATION_CHOICES, `统一录取最多 ${MAX_ALLOCATION_CHOICES} 个志愿`)
    // the order IS the preference: a repeated choice has no meaning, so it is refused, not merged
    .refine((choices) => new Set(choices.map(choiceKey)).size === choices.length, '同一学校专业不能重复填报'),
  /** 生源地: the district the student applies from (their junior high's) */
  district: districtName(),
  group: learnerGroupSchema,
  /** 中考 score, when the bureau imported one */
  score: z.number().finite().min(0).max(1000).optional(),
});
export type AllocationStudent = z.infer<typeof allocationStudentSchema>;

/** A school's district and kind: a district school may prefer its own district's students. */
export const allocationSchoolSchema = z.object({ schoolId: idSchema, kind: schoolKindSchema, district: districtName() });
export type AllocationSchool = z.infer<typeof allocationSchoolSchema>;

/** A major with its planned places from the approved brochure (R25: admission stays within them). */
export const allocationMajorSchema = z.object({
  schoolId: idSchema,
  majorId: idSchema,
  places: z.number().int('计划数应为整数').min(0, '计划数不能为负').max(MAX_PLACES),
});
export type AllocationMajor = z.infer<typeof allocationMajorSchema>;

/**
 * The fixed menu of priorities, set per season by the bureau, in order; the lottery always comes
 * last and is therefore not on the menu.
 * - `ownDistrict`: a district school's majors first to students of that district (a city school
 *   serves the whole city: the criterion does not separate its applicants);
 * - `learnerGroup`: the groups in the order given first, then every group not named (R18: all are welcome);
 * - `score`: the 中考 score, higher first; a student without one after every student with one.
 */
export const priorityCriterionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ownDistrict') }),
  z.object({
    kind: z.literal('learnerGroup'),
    order: z
      .array(learnerGroupSchema)
      .min(1)
      .refine((order) => new Set(order).size === order.length, '学生类别的顺序中不能重复'),
  }),
  z.object({ kind: z.literal('score') }),
]);
export type PriorityCriterion = z.infer<typeof priorityCriterionSchema>;

export const priorityOrderSchema = z
  .array(priorityCriterionSchema)
  .max(3)
  .refine((order) => new Set(order.map((c) => c.kind)).size === order.length, '每项优先规则只能出现一次');
export type PriorityOrder = z.infer<typeof priorityOrderSchema>;

/** 128 bits at least, so the commitment published before the deadline cannot be searched back to the seed. */
export const seedSchema = z.string().regex(/^[0-9a-f]{32,128}$/, '抽签种子应为 32–128 位小写十六进制');

const allocationFields = z.object({
  schools: z.array(allocationSchoolSchema).min(1).max(MAX_ALLOCATION_MAJORS),
  majors: z.array(allocationMajorSchema).min(1).max(MAX_ALLOCATION_MAJORS),
  students: z.array(allocationStudentSchema).max(MAX_ALLOCATION_STUDENTS),
  priorities: priorityOrderSchema,
  seed: seedSchema,
  /** the hash published before the deadline; the allocation refuses a seed that does not match it */
  seedCommitment: z.string().regex(/^[0-9a-f]{64}$/, '种子承诺值应为 64 位十六进制'),
});

export function choiceKey(choice: AllocationChoice): string {
  // NUL never occurs in an id (token() refuses control characters), so the pair is unambiguous
  return `${choice.schoolId}\u0000${choice.majorId}`;
}

type Fields = z.infer<typeof allocationFields>;

/**
 * Cross-checks of one export. A choice naming a major that is not in the majors list is REFUSED,
 * not skipped: skipping would quietly move the student's later choices up, so their result would
 * rest on a drop nobody can see in the export. A major that may not admit this year (a withdrawn
 * brochure) is listed with 0 places instead: the choice stays, and the result says "no places".
 */
function checkExport(value: Fields, ctx: z.RefinementCtx): void {
  const schools = new Set<string>();
  value.schools.forEach((s, i) => {
    if (schools.has(s.schoolId)) ctx.addIssue({ code: 'custom', path: ['schools', i, 'schoolId'], message: '学校重复' });
    schools.add(s.schoolId);
  });
  const majors = new Set<string>();
  value.majors.forEach((m, i) => {
    const key = choiceKey(m);
    if (majors.has(key)) ctx.addIssue({ code: 'custom', path: ['majors', i], message: '专业重复' });
    if (!schools.has(m.schoolId)) ctx.addIssue({ code: 'custom', path: ['majors', i, 'schoolId'], message: '专业所属学校不在学校名单中' });
    majors.add(key);
  });
  const students = new Set<string>();
  value.students.forEach((s, i) => {
    if (students.has(s.studentId)) ctx.addIssue({ code: 'custom', path: ['students', i, 'studentId'], message: '学生编号重复' });
    students.add(s.studentId);
    s.choices.forEach((c, j) => {
      if (!majors.has(choiceKey(c))) ctx.addIssue({ code: 'custom', path: ['students', i, 'choices', j], message: '志愿中的专业不在本次录取的专业名单中' });
    });
  });
  if (!seedMatchesCommitment(value.seed, value.seedCommitment)) ctx.addIssue({ code: 'custom', path: ['seed'], message: '抽签种子与事先公布的承诺值不符' });
}

/** One allocation's whole input: what the bureau exports and anyone can recompute from. */
export const allocationInputSchema = allocationFields.superRefine(checkExport);
export type AllocationInput = z.infer<typeof allocationInputSchema>;

/**
 * What became of a previous round's offer. `held`: not answered yet (the place stays the student's);
 * `accepted`: kept; `declined` / `expired`: the family gave it up or let the days pass; `refused`:
 * the school refused it with a stated reason (R26). The last three release the place.
 */
export const offerStatusSchema = z.enum(['held', 'accepted', 'declined', 'expired', 'refused']);
export type OfferStatus = z.infer<typeof offerStatusSchema>;

/**
 * Whether the family gave up the school with this offer (declined it or let it expire): the school's
 * record of the student is released for good, so no later round offers any of its majors — the
 * allocation's lists (rounds.ts) and 我的志愿's waiting places both follow this.
 */
export const givesUpSchool = (status: string | undefined): boolean => status === 'declined' || status === 'expired';

export const decisionSchema = z.object({ studentId: studentIdSchema, schoolId: idSchema, majorId: idSchema, status: offerStatusSchema });
export type Decision = z.infer<typeof decisionSchema>;

/**
 * A next round's input: the season's export as it stands now (forms withdrawn since are simply left
 * out; the majors' places may have been raised) and every decision on an earlier offer. A student
 * has at most one live offer (R25), so at most one `held`/`accepted` decision; earlier declines and
 * refusals accumulate across rounds.
 */
export const roundInputSchema = allocationFields
  .extend({ decisions: z.array(decisionSchema).max(MAX_ALLOCATION_STUDENTS * MAX_ALLOCATION_CHOICES) })
  .superRefine((value, ctx) => {
    checkExport(value, ctx);
    const chosen = new Map<string, Set<string>>();
    for (const s of value.students) chosen.set(s.studentId, new Set(s.choices.map(choiceKey)));
    const places = new Map<string, number>();
    for (const m of value.majors) places.set(choiceKey(m), m.places);
    const live = new Set<string>();
    const kept = new Map<string, number>();
    const seen = new Set<string>();
    value.decisions.forEach((d, i) => {
      const key = choiceKey(d);
      const choices = chosen.get(d.studentId);
      // a decision about a student who withdrew their form since is harmless: it is ignored
      if (!choices) return;
      if (!choices.has(key)) ctx.addIssue({ code: 'custom', path: ['decisions', i], message: '该录取结果不是学生所填的志愿' });
      if (seen.has(`${d.studentId}\u0000${key}`)) ctx.addIssue({ code: 'custom', path: ['decisions', i], message: '同一志愿的结果重复' });
      seen.add(`${d.studentId}\u0000${key}`);
      if (d.status === 'held' || d.status === 'accepted') {
        if (live.has(d.studentId)) ctx.addIssue({ code: 'custom', path: ['decisions', i], message: '一名学生同时只能保留一个录取' });
        live.add(d.studentId);
        kept.set(key, (kept.get(key) ?? 0) + 1);
      }
    });
    // a kept place can never be taken back, so the plan may not shrink below the places kept
    value.majors.forEach((m, i) => {
      if ((kept.get(choiceKey(m)) ?? 0) > m.places) ctx.addIssue({ code: 'custom', path: ['majors', i, 'places'], message: '计划数少于已保留的录取数' });
    });
  });
export type RoundInput = z.infer<typeof roundInputSchema>;
