import { admissionModeLabels, laterRoundsLabels, prioritiesInWords } from './admission-mode';
import { priorityOrderSchema } from './allocation/schema';
import { majorModeLabels, type MajorMode } from './records/major-modes';
import { admissionModeSchema, laterRoundsSchema } from './records/season';
import { roleLabels, type Role } from './role-names';

/**
 * How the audit trail shows a change (season settings, registry entries, staff): the fields that
 * differ between before and after, each with the name people use for it and its values in words —
 * never a field path, an English key, a stored enum value or JSON (issue 25).
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
  'monthlyReports.months': '月报报送月份',
  'monthlyReports.dueDay': '月报每月截止日',
  'monthlyReports.reminderDay': '月报每月提醒日',
  workEnds: '招生工作结束日期',
  maxChoices: '可填报志愿数',
  tuitionExempt: '免学费',
  filingNumber: '备案编号',
  'filingNumber.pattern': '备案编号格式',
  'filingNumber.example': '备案编号示例',
  filingMark: '备案标识',
  targets: '招生目标',
  admissionMode: '录取方式',
  priorities: '统一录取的优先顺序',
  laterRounds: '统一录取第二轮起',
  maxRounds: '统一录取最多轮数',
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
  address: '地址',
  reference: '公布文号',
  year: '年度',
  version: '版本',
  reason: '原因',
  resubmitBy: '重新报送截止日期',
  registered: '确认注册人数',
  students: '学生人数',
  flagged: '需核实的学生人数',
  late: '逾期',
  fileName: '文件名',
  added: '新增',
  changed: '修改',
  graduates: '毕业生人数',
  sendingTarget: '送培目标',
  juniorSchoolId: '初中学校',
  ownSchoolsQuota: '区属学校指标',
  total: '总目标',
  closedAt: '关闭时间',
  expiresAt: '有效期至',
  round: '轮次',
  offers: '录取人数',
  committed: '已确认',
  commitment: '抽签种子的承诺值',
  seed: '抽签种子',
  exportDigest: '分配数据的摘要',
  // the city's identity (R27)
  bureauName: '教育局名称',
  signature: '落款',
  districts: '区县',
};

/** Stored values of enumerated fields in words, by the field's own key. */
const enumWords: Record<string, Record<string, string>> = {
  role: roleLabels as Record<Role, string>,
  mode: majorModeLabels as Record<MajorMode, string>,
  kind: { district: '区县属学校', city: '市属学校', schools: '学校名录', majors: '专业名录', juniors: '初中名录' },
  status: { active: '在职', revoked: '已取消', open: '未使用', redeemed: '已使用' },
};

const keyOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The names of the records a change points at (a staff member, a school, a junior high), by id. */
export type RecordNames = Readonly<Record<string, string>>;

/** A field holding another record's id (staffId, schoolId, juniorSchoolId): shown by its name, never the id. */
export const isIdField = (key: string) => /Id$/.test(key);

/** One value in words: yes or no, an enumerated value's name, a record's name for its id, a record (a campus, a qualification, a target) as a sentence. */
function words(key: string, value: unknown, names: RecordNames = {}): string {
  if (value === null || value === undefined || value === '') return '（无）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' && isIdField(key)) return names[value] ?? '（已删除）';
  if (typeof value === 'string') return enumWords[key]?.[value] ?? value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => words(key, v, names)).join('；') || '（无）';
  const o = value as Record<string, unknown>;
  if (key === 'campuses') return `${words('name', o.name)}（${words('address', o.address)}）`;
  if (key === 'qualifications')
    return `${words('year', o.year)}年${o.qualified ? '列入招生资质名单' : '未列入招生资质名单'}，${o.inspectionPassed ? '通过年检' : '未通过年检'}${o.reference ? `（${words('reference', o.reference)}）` : ''}`;
  return Object.entries(o)
    .map(([k, v]) => `${labelOf(k)}：${words(k, v, names)}`)
    .join('，');
}

/** A field's name: its own, its section's (月报), or its key's (名称); never its path. */
function labelOf(field: string): string {
  if (settingLabels[field]) return settingLabels[field];
  const top = Object.keys(settingLabels).find((l) => field.startsWith(`${l}.`));
  if (top) return settingLabels[top] as string;
  const key = keyOf(field);
  return settingLabels[key] ?? (field === '' ? '内容' : '其他');
}

function flatten(value: unknown, names: RecordNames, path = ''): Record<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    const keys = Object.keys(value as Record<string, unknown>);
    const isWindow = keys.length === 2 && keys.includes('start') && keys.includes('end');
    if (isWindow) {
      const w = value as { start: string; end: string };
      return { [path]: `${w.start} 至 ${w.end}` };
    }
    return Object.assign({}, ...keys.map((k) => flatten((value as Record<string, unknown>)[k], names, path ? `${path}.${k}` : k)));
  }
  if (value instanceof Date) return { [path]: value.toISOString().slice(0, 10) };
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
    return { [path]: value.map((v) => words(keyOf(path), v, names)).join('、') || '（无）' };
  return { [path]: words(keyOf(path), value, names) };
}

/**
 * A change without the ids its caller did not name (a major's schoolId in a registry import, a
 * staff member since removed): what a person cannot read is left out rather than shown as an id.
 */
function withoutUnnamedIds(value: unknown, names: RecordNames): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutUnnamedIds(v, names));
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => !(isIdField(k) && typeof v === 'string' && names[v] === undefined))
      .map(([k, v]) => [k, withoutUnnamedIds(v, names)]),
  );
}

/** The way of admission and its priorities (R26) in words, not as stored. */
function inWords(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  const mode = admissionModeSchema.safeParse(v.admissionMode);
  const priorities = priorityOrderSchema.safeParse(v.priorities);
  const later = laterRoundsSchema.safeParse(v.laterRounds);
  return {
    ...v,
    ...(later.success ? { laterRounds: laterRoundsLabels[later.data] } : {}),
    ...(mode.success ? { admissionMode: admissionModeLabels[mode.data] } : {}),
    ...(priorities.success ? { priorities: prioritiesInWords(priorities.data) } : {}),
  };
}

/**
 * The settings that differ between two versions, each with what it was and what it became; a field
 * holding another record's id is shown by the name `names` gives it (the caller reads them).
 */
export function settingChanges(
  before: unknown,
  after: unknown,
  names: RecordNames = {},
): Array<{ field: string; label: string; before: string; after: string }> {
  const a = flatten(inWords(withoutUnnamedIds(before ?? {}, names)), names);
  const b = flatten(inWords(withoutUnnamedIds(after ?? {}, names)), names);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => a[k] !== b[k])
    .map((field) => ({ field, label: labelOf(field), before: a[field] ?? '（无）', after: b[field] ?? '（无）' }));
}
