import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from './common';
import { groupedCode, isCodeOfLength, normaliseCode } from '../readable-code';

export const visitStatusSchema = z.enum(['applied', 'approved', 'declined', 'withdrawn', 'cancelled', 'revoked']);
export type VisitStatus = z.infer<typeof visitStatusSchema>;
export const visitStatusLabels: Record<VisitStatus, string> = {
  applied: '已申请，等待教育局审批',
  approved: '已批准',
  declined: '未批准',
  withdrawn: '学校已撤回申请',
  cancelled: '学校已取消',
  revoked: '教育局已撤销',
};

export const visitEventSchema = z.object({
  status: visitStatusSchema,
  at: dateSchema,
  actorStaffId: idSchema,
  actorName: z.string(),
  note: z.string().optional(),
});

/**
 * R10: a vocational school's campus publicity visit to a junior high — applied for, approved with a
 * permit number (and a code anyone can verify it by) or declined, and cancelled or revoked later.
 * Every change is in its history.
 */
export const visitSchema = z.object({
  _id: idSchema,
  year: yearSchema,
  schoolId: idSchema,
  schoolName: z.string(),
  juniorSchoolId: idSchema,
  juniorSchoolName: z.string(),
  /** the junior high's district, whose bureau decides */
  district: z.string(),
  day: z.string(),
  /** HH:mm, Shanghai */
  start: z.string(),
  end: z.string(),
  visitors: z.string(),
  status: visitStatusSchema,
  permitNumber: z.string().optional(),
  /** the unguessable code of the permit's verification page (PERMIT_CODE_LENGTH readable characters; base64url before) */
  permitCode: z.string().optional(),
  issuedBy: z.string().optional(),
  reason: z.string().optional(),
  history: z.array(visitEventSchema),
  createdAt: dateSchema,
  updatedAt: dateSchema,
});
export type Visit = z.infer<typeof visitSchema>;

/**
 * A junior high's approved visits on one day, written in the transaction of every approval,
 * cancellation and revocation: two overlapping approvals write the same document, so only one of
 * them can commit (R10: no overlapping visits at one junior high).
 */
export const visitDaySchema = z.object({ _id: z.string(), approved: z.array(z.object({ visitId: idSchema, start: z.string(), end: z.string() })) });

/**
 * R10: a permit's 核验码 — twelve characters of the readable alphabet (31¹² ≈ 8×10¹⁷, about 59 bits,
 * too many to guess through permitVerify), shown as ABCD-EFGH-JKMN, since a junior high's clerk may
 * read it off paper or type it. Permits issued before this carry a 16-character base64url code.
 */
export const PERMIT_CODE_LENGTH = 12;

/**
 * The codes a verification looks for: the text as it came (an older permit's code, whose case and
 * dashes matter — its QR link carries it exactly), and, when it reads as one, the readable code
 * however it was typed. An older code can normalise into a readable one, so both are asked for; the
 * index on permitCode is unique, and a readable code and an older one never collide (lengths).
 */
export function permitCodesOf(typed: string): string[] {
  const exact = typed.trim();
  const readable = normaliseCode(typed);
  return isCodeOfLength(readable, PERMIT_CODE_LENGTH) && readable !== exact ? [exact, readable] : [exact];
}

/** A permit's code as printed for reading aloud: a readable one in groups of four, an older one exactly as it is. */
export function shownPermitCode(code: string): string {
  return isCodeOfLength(code, PERMIT_CODE_LENGTH) ? groupedCode(code) : code;
}
