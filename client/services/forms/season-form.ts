import type { PriorityCriterion, PriorityOrder } from '../../../shared/allocation/schema';
import { priorityLabel } from '../../../shared/admission-mode';
import { seasonSettingsSchema, type AdmissionMode, type LaterRounds, type SeasonSettings, type Window } from '../../../shared/records/season';
import { fieldErrorsFrom, under, type FieldErrors } from '../../../shared/result';
import { seasonProblems } from '../../../shared/season-rules';

/**
 * The season settings as the bureau admin edits them on the phone: dates as typed, numbers as
 * typed text, months as "8,9,10,11". Checked with the server's own schema and rules, so the page
 * shows the same errors, under the same field names, before anything is sent.
 */
export interface SettingsForm {
  windows: Record<WindowKey, Window>;
  earlyStudyFrom: string;
  sendingStatisticsDue: string;
  registrationDeadline: string;
  workEnds: string;
  months: string;
  dueDay: string;
  reminderDay: string;
  maxChoices: string;
  tuitionExempt: boolean;
  filingPattern: string;
  filingExample: string;
  filingMark: string;
  targets: Array<{ district: string; ownSchoolsQuota: string; total: string }>;
  admissionMode: AdmissionMode;
  priorities: PriorityOrder;
  /** R26: a unified season's rounds after the first, and at most how many rounds (as typed) */
  laterRounds: LaterRounds;
  maxRounds: string;
}

/** R26: the allocation's fixed menu as the page offers it (learner groups: this year's graduates first). */
export const priorityMenu: ReadonlyArray<{ criterion: PriorityCriterion; label: string }> = (
  [{ kind: 'ownDistrict' }, { kind: 'learnerGroup', order: ['current-graduate'] }, { kind: 'score' }] as PriorityCriterion[]
).map((criterion) => ({ criterion, label: priorityLabel(criterion) }));

/** Tapping a criterion adds it after those chosen, or takes it out: the order is the order of tapping. */
export function togglePriority(order: PriorityOrder, criterion: PriorityCriterion): PriorityOrder {
  return order.some((c) => c.kind === criterion.kind) ? order.filter((c) => c.kind !== criterion.kind) : [...order, criterion];
}

export const windowFields = [
  { key: 'publicity', path: 'publicity', label: '宣传时间' },
  { key: 'districtVisits', path: 'campusVisits.districtSchools', label: '区属学校进校宣传' },
  { key: 'otherVisits', path: 'campusVisits.otherSchools', label: '其他学校进校宣传' },
  { key: 'choices', path: 'choices', label: '志愿填报时间' },
  { key: 'admission', path: 'admission', label: '录取与报到时间' },
] as const;
export type WindowKey = (typeof windowFields)[number]['key'];

export const dayFields = [
  { key: 'earlyStudyFrom', label: '提前学习开始' },
  { key: 'sendingStatisticsDue', label: '生源统计反馈截止' },
  { key: 'registrationDeadline', label: '学籍注册截止' },
  { key: 'workEnds', label: '本年度招生工作结束' },
] as const;

export function toForm(s: SeasonSettings): SettingsForm {
  return {
    windows: {
      publicity: s.publicity,
      districtVisits: s.campusVisits.districtSchools,
      otherVisits: s.campusVisits.otherSchools,
      choices: s.choices,
      admission: s.admission,
    },
    earlyStudyFrom: s.earlyStudyFrom,
    sendingStatisticsDue: s.sendingStatisticsDue,
    registrationDeadline: s.registrationDeadline,
    workEnds: s.workEnds,
    months: s.monthlyReports.months.join(','),
    dueDay: String(s.monthlyReports.dueDay),
    reminderDay: String(s.monthlyReports.reminderDay),
    maxChoices: String(s.maxChoices),
    tuitionExempt: s.tuitionExempt,
    filingPattern: s.filingNumber.pattern,
    filingExample: s.filingNumber.example,
    filingMark: s.filingMark,
    targets: s.targets.map((t) => ({ district: t.district, ownSchoolsQuota: String(t.ownSchoolsQuota), total: String(t.total) })),
    admissionMode: s.admissionMode,
    priorities: s.priorities,
    laterRounds: s.laterRounds,
    maxRounds: String(s.maxRounds),
  };
}

/** A number as typed: digits only, else NaN so the schema names the field. */
const number = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The form in the settings' own shape (numbers read from the text), where the errors' paths (`settings.…`) point. */
export function settingsOf(f: SettingsForm): unknown {
  return {
    publicity: f.windows.publicity,
    campusVisits: { districtSchools: f.windows.districtVisits, otherSchools: f.windows.otherVisits },
    choices: f.windows.choices,
    earlyStudyFrom: f.earlyStudyFrom.trim(),
    admission: f.windows.admission,
    sendingStatisticsDue: f.sendingStatisticsDue.trim(),
    registrationDeadline: f.registrationDeadline.trim(),
    monthlyReports: {
      months: f.months
        .split(/[,，、\s]+/)
        .filter(Boolean)
        .map(number),
      dueDay: number(f.dueDay),
      reminderDay: number(f.reminderDay),
    },
    workEnds: f.workEnds.trim(),
    maxChoices: number(f.maxChoices),
    tuitionExempt: f.tuitionExempt,
    filingNumber: { pattern: f.filingPattern, example: f.filingExample },
    filingMark: f.filingMark,
    targets: f.targets.map((t) => ({ district: t.district, ownSchoolsQuota: number(t.ownSchoolsQuota), total: number(t.total) })),
    admissionMode: f.admissionMode,
    // priorities belong to a unified season only
    priorities: f.admissionMode === 'unified' ? f.priorities : [],
    laterRounds: f.laterRounds,
    maxRounds: number(f.maxRounds),
  };
}

/** The settings to send, or the problems field by field (named as the server names them: `settings.…`). */
export function checkSettings(form: SettingsForm, year: number): { settings: SeasonSettings | null; problems: FieldErrors } {
  const parsed = seasonSettingsSchema.safeParse(settingsOf(form));
  if (!parsed.success) return { settings: null, problems: under('settings', fieldErrorsFrom(parsed.error)) };
  const problems = under('settings', seasonProblems(parsed.data, year));
  return { settings: Object.keys(problems).length ? null : parsed.data, problems };
}

/** The first error of a window's two days (they share one row on the page). */
export function windowError(errors: FieldErrors, path: string): string | undefined {
  return errors[`settings.${path}.start`] ?? errors[`settings.${path}.end`] ?? errors[`settings.${path}`];
}
