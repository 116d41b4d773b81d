import { settingChanges } from '../../shared/changes';

/**
 * The audit trail, a school's and the season's history read as the bureau reads them (issue 25,
 * item 6): each change named in words with its values in words — no field path, English key,
 * stored enum value or JSON.
 */
const school = {
  name: '忻州市职业技术学校',
  kind: 'district',
  district: '忻府区',
  campuses: [{ name: '本部', address: '和平街 1 号' }],
  qualifications: [{ year: 2027, qualified: true, inspectionPassed: true, reference: '晋教职〔2027〕3 号' }],
};

test('a school’s change: its kind, campuses and qualification in words, never as stored', () => {
  const changes = settingChanges(school, {
    ...school,
    kind: 'city',
    campuses: [...school.campuses, { name: '新校区', address: '长征街 8 号' }],
    qualifications: [{ year: 2027, qualified: true, inspectionPassed: false, reference: '' }],
  });
  expect(changes.map(({ label, before, after }) => ({ label, before, after }))).toEqual([
    { label: '类别', before: '区县属学校', after: '市属学校' },
    { label: '校区', before: '本部（和平街 1 号）', after: '本部（和平街 1 号）；新校区（长征街 8 号）' },
    { label: '招生资质', before: '2027年列入招生资质名单，通过年检（晋教职〔2027〕3 号）', after: '2027年列入招生资质名单，未通过年检' },
  ]);
  // a school added: what it was is said to be nothing
  expect(settingChanges(undefined, { kind: 'district' })).toEqual([{ field: 'kind', label: '类别', before: '（无）', after: '区县属学校' }]);
});

test('a staff member’s role and status, a major’s mode and filing, the monthly report’s days: each named, each value in words', () => {
  const said = (before: unknown, after: unknown) => settingChanges(before, after).map(({ label, before: b, after: a }) => `${label}：${b} → ${a}`);
  expect(said({ role: 'recruiter' }, { role: 'schoolAdmin' })).toEqual(['角色：招生老师 → 学校管理员']);
  expect(said({ status: 'active' }, { status: 'revoked' })).toEqual(['状态：在职 → 已取消']);
  expect(said({ mode: 'three-year', filed: true }, { mode: 'five-year', filed: false })).toEqual(['办学形式：三年制 → 五年一贯制', '已备案：是 → 否']);
  expect(
    said({ monthlyReports: { months: [8, 9], dueDay: 5, reminderDay: 1 } }, { monthlyReports: { months: [8, 9, 10], dueDay: 5, reminderDay: 2 } }),
  ).toEqual(['月报报送月份：8、9 → 8、9、10', '月报每月提醒日：1 → 2']);
  expect(
    said({ targets: [{ district: '忻府区', ownSchoolsQuota: 300, total: 500 }] }, { targets: [{ district: '忻府区', ownSchoolsQuota: 300, total: 520 }] }),
  ).toEqual(['招生目标：区县：忻府区，区属学校指标：300，总目标：500 → 区县：忻府区，区属学校指标：300，总目标：520']);
  // a field with no name of its own is called 其他, never by its key
  expect(said({ someNewField: 1 }, { someNewField: 2 })).toEqual(['其他：1 → 2']);
});

test('no label or value of these changes holds a field path, an English key or JSON', () => {
  const all = [
    settingChanges(school, { ...school, kind: 'city', campuses: [], qualifications: [] }),
    settingChanges({ role: 'juniorStaff', status: 'open' }, { role: 'bureauAdmin', status: 'redeemed' }),
    settingChanges(
      { monthlyReports: { reminderDay: 1 }, filingNumber: { pattern: '', example: 'A1' } },
      { monthlyReports: { reminderDay: 3 }, filingNumber: { pattern: '', example: 'B2' } },
    ),
  ].flat();
  expect(all.length).toBeGreaterThan(6);
  for (const c of all) {
    expect(c.label).not.toMatch(/[A-Za-z.]/);
    expect(`${c.before}${c.after}`).not.toMatch(/[{}"]|district|city|juniorStaff|bureauAdmin|redeemed|reminderDay/);
  }
});

test("a field holding another record's id is shown by its name, and left out when it has none — never the id (issue 25)", () => {
  const staffId = 'staff-46c8f62f1f96330cd2c7dc68';
  const said = (names?: Record<string, string>) =>
    settingChanges(undefined, { staffId, role: 'recruiter' }, names).map(({ label, before, after }) => `${label}：${before} → ${after}`);
  expect(said({ [staffId]: '王老师（招生老师）' })).toEqual(['工作人员：（无） → 王老师（招生老师）', '角色：（无） → 招生老师']);
  expect(said()).toEqual(['角色：（无） → 招生老师']);
  // a major's school, unchanged and unnamed, is no change at all
  expect(settingChanges({ schoolId: 'school-1', name: '电子商务' }, { schoolId: 'school-1', name: '电子商务专业' }).map((c) => c.label)).toEqual(['名称']);
});
