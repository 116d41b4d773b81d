import ExcelJS from 'exceljs';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as monthlyReportExport } from '../../../cloudfunctions/sheets/monthlyReportExport';
import { main as monthlyReportGet } from '../../../cloudfunctions/staff/monthlyReportGet';
import { main as monthlyReportList } from '../../../cloudfunctions/bureau/monthlyReportList';
import { main as monthlyReportRemind } from '../../../cloudfunctions/timers/monthlyReportRemind';
import { main as monthlyReportReturn } from '../../../cloudfunctions/bureau/monthlyReportReturn';
import { main as monthlyReportRollup } from '../../../cloudfunctions/sheets/monthlyReportRollup';
import { main as monthlyReportSubmit } from '../../../cloudfunctions/staff/monthlyReportSubmit';
import { learnerGroupSchema } from '../../../shared/choice-form';
import type { Lead } from '../../../shared/records/lead';
import type { Figures } from '../../../shared/records/monthly-report';
import { dayjs, ZONE } from '../../../shared/time';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R12: each city school and each district submits the 招生情况统计表 every month August–November, before the 23rd. */
const NOW = '2027-09-15T10:00:00+08:00';
const backend = freshBackendPerTest(NOW);
const admin = openidOf('schoolAdmin'); // 忻州市职业技术学校 (a city school)
const bureau = openidOf('bureauAdmin');
const cityReviewer = openidOf('reviewer');
const xinfuReviewer = 'seed-openid-reviewer-xinfu'; // 忻府区 bureau
const xinfuAdmin = 'seed-openid-admin-xinfu'; // 忻府区职业中学, a district school
const XZ = 'school-xz-vocational';
const XZ_UNIT = { kind: 'school', schoolId: XZ } as const;
const XINFU_UNIT = { kind: 'district', district: '忻府区' } as const;
const preparer = { name: '张会计', phone: '13512340000' };
const at = (s: string) => new Date(`${s}+08:00`);
const setNow = (s: string) => (process.env.LOCAL_EMULATOR_NOW = `${s}+08:00`);

