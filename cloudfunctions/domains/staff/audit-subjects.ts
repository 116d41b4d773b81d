import { maskName } from '../../../shared/admission';
import type { AuditEntry } from '../../../shared/records/audit';
import { roleLabels } from '../../../shared/role-names';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';

/**
 * What an audit entry was done to, in words the bureau admin reads (issue 25, item 6): a student's
 * masked name and school, a school's, a major's or a junior high's name, a staff member's name and
 * role, a season's year — never the record's id. Each kind of subject is read once for a page of
 * entries; a subject no longer stored is said to be gone.
 */
type Subject = Pick<AuditEntry, 'action' | 'subjectId' | 'after'>;
type Names = (ids: string[]) => Promise<Array<[string, string]>>;

const inIds = (ids: string[]) => ({ where: { _id: _.in(ids) }, options: { limit: ids.length } });

/** Each kind of subject, read by its ids. */
const kinds = {
  lead: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.leads.find(where, options)).map((l) => [l._id, `学生 ${maskName(l.studentName)}${l.schoolName ? `（${l.schoolName}）` : ''}`]);
  },
  season: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.seasons.find(where, options)).map((s) => [s._id, `${s.year}年招生季`]);
  },
  invitation: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.invitations.find(where, options)).map((i) => [i._id, `给${i.name}（${roleLabels[i.role]}）的邀请码`]);
  },
  staff: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.staff.find(where, options)).map((s) => [s._id, `${s.name}（${roleLabels[s.role]}）`]);
  },
  school: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.schools.find(where, options)).map((s) => [s._id, s.name]);
  },
  major: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.majors.find(where, options)).map((m) => [m._id, `专业 ${m.name}`]);
  },
  junior: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.juniorSchools.find(where, options)).map((j) => [j._id, `${j.name}（${j.district}）`]);
  },
  targets: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.targetSheets.find(where, options)).map((t) => [t._id, `${t.district} ${t.year}年送培目标`]);
  },
  monthlyReport: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.monthlyReports.find(where, options)).map((r) => [r._id, `${r.table.unitName} ${r.year}年${r.month}月统计表`]);
  },
  lotterySeed: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.lotterySeeds.find(where, options)).map((s) => [s._id, `${s.year}年统一录取的抽签种子`]);
  },
  unifiedRound: async (ids) => {
    const { where, options } = inIds(ids);
    return (await records.unifiedRounds.find(where, options)).map((r) => [r._id, `${r.year}年统一录取第 ${r.round} 轮`]);
  },
} satisfies Record<string, Names>;
type Kind = keyof typeof kinds;

/**
 * Whose record each action's subject is, or how it is said without reading one. Keyed by the
 * action's name rather than typed as a record of every action, so an action added elsewhere does
 * not stop the build before it is named here: a test holds every audited action to an entry.
 */
export const subjectOf: Record<string, Kind | ((entry: Subject) => string) | undefined> = {
  'lead.view': 'lead',
  'season.save': 'season',
  'season.open': 'season',
  'season.narrow': 'season',
  'invitation.create': 'invitation',
  'invitation.revoke': 'invitation',
  'invitation.redeem': 'invitation',
  'setup.issue': () => '第一位教育局管理员的初始设置码',
  'setup.redeem': () => '第一位教育局管理员的初始设置码',
  'staff.revoke': 'staff',
  'staff.role': 'staff',
  'staff.territories': 'staff',
  'registry.school': 'school',
  'registry.major': 'major',
  'registry.import': (e) => {
    const fileName = (e.after as { fileName?: unknown } | undefined)?.fileName;
    return typeof fileName === 'string' && fileName ? `表格“${fileName}”` : '导入的表格';
  },
  'registry.junior': 'junior',
  'registry.junior-close': 'junior',
  'targets.save': 'targets',
  'registration.export': 'school',
  'registration.confirm': 'school',
  'monthly-report.return': 'monthlyReport',
  'lottery-seed.publish': 'lotterySeed',
  'lottery-seed.reveal': 'lotterySeed',
  'unified.commit': 'unifiedRound',
  'unified.close': 'unifiedRound',
  'scores.import': (e) => `${e.subjectId.replace(/^scores-/, '')}年的中考成绩`,
  'city.save': () => '城市与区县',
  'letter.save': () => '致家长的一封信（草稿）',
  'letter.publish': (e) => {
    const version = (e.after as { version?: unknown } | undefined)?.version;
    return typeof version === 'number' ? `致家长的一封信第 ${version} 版` : '致家长的一封信';
  },
};

/** Each entry's subject in words, in the entries' order. */
export async function subjectNames(entries: readonly Subject[]): Promise<string[]> {
  const wanted = new Map<Kind, Set<string>>();
  for (const e of entries) {
    const how = subjectOf[e.action];
    if (typeof how === 'string') wanted.set(how, (wanted.get(how) ?? new Set()).add(e.subjectId));
  }
  const named = new Map<string, string>();
  await Promise.all(
    [...wanted].map(async ([kind, ids]) => {
      for (const [id, name] of await kinds[kind]([...ids])) named.set(`${kind}:${id}`, name);
    }),
  );
  return entries.map((e) => {
    const how = subjectOf[e.action];
    if (typeof how === 'string') return named.get(`${how}:${e.subjectId}`) ?? '（这条记录已不存在）';
    return how ? how(e) : '（未注明）';
  });
}

/** Which kind of record an id field of a change points at. */
const idFieldKinds: Record<string, Kind> = { staffId: 'staff', schoolId: 'school', juniorSchoolId: 'junior', leadId: 'lead', majorId: 'major' };

/**
 * The names of the records a page of entries' changes point at (issue 25: 工作人员：王老师（招生老师）,
 * never its id), each kind read once, for settingChanges (shared/changes.ts): an id it cannot name
 * is left out of the change.
 */
export async function changeNames(entries: ReadonlyArray<Pick<AuditEntry, 'before' | 'after'>>): Promise<Record<string, string>> {
  const wanted = new Map<Kind, Set<string>>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const kind = idFieldKinds[k];
      if (kind && typeof v === 'string') wanted.set(kind, (wanted.get(kind) ?? new Set()).add(v));
      else collect(v);
    }
  };
  for (const e of entries) [e.before, e.after].forEach(collect);
  const names: Record<string, string> = {};
  await Promise.all([...wanted].map(async ([kind, ids]) => (await kinds[kind]([...ids])).forEach(([id, name]) => (names[id] = name))));
  return names;
}
