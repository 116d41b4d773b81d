import { z } from 'zod';
import type { LeadStatus } from './records/lead';

/**
 * R28: what a school records of a child, of which the family is always told (through the outbox,
 * and as a line of 我的志愿): an admission, 报到, 学籍注册, leaving, and an admission the school
 * later marks as not taken up (未就读). The steps around them (contacted, visited, a note, the
 * family's own withdrawal or release) are not records of the child at the school.
 */
export const schoolRecordSchema = z.enum(['admitted', 'enrolled', 'registered', 'left', 'not-attending']);
export type SchoolRecord = z.infer<typeof schoolRecordSchema>;

/** How each record reads to a parent. */
export const schoolRecordLabels: Record<SchoolRecord, string> = {
  admitted: '录取',
  enrolled: '报到入学',
  registered: '注册学籍',
  left: '离校',
  'not-attending': '录取后未就读',
};

/** The same in at most five Chinese characters, for the subscribe message's `phrase` keyword. */
export const schoolRecordPhrases: Record<SchoolRecord, string> = {
  admitted: '已录取',
  enrolled: '已报到',
  registered: '学籍已注册',
  left: '已离校',
  'not-attending': '未就读',
};

/** The family's page to report a school (R19), which every R28 message and line points to. */
export const reportPage = '/family/pages/report/index';

/** The record a lead's step makes, if it is one (a step from `from` to `to`). */
export function recordOfStep(from: LeadStatus, to: LeadStatus): SchoolRecord | null {
  if (to === 'admitted' || to === 'enrolled' || to === 'left') return to;
  if (to === 'lost' && from === 'admitted') return 'not-attending';
  return null;
}

/** What the school recorded, in a sentence's words: “计算机应用专业录取”, “离校（2027-09-30）”. */
export function recordWords(record: SchoolRecord, detail: string): string {
  if (record === 'admitted' && detail) return `${detail}专业${schoolRecordLabels.admitted}`;
  return detail ? `${schoolRecordLabels[record]}（${detail}）` : schoolRecordLabels[record];
}

/** The advice every R28 message and line carries: how to report a school the family never chose. */
export function reportAdvice(school: string): string {
  return `如果您从未报考${school}，请在“我的 → 举报违规招生”中向教育局举报。`;
}