const XZ_FIRST = [
  { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' },
  { brochureId: 'brochure-xinfu-vocational-v1', majorId: 'major-xf-001' },
  { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-003' },
];
const NURSING_FIRST = [
  { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-003' },
  { brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' },
];

const leadsOf = (schoolId: string) => backend.emulator.store.find('leads', { schoolId }) as unknown as Lead[];
function patchLead(formId: string, schoolId: string, patch: Record<string, unknown>) {
  const lead = backend.emulator.store.find('leads', { formId, schoolId })[0];
  if (!lead) throw new Error(`no lead of ${formId} at ${schoolId}`);
  backend.emulator.store.write([{ collection: 'leads', id: lead._id as string, doc: { ...lead, ...patch } }]);
}
const admission = (majorId: string, majorName: string, when: string) => ({
  majorId,
  majorName,
  rank: 1,
  at: at(when),
  staffName: '赵主任',
  notice: { reportOn: '2027-09-01', place: '报到处', bring: '录取通知书' },
});

/**
 * Six students file in April; the school's steps are then set on the leads as the admission and
 * enrollment functions would leave them, in August and September:
 * s0 admitted (计算机应用) 8/10, enrolled 9/2, registered 9/10 — current graduate
 * s1 admitted (计算机应用) 9/5, enrolled 9/6, then left — veteran
 * s2 admitted (护理) 9/8 — veteran
 * s3 admitted (计算机应用) 8/20, then released (took another school) — current graduate
 * s4 withdrew (护理 first) — current graduate
 * s5 chose on 9/1 (护理 first), contacted — earlier graduate
 */
async function seed() {
  setNow('2027-04-15T10:00:00');
  const formIds: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const form = aForm({
      student: { ...aForm().student, name: `学生${i}`, idNumber: idNumber('20110315', 101 + 2 * i) },
      choices: i >= 4 ? NURSING_FIRST : XZ_FIRST,
    });
    formIds.push((await expectOk(choiceSubmit, form, `family-${i}`)).formId);
  }
  setNow(NOW.slice(0, 19));
  const [s0, s1, s2, s3, s4, s5] = formIds as [string, string, string, string, string, string];
  patchLead(s0, XZ, {
    status: 'enrolled',
    admission: admission('major-xz-001', '计算机应用', '2027-08-10T09:00:00'),
    enrollment: { at: at('2027-09-02T09:00:00'), staffName: '赵主任' },
    registration: { at: at('2027-09-10T09:00:00'), staffName: '赵主任' },
  });
  patchLead(s1, XZ, {
    status: 'left',
    group: 'veteran',
    admission: admission('major-xz-001', '计算机应用', '2027-09-05T09:00:00'),
    enrollment: { at: at('2027-09-06T09:00:00'), staffName: '赵主任' },
    left: { on: '2027-09-12', reason: '参军', at: at('2027-09-12T09:00:00'), staffName: '赵主任' },
  });
  patchLead(s2, XZ, { status: 'admitted', group: 'veteran', admission: admission('major-xz-003', '护理', '2027-09-08T09:00:00') });
  patchLead(s3, XZ, { status: 'released', admission: admission('major-xz-001', '计算机应用', '2027-08-20T09:00:00') });
  patchLead(s4, XZ, { status: 'withdrawn' });
  patchLead(s5, XZ, { status: 'contacted', group: 'earlier-graduate', createdAt: at('2027-09-01T08:00:00') });
  // 忻府区职业中学 (a district school): s0–s3 chose it second; one admitted there in September
  patchLead(s3, 'school-xinfu-vocational', { status: 'admitted', admission: admission('major-xf-001', '电子商务', '2027-09-09T09:00:00') });
  return formIds;
}

/** The figures counted straight from the store, written apart from the kit's code. */
function directCount(schoolIds: string[], month: number) {
  const start = dayjs.tz(`2027-${String(month).padStart(2, '0')}-01`, ZONE).valueOf();
  const end =
    dayjs
      .tz(`2027-${String(month).padStart(2, '0')}-01`, ZONE)
      .add(1, 'month')
      .valueOf() - 1;
  const byMajor = new Map<string, { month: Figures; toDate: Figures }>();
  const byGroup = new Map<string, { month: Figures; toDate: Figures }>();
  const empty = () => ({ month: { choices: 0, admitted: 0, enrolled: 0, registered: 0 }, toDate: { choices: 0, admitted: 0, enrolled: 0, registered: 0 } });
  const add = (map: Map<string, { month: Figures; toDate: Figures }>, key: string, figure: keyof Figures, when: Date | undefined) => {
    if (!when) return;
    const t = new Date(when).getTime();
    if (t > end) return;
    const entry = map.get(key) ?? empty();
    entry.toDate[figure] += 1;
    if (t >= start) entry.month[figure] += 1;
    map.set(key, entry);
  };
  for (const schoolId of schoolIds) {
    for (const lead of leadsOf(schoolId)) {
      const firstMajor = [...lead.majors].sort((a, b) => a.rank - b.rank)[0]?.majorName ?? '';
      const count = (figure: keyof Figures, major: string, when: Date | undefined) => {
        add(byMajor, `${schoolId}/${major}`, figure, when);
        add(byGroup, lead.group, figure, when);
      };
      if (lead.status !== 'withdrawn') count('choices', firstMajor, lead.createdAt);
      const admitted = lead.admission?.majorName ?? firstMajor;
      if (['admitted', 'enrolled', 'left'].includes(lead.status)) count('admitted', admitted, lead.admission?.at);
      if (['enrolled', 'left'].includes(lead.status)) {
        count('enrolled', admitted, lead.enrollment?.at);
        count('registered', admitted, lead.registration?.at);
      }
    }
  }
  return { byMajor, byGroup };
}

const figures = (choices: number, admitted: number, enrolled: number, registered: number): Figures => ({ choices, admitted, enrolled, registered });

test('R12: the figures per school and major, this month and to date, and by learner group, equal a direct count of the same leads', async () => {
  await seed();
  const sep = await expectOk(monthlyReportGet, { month: 9 }, admin);
  expect(sep).toMatchObject({
    year: 2027,
    month: 9,
    months: [8, 9, 10, 11],
    due: '2027-09-23',
    opens: '2027-09-01',
    submitted: null,
    maySubmit: true,
    submitNote: null,
  });
  expect(sep.table.unitName).toBe('忻州市职业技术学校');
  expect(sep.table.rows.map((r) => [r.majorName, r.planned, r.month, r.toDate])).toEqual([
    ['计算机应用', 40, figures(0, 1, 2, 1), figures(4, 2, 2, 1)],
    ['汽车运用与维修', 50, figures(0, 0, 0, 0), figures(0, 0, 0, 0)],
    ['护理', 60, figures(1, 1, 0, 0), figures(1, 1, 0, 0)],
  ]);
  expect(sep.table.totals).toEqual({ planned: 150, month: figures(1, 2, 2, 1), toDate: figures(5, 3, 2, 1) });
  const group = (g: string) => sep.table.groups.find((x) => x.group === g);
  expect(sep.table.groups.map((g) => g.group)).toEqual(learnerGroupSchema.options);
  expect(group('veteran')).toMatchObject({ label: '退役军人', month: figures(0, 2, 1, 0), toDate: figures(2, 2, 1, 0) });
  expect(group('current-graduate')).toMatchObject({ month: figures(0, 0, 1, 1), toDate: figures(2, 1, 1, 1) });
  expect(group('earlier-graduate')).toMatchObject({ month: figures(1, 0, 0, 0), toDate: figures(1, 0, 0, 0) });

  for (const month of [8, 9]) {
    const table = month === 9 ? sep.table : (await expectOk(monthlyReportGet, { month }, admin)).table;
    const { byMajor, byGroup } = directCount([XZ], month);
    for (const row of table.rows)
      expect({ major: row.majorName, month: row.month, toDate: row.toDate }).toEqual({
        major: row.majorName,
        ...(byMajor.get(`${XZ}/${row.majorName}`) ?? { month: figures(0, 0, 0, 0), toDate: figures(0, 0, 0, 0) }),
      });
    for (const g of table.groups)
      expect({ group: g.group, month: g.month, toDate: g.toDate }).toEqual({
        group: g.group,
        ...(byGroup.get(g.group) ?? { month: figures(0, 0, 0, 0), toDate: figures(0, 0, 0, 0) }),
      });
  }
  // August: the admission of 8/20 since released is not counted; the September choice not yet made
  expect((await expectOk(monthlyReportGet, { month: 8 }, admin)).table.totals).toEqual({
    planned: 150,
    month: figures(0, 1, 0, 0),
    toDate: figures(4, 1, 0, 0),
  });

  // the district's table covers its own schools (忻府区职业中学), not the city school in it
  const district = await expectOk(monthlyReportGet, { month: 9 }, xinfuReviewer);
  expect(district.table).toMatchObject({ unitName: '忻府区教育局', unit: XINFU_UNIT });
  expect(new Set(district.table.rows.map((r) => r.schoolName))).toEqual(new Set(['忻府区职业中学']));
  const xf = directCount(['school-xinfu-vocational'], 9);
  expect(district.table.rows.find((r) => r.majorName === '电子商务')).toMatchObject({ planned: 40, ...xf.byMajor.get('school-xinfu-vocational/电子商务') });
  expect(district.table.totals.toDate).toEqual(figures(4, 1, 0, 0));
  expect(district.maySubmit).toBe(true);
});

test('R12: a submitted month is frozen — a later change to the leads does not change it — and cannot be submitted again', async () => {
  const [, , s2] = await seed();
  const before = await expectOk(monthlyReportGet, { month: 9 }, admin);
  const submitted = await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin);
  expect(submitted).toEqual({
    submittedAt: new Date('2027-09-15T02:00:00Z').toISOString(),
    submittedByName: '赵主任',
    preparerName: '张会计',
    preparerPhone: '13512340000',
    late: false,
  });
  // s2 reports on 9/16: the live figures would change, the submitted table does not
  setNow('2027-09-16T10:00:00');
  patchLead(s2 as string, XZ, { status: 'enrolled', enrollment: { at: at('2027-09-16T09:00:00'), staffName: '赵主任' } });
  expect(directCount([XZ], 9).byMajor.get(`${XZ}/护理`)?.toDate.enrolled).toBe(1);
  const after = await expectOk(monthlyReportGet, { month: 9 }, admin);
  expect(after.table).toEqual(before.table);
  expect(after.table.rows.find((r) => r.majorName === '护理')?.toDate.enrolled).toBe(0);
  expect(after).toMatchObject({ submitted: { preparerName: '张会计', late: false }, maySubmit: false });
  // the bureau reads the frozen copy too; the export carries it
  expect((await expectOk(monthlyReportGet, { month: 9, unit: XZ_UNIT }, bureau)).table.totals).toEqual(before.table.totals);
  // again, or two at once: refused, one copy kept
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer: { name: '李四', phone: '13600000000' } }, admin)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('已经提交') },
  });
  const both = await Promise.all([
    invoke(monthlyReportSubmit, { month: 9, preparer }, xinfuReviewer),
    invoke(monthlyReportSubmit, { month: 9, preparer }, xinfuReviewer),
  ]);
  expect(both.filter((r) => r.ok)).toHaveLength(1);
  expect(backend.emulator.store.count('monthlyReports', {})).toBe(2);
  // who submitted, seen by the bureau; a district reviewer sees its own district only
  const list = await expectOk(monthlyReportList, { month: 9 }, bureau);
  expect(list.units.map((u) => [u.unitName, u.submitted?.submittedByName ?? null])).toEqual([
    ['忻州市第一职业中学', null],
    ['忻州市职业技术学校', '赵主任'],
    ['定襄县教育局', null],
    ['忻府区教育局', '陈老师'],
    ['原平市教育局', null],
  ]);
  expect((await expectOk(monthlyReportList, { month: 9 }, xinfuReviewer)).units.map((u) => u.unitName)).toEqual(['忻府区教育局']);
});

