import { admissionModeLabels, prioritiesInWords } from './admission-mode';
import { priorityOrderSchema } from './allocation/schema';
import { admissionModeSchema } from './records/season';

/**
 * How the audit trail shows a change (season settings, registry entries, staff): the fields that
 * differ between before and after, each with the name people use for it.
 */

/** What each audited field is called on the settings page and in the audit trail. */
export const settingLabels: Record<string, string> = {
  publicity: '宣传时间',
  'campusVisits.districtSchools': '区属学校进校宣传',
  'campusVisits.otherSchools': '其他学校进校宣传',
  choices: '志愿填报时间',
  earlyStudyFrom: '提前学习开始日期',
  admission: '录取与报到时间',
  sendingStatisticsDue: '生源统计反馈截止',
  registrationDeadline: '学籍注册截止',
  monthlyReports: '月报',
  workEnds: '招生工作结束日期',
  maxChoices: '可填报志愿数',
  tuitionExempt: '免学费',
  filingNumber: '备案编号',
  filingMark: '备案标识',
  targets: '招生目标',
  admissionMode: '录取方式',
  priorities: '统一录取的优先顺序',
  // what the audit trail shows of other changes
  role: '角色',
  status: '状态',
  territories: '负责的初中',
  staffId: '工作人员',
  name: '名称',
  kind: '类别',
  district: '区县',
  phone: '电话',
  campuses: '校区',
  qualifications: '招生资质',
  category: '专业类别',
  durationYears: '学制（年）',
  mode: '办学形式',
  filed: '已备案',
  schoolId: '学校',
  code: '学校代码',
};

function flatten(value: unknown, path = ''): Record<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value as Record<string, unknown>);
    const isWindow = keys.length === 2 && keys.includes('start') && keys.includes('end');
    if (isWindow) {
      const w = value as { start: string; end: string };
      return { [path]: `${w.start} 至 ${w.end}` };
    }
    return Object.assign({}, ...keys.map((k) => flatten((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k)));
  }
  if (typeof value === 'string') return { [path]: value };
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return { [path]: value.join('、') || '（无）' };
  return { [path]: JSON.stringify(value) };
}

/** The way of admission and its priorities (R26) in words, not as stored. */
function inWords(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  const mode = admissionModeSchema.safeParse(v.admissionMode);
  const priorities = priorityOrderSchema.safeParse(v.priorities);
  return {
    ...v,
    ...(mode.success ? { admissionMode: admissionModeLabels[mode.data] } : {}),
    ...(priorities.success ? { priorities: prioritiesInWords(priorities.data) } : {}),
  };
}

/** The settings that differ between two versions, each with what it was and what it became. */
export function settingChanges(before: unknown, after: unknown): Array<{ field: string; label: string; before: string; after: string }> {
  const a = flatten(inWords(before ?? {}));
  const b = flatten(inWords(after ?? {}));
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => a[k] !== b[k])
    .map((field) => {
      const top = Object.keys(settingLabels).find((l) => field === l || field.startsWith(`${l}.`)) ?? field;
      return { field, label: settingLabels[top] ?? field, before: a[field] ?? '（无）', after: b[field] ?? '（无）' };
    });
}
