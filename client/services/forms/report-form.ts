import { reportInput, type ReportInput } from '../../../shared/api/reports';
import { reportCategoryLabels, reportStatusLabels, type ReportCategory, type ReportStatus } from '../../../shared/records/report';
import { fieldErrorsFrom, type FieldErrors } from '../../../shared/result';

/**
 * R19: the violation report as the family fills it, and the queue's filters and actions as the
 * bureau sees them. The server parses the same schema again and has the last word.
 */
export interface ReportDraft {
  category?: ReportCategory;
  schoolName: string;
  happenedOn: string;
  description: string;
  contactPhone: string;
  anonymousToSchool: boolean;
}

export const DESCRIPTION_MAX = 500;

export const emptyReportDraft = (): ReportDraft => ({ schoolName: '', happenedOn: '', description: '', contactPhone: '', anonymousToSchool: false });

/** The six categories in the order the rules name them, with the labels the server stores. */
export const reportCategoryOptions: ReadonlyArray<{ value: ReportCategory; label: string }> = (Object.keys(reportCategoryLabels) as ReportCategory[]).map(
  (value) => ({ value, label: reportCategoryLabels[value] }),
);

/** Short status labels for the queue's filter chips (the long ones are for the reporter). */
export const reportStatusFilters: ReadonlyArray<{ value: ReportStatus; label: string }> = [
  { value: 'received', label: '待处理' },
  { value: 'investigating', label: '调查中' },
  { value: 'resolved', label: '已处理' },
  { value: 'dismissed', label: '不予受理' },
];

export { reportStatusLabels };

/** “What happened” counted as a person counts it: characters, not UTF-16 units. */
export function countChars(text: string): number {
  return [...text.trim()].length;
}

/**
 * The input the server expects, or each problem under its field. Optional fields left blank are
 * left out (an empty string would fail their format, though the family meant “not given”).
 */
export function checkReportDraft(draft: ReportDraft): { input: ReportInput | null; problems: FieldErrors } {
  const candidate = {
    category: draft.category,
    description: draft.description,
    ...(draft.schoolName.trim() ? { schoolName: draft.schoolName.trim() } : {}),
    ...(draft.happenedOn.trim() ? { happenedOn: draft.happenedOn.trim() } : {}),
    ...(draft.contactPhone.trim() ? { contactPhone: draft.contactPhone.trim() } : {}),
    anonymousToSchool: draft.anonymousToSchool,
  };
  const parsed = reportInput.safeParse(candidate);
  if (parsed.success) return { input: parsed.data, problems: {} };
  return { input: null, problems: fieldErrorsFrom(parsed.error) };
}

export type QueueAction = 'assign' | 'start' | 'resolve' | 'dismiss';
export const queueActionLabels: Record<QueueAction, string> = { assign: '交办', start: '开始调查', resolve: '处理完毕', dismiss: '不予受理' };

/**
 * The buttons a report's card offers: exactly the steps the server lists in `actions`, with 交办
 * while the report is open and there is someone to hand it to.
 */
export function queueActions(report: { status: ReportStatus; actions: ReadonlyArray<'start' | 'resolve' | 'dismiss'> }, assignees: number): QueueAction[] {
  const open = report.status === 'received' || report.status === 'investigating';
  return [...(open && assignees > 0 ? (['assign'] as const) : []), ...report.actions];
}

/** How the reporter wished to be treated, as the bureau reads it on the card. */
export function reporterLine(reporter: { contactPhone: string | null; anonymousToSchool: boolean }): string {
  const phone = reporter.contactPhone ? `联系电话 ${reporter.contactPhone}` : '未留联系电话';
  return `${phone} · ${reporter.anonymousToSchool ? '要求不向学校透露身份' : '未要求对学校匿名'}`;
}

/** One step of a report's history in words: the server records the event and the status it led to. */
export function historyText(h: { event: string; status: ReportStatus; note: string | null }): string {
  // an assignment's note already says to whom (“交由某某处理”)
  if (h.event === 'assigned') return h.note ?? '交办';
  const what = h.event === 'received' ? '收到举报' : reportStatusLabels[h.status];
  return h.note ? `${what}（${h.note}）` : what;
}