test('R12: the city bureau returns a submitted table with a reason: the copy is kept, the preparer is told, and the unit submits again — after the month has ended, until its resubmit day', async () => {
  const [, , s2] = await seed();
  setNow('2027-09-28T10:00:00');
  const first = await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin);
  expect(first.late).toBe(true);
  // October: the month has ended; the bureau finds a mistake and sends the table back
  setNow('2027-10-03T09:00:00');
  const returned = await expectOk(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: '护理专业的报到人数与学籍系统不符' }, bureau);
  expect(returned).toEqual({
    unitKey: `school:${XZ}`,
    returnedAt: new Date('2027-10-03T01:00:00Z').toISOString(),
    returnedByName: expect.any(String),
    reason: '护理专业的报到人数与学籍系统不符',
    resubmitBy: '2027-10-10',
  });
  expect(backend.emulator.store.count('monthlyReports', {})).toBe(0);
  const kept = backend.emulator.store.find('monthlyReportReturns', {});
  expect(kept).toHaveLength(1);
  expect(kept[0]).toMatchObject({ reason: '护理专业的报到人数与学籍系统不符', report: { preparer, late: true, month: 9 } });
  expect(backend.emulator.store.find('auditLog', { action: 'monthly-report.return' })).toHaveLength(1);
  // the admin who submitted is told why and by when
  const told = backend.emulator.store.find('outbox', { recipientOpenid: admin, kind: 'task-due' });
  expect(told.some((m) => JSON.stringify(m.data).includes('已退回'))).toBe(true);
  // the unit sees the reason, the live figures, and may submit again though September is over
  patchLead(s2 as string, XZ, { status: 'enrolled', enrollment: { at: at('2027-09-16T09:00:00'), staffName: '赵主任' } });
  const get = await expectOk(monthlyReportGet, { month: 9 }, admin);
  expect(get).toMatchObject({
    submitted: null,
    returned: { reason: '护理专业的报到人数与学籍系统不符', resubmitBy: '2027-10-10' },
    maySubmit: true,
    submitNote: null,
  });
  expect(get.table.rows.find((r) => r.majorName === '护理')?.toDate.enrolled).toBe(1);
  const list = await expectOk(monthlyReportList, { month: 9 }, bureau);
  expect(list.units.find((u) => u.unitKey === `school:${XZ}`)).toMatchObject({ submitted: null, returned: { reason: '护理专业的报到人数与学籍系统不符' } });
  // returning what is not submitted (now, or twice at once) is refused; one return stands
  expect(await invoke(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: '再退一次' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('没有可退回的表') },
  });
  setNow('2027-10-10T23:59:59');
  const again = await expectOk(monthlyReportSubmit, { month: 9, preparer: { name: '李会计', phone: '13512340001' } }, admin);
  expect(again).toMatchObject({ preparerName: '李会计', late: true });
  expect((await expectOk(monthlyReportGet, { month: 9 }, admin)).table.rows.find((r) => r.majorName === '护理')?.toDate.enrolled).toBe(1);
  setNow('2027-10-11T09:00:00');
  const both = await Promise.all([0, 1].map(() => invoke(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: '仍有错误' }, bureau)));
  expect(both.filter((r) => r.ok)).toHaveLength(1);
  expect(backend.emulator.store.count('monthlyReportReturns', {})).toBe(2);
  expect(backend.emulator.store.count('monthlyReports', {})).toBe(0);
  // past the resubmit day of a month that has ended: refused, saying so
  setNow('2027-10-19T00:00:00');
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer }, admin)).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: expect.stringContaining('2027-10-18 前重新提交，已经过期') },
  });
});

test('R12: a return racing the unit submitting again loses no submitted copy: each is either the standing table or kept in a return', async () => {
  await seed();
  await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin);
  await expectOk(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: '数字有误' }, bureau);
  let submissions = 1;
  for (let round = 0; round < 4; round += 1) {
    const [submitted, returned] = await Promise.all([
      invoke(monthlyReportSubmit, { month: 9, preparer: { name: `填表人${round}`, phone: '13512340000' } }, admin),
      invoke(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: `第${round}次退回` }, bureau),
    ]);
    expect(submitted.ok || returned.ok).toBe(true);
    if (submitted.ok) submissions += 1;
    const reports = backend.emulator.store.find('monthlyReports', {});
    const returns = backend.emulator.store.find('monthlyReportReturns', {});
    // every submission so far (the first and each that went through) is somewhere, once
    const preparers = [...reports, ...returns.map((r) => r.report as typeof r)].map((r) => (r.preparer as { name: string }).name);
    expect(preparers).toHaveLength(submissions);
    expect(new Set(preparers).size).toBe(submissions);
    expect(backend.emulator.store.count('auditLog', { action: 'monthly-report.return' })).toBe(returns.length);
    // leave it returned for the next round
    if (reports.length === 1) await expectOk(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: '再次退回' }, bureau);
  }
});

test('R12: only the city bureau returns a table; a school admin, a reviewer, a family and hostile input are refused and return nothing', async () => {
  await seed();
  await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin);
  for (const who of [admin, cityReviewer, xinfuReviewer, 'family-0']) {
    expect((await invoke(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: '数字有误' }, who)).ok).toBe(false);
  }
  const refused = async (event: unknown) => expect((await invoke(monthlyReportReturn, event, bureau)).ok).toBe(false);
  await refused({ month: 9, unit: XZ_UNIT, reason: '' });
  await refused({ month: 9, unit: XZ_UNIT, reason: ' 错 ' });
  await refused({ month: 9, unit: XZ_UNIT, reason: '错'.repeat(201) });
  await refused({ month: 13, unit: XZ_UNIT, reason: '数字有误' });
  await refused({ month: 6, unit: XZ_UNIT, reason: '数字有误' });
  await refused({ month: 9, unit: { kind: 'district', district: '不存在县' }, reason: '数字有误' });
  await refused({ month: 9, unit: { kind: 'school', schoolId: 'school-xinfu-vocational' }, reason: '数字有误' });
  await refused({ month: 9, unit: XZ_UNIT, reason: { $ne: null } });
  // control and invisible characters (a bidirectional override, NUL) never reach the unit's page
  await refused({ month: 9, unit: XZ_UNIT, reason: '数字有误\u202e请核对' });
  await refused({ month: 9, unit: XZ_UNIT, reason: '数字\u0000有误' });
  await refused({ month: 9, reason: '数字有误' });
  expect((await invoke(monthlyReportReturn, { month: 9, unit: XZ_UNIT, reason: '数字有误' }, bureau)).ok).toBe(true);
  expect(backend.emulator.store.count('monthlyReportReturns', {})).toBe(1);
});

test('R12: a month is submitted from its 1st; on time through the 23rd, late after it until the month ends; not before, not after', async () => {
  await seed();
  expect(await invoke(monthlyReportSubmit, { month: 10, preparer }, admin)).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: '10月的统计表自 2027-10-01 起才能提交。' },
  });
  expect(await expectOk(monthlyReportGet, { month: 10 }, admin)).toMatchObject({ maySubmit: false, submitNote: '10月的统计表自 2027-10-01 起才能提交。' });
  expect(await invoke(monthlyReportSubmit, { month: 8, preparer }, admin)).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: expect.stringContaining('8月已经结束') },
  });
  setNow('2027-09-23T23:59:59');
  expect(await expectOk(monthlyReportGet, { month: 9 }, admin)).toMatchObject({ overdue: false, maySubmit: true });
  expect(await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin)).toMatchObject({ late: false });
  setNow('2027-09-24T00:00:00');
  // the page is told before submitting that it would be late — the same rule that marks it
  expect(await expectOk(monthlyReportGet, { month: 9 }, xinfuReviewer)).toMatchObject({ overdue: true, maySubmit: true });
  expect(await expectOk(monthlyReportSubmit, { month: 9, preparer }, xinfuReviewer)).toMatchObject({ late: true });
  // once submitted it is not overdue any more, only marked late
  expect(await expectOk(monthlyReportGet, { month: 9 }, xinfuReviewer)).toMatchObject({ overdue: false, submitted: { late: true } });
});

test('R12: the workbook reopened by exceljs has the title, the header block, merged headers, the stamp area, both sheets and totals equal to the sum', async () => {
  await seed();
  await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin);
  const file = await expectOk(monthlyReportExport, { month: 9 }, admin);
  expect(file.fileName).toBe('2027年9月招生情况统计表（忻州市职业技术学校）.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['招生情况统计表', '按学习者类别']);
  const sheet = workbook.getWorksheet('招生情况统计表');
  if (!sheet) throw new Error('no sheet');
  expect(sheet.getCell('A1').value).toBe('2027年9月中等职业学校招生情况统计表');
  const merges = (sheet.model as unknown as { merges: string[] }).merges;
  expect(merges).toEqual(expect.arrayContaining(['A1:M1', 'E4:H4', 'I4:L4', 'A4:A5', 'D4:D5']));
  const text = (ref: string) => String(sheet.getCell(ref).value ?? '');
  expect(text('A2')).toBe('填报单位：忻州市职业技术学校');
  expect(text('D2')).toBe('月份：2027年9月');
  expect(text('A3')).toBe('填表人：张会计');
  expect(text('D3')).toBe('联系电话：13512340000');
  expect([text('E4'), text('I4'), text('E5'), text('F5'), text('G5'), text('H5'), text('I5')]).toEqual([
    '本月',
    '累计',
    '志愿',
    '录取',
    '报到',
    '注册',
    '志愿',
  ]);
  // three majors, then 合计 = the sum of each column
  const values = (row: number) => Array.from({ length: 9 }, (_, i) => Number(sheet.getRow(row).getCell(4 + i).value));
  expect(text('A9')).toBe('合计');
  const sum = [6, 7, 8].map(values).reduce((s, r) => s.map((v, i) => v + (r[i] ?? 0)));
  expect(values(9)).toEqual(sum);
  expect(values(9)).toEqual([150, 1, 2, 2, 1, 5, 3, 2, 1]);
  expect(sheet.getCell('M9').numFmt).toBe('0.0%');
  // the stamp area: merged, bordered
  const stamp = merges.find((m) => m.startsWith('I11'));
  expect(stamp).toBe('I11:M14');
  expect(text('I11')).toContain('盖章');
  expect(sheet.getCell('I11').border?.top?.style).toBe('thin');
  expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  // by learner group: eight groups and a total that is their sum
  const groups = workbook.getWorksheet('按学习者类别');
  if (!groups) throw new Error('no group sheet');
  expect(String(groups.getCell('B5').value)).toBe('应届初中毕业生');
  const groupValues = (row: number) => Array.from({ length: 8 }, (_, i) => Number(groups.getRow(row).getCell(3 + i).value));
  expect(String(groups.getCell('A13').value)).toBe('合计');
  expect(groupValues(13)).toEqual(Array.from({ length: 8 }, (_, i) => [5, 6, 7, 8, 9, 10, 11, 12].reduce((s, r) => s + (groupValues(r)[i] ?? 0), 0)));
  expect(groupValues(13)).toEqual([1, 2, 2, 1, 5, 3, 2, 1]);

  // the bureau's roll-up: a line per unit, every unit's majors, the city by group; totals are sums
  const rollup = await expectOk(monthlyReportRollup, { month: 9 }, bureau);
  const city = new ExcelJS.Workbook();
  await city.xlsx.load(Buffer.from(rollup.content, 'base64') as unknown as ArrayBuffer);
  expect(city.worksheets.map((s) => s.name)).toEqual(['按填报单位', '按学校专业', '按学习者类别']);
  const units = city.getWorksheet('按填报单位');
  if (!units) throw new Error('no unit sheet');
  expect(units.getCell('A1').value).toBe('2027年9月忻州市中等职业学校招生情况汇总表');
  expect(String(units.getCell('C6').value)).toContain('已提交');
  expect(String(units.getCell('C5').value)).toBe('未提交（实时）');
  const unitValues = (row: number) => Array.from({ length: 9 }, (_, i) => Number(units.getRow(row).getCell(6 + i).value));
  expect(String(units.getCell('A10').value)).toBe('合计');
  expect(unitValues(10)).toEqual([5, 6, 7, 8, 9].map(unitValues).reduce((s, r) => s.map((v, i) => v + (r[i] ?? 0))));
});

test('R12: who may read and submit which unit: a school admin not another school, a district reviewer not another district', async () => {
  await seed();
  const refused = (code: string) => ({ ok: false, error: { code } });
  // a city school's admin: its own unit only
  expect(await invoke(monthlyReportGet, { month: 9, unit: { kind: 'school', schoolId: 'school-xz-first-vocational' } }, admin)).toMatchObject(
    refused('FORBIDDEN'),
  );
  expect(await invoke(monthlyReportGet, { month: 9, unit: XINFU_UNIT }, admin)).toMatchObject(refused('FORBIDDEN'));
  expect(await invoke(monthlyReportExport, { month: 9, unit: XINFU_UNIT }, admin)).toMatchObject(refused('FORBIDDEN'));
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer, unit: { kind: 'school', schoolId: 'school-xz-first-vocational' } }, admin)).toMatchObject(
    refused('FORBIDDEN'),
  );
  // a district school's admin: its district's bureau reports for it
  expect(await invoke(monthlyReportGet, { month: 9 }, xinfuAdmin)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: expect.stringContaining('区县教育局汇总报送') },
  });
  // a district reviewer: its own district, not another, not a city school
  expect(await invoke(monthlyReportGet, { month: 9, unit: { kind: 'district', district: '原平市' } }, xinfuReviewer)).toMatchObject(refused('FORBIDDEN'));
  expect(await invoke(monthlyReportGet, { month: 9, unit: XZ_UNIT }, xinfuReviewer)).toMatchObject(refused('FORBIDDEN'));
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer, unit: { kind: 'district', district: '原平市' } }, xinfuReviewer)).toMatchObject(
    refused('FORBIDDEN'),
  );
  // the city reads any unit and submits none
  expect((await expectOk(monthlyReportGet, { month: 9, unit: { kind: 'district', district: '原平市' } }, bureau)).maySubmit).toBe(false);
  expect((await expectOk(monthlyReportGet, { month: 9, unit: XINFU_UNIT }, cityReviewer)).table.unitName).toBe('忻府区教育局');
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer, unit: XZ_UNIT }, bureau)).toMatchObject(refused('FORBIDDEN'));
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer }, cityReviewer)).toMatchObject(refused('FORBIDDEN'));
  // the roll-up is the city bureau's; recruiters, junior highs and families read nothing
  expect(await invoke(monthlyReportRollup, { month: 9 }, xinfuReviewer)).toMatchObject(refused('FORBIDDEN'));
  for (const persona of ['recruiter', 'juniorStaff', 'student']) {
    expect(await invoke(monthlyReportGet, { month: 9 }, openidOf(persona))).toMatchObject(refused('FORBIDDEN'));
    expect(await invoke(monthlyReportList, { month: 9 }, openidOf(persona))).toMatchObject(refused('FORBIDDEN'));
  }
  expect(backend.emulator.store.count('monthlyReports', {})).toBe(0);
});

test('R12: on the 20th of a report month, each unit that has not submitted is reminded once, through the outbox; on other days nobody', async () => {
  await seed();
  backend.emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-admin-first',
      insert: true,
      doc: {
        _id: 'staff-admin-first',
        openid: 'openid-admin-first',
        name: '孙主任',
        role: 'schoolAdmin',
        schoolId: 'school-xz-first-vocational',
        status: 'active',
      },
    },
  ]);
  await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin);
  const remind = () => expectOk(monthlyReportRemind, {}, '');
  const reminders = () => backend.emulator.store.find('outbox', { kind: 'task-due' });
  setNow('2027-09-19T09:00:00');
  expect(await remind()).toEqual({ reminded: 0 });
  setNow('2027-09-20T09:00:00');
  const [first, second] = await Promise.all([remind(), remind()]);
  expect(first.reminded + second.reminded).toBe(2);
  expect(
    reminders()
      .map((r) => r.recipientOpenid)
      .sort(),
  ).toEqual(['openid-admin-first', xinfuReviewer].sort());
  expect(reminders()[0]).toMatchObject({ page: '/staff/pages/monthly-report/index', data: expect.objectContaining({ date2: '2027年9月23日' }) });
  expect(await remind()).toEqual({ reminded: 0 });
  setNow('2027-09-21T09:00:00');
  expect(await remind()).toEqual({ reminded: 0 });
  // a month without a table (December) — nothing
  setNow('2027-12-20T09:00:00');
  expect(await remind()).toEqual({ reminded: 0 });
  expect(reminders()).toHaveLength(2);
  expect(await invoke(monthlyReportRemind, {}, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R12: hostile input — month 13, a month without a table, another unit, an unknown district, huge strings — gets a clear error and writes nothing', async () => {
  await seed();
  const month13 = await invoke(monthlyReportGet, { month: 13 }, admin);
  expect(month13).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { month: '月份应为 1–12' } } });
  expect(await invoke(monthlyReportSubmit, { month: '9', preparer }, admin)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await invoke(monthlyReportGet, { month: 7 }, admin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { month: '2027年只需报送 8月、9月、10月、11月 的统计表' } },
  });
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer: { name: '张'.repeat(100_000), phone: '13512340000' } }, admin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'preparer.name': '姓名请不超过 20 个字' } },
  });
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer: { name: '张会计', phone: '1'.repeat(5000) } }, admin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'preparer.phone': expect.any(String) } },
  });
  expect(await invoke(monthlyReportGet, { month: 9, unit: { kind: 'district', district: '县'.repeat(50_000) } }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(await invoke(monthlyReportGet, { month: 9, unit: { kind: 'everything' } }, bureau)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await invoke(monthlyReportGet, { month: 9, unit: { kind: 'district', district: '不存在县' } }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: expect.stringContaining('没有这个填报单位') },
  });
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer, unit: XINFU_UNIT }, admin)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: '只能查看和提交本单位的招生情况统计表。' },
  });
  expect(await invoke(monthlyReportSubmit, { month: 9, preparer: { name: '张会计\u202e', phone: '13512340000' } }, admin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(backend.emulator.store.count('monthlyReports', {})).toBe(0);
});
