import ExcelJS from 'exceljs';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as targetDashboard } from '../../../cloudfunctions/bureau/targetDashboard';
import { main as targetExport } from '../../../cloudfunctions/sheets/targetExport';
import { main as targetGet } from '../../../cloudfunctions/bureau/targetGet';
import { main as targetRead } from '../../../cloudfunctions/sheets/targetRead';
import { main as targetSave } from '../../../cloudfunctions/bureau/targetSave';
import { sheetIdOf } from '../../../cloudfunctions/domains/juniors/target-sheet-id';
import type { TargetDashboard } from '../../../shared/api/targets';
import type { Lead } from '../../../shared/records/lead';
import { admit } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';
import { xlsx } from '../../helpers/sheets';

/** R11: the bureau's targets per junior high, and the dashboard that measures the year against them. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const xinfuReviewer = 'seed-openid-reviewer-xinfu';
const XINFU = '忻府区';

async function sheet(district = XINFU) {
  return expectOk(targetGet, { district }, bureau);
}

function linesOf(view: Awaited<ReturnType<typeof sheet>>) {
  return view.juniors.map((j) => ({ juniorSchoolId: j.juniorSchoolId, graduates: j.graduates ?? 0, sendingTarget: j.sendingTarget ?? 0 }));
}

test("R11: a district's sheet lists its junior highs with graduates and targets, and says whether they add up to the district's total", async () => {
  const view = await sheet();
  expect(view).toMatchObject({ year: 2027, district: XINFU, ownSchoolsQuota: 1100, total: 2000, editable: true, past: false });
  expect(view.districts).toEqual(expect.arrayContaining([XINFU, '原平市', '定襄县']));
  expect(view.juniors).toHaveLength(12);
  expect(view.juniors.every((j) => j.graduates !== null && j.sendingTarget !== null)).toBe(true);
  expect(view.check).toEqual({ sum: 2000, total: 2000, difference: 0, message: '各初中送培目标合计 2000 人，与全区送培总目标一致。' });
  // a district without a total in the season is told where to set it
  expect((await sheet('原平市')).check).toMatchObject({ sum: 100, total: null, difference: null, message: expect.stringContaining('请先在招生季设置中填写') });
});

test('R11: saving targets that fall 20 short is kept, says by how much, and is in the audit trail with before and after', async () => {
  const before = await sheet();
  const lines = linesOf(before);
  lines[0] = { ...lines[0]!, sendingTarget: lines[0]!.sendingTarget - 20 };
  const saved = await expectOk(targetSave, { year: 2027, district: XINFU, version: before.version, juniors: lines }, bureau);
  expect(saved.check).toEqual({ sum: 1980, total: 2000, difference: -20, message: '各初中送培目标合计 1980 人，比全区送培总目标 2000 人少 20 人。' });
  const after = await sheet();
  expect(after.check.difference).toBe(-20);
  expect(after.version).toBe(saved.version);
  expect(after.juniors[0]?.sendingTarget).toBe(lines[0]!.sendingTarget);
  expect(backend.emulator.store.find('auditLog', { action: 'targets.save' })).toEqual([
    expect.objectContaining({
      staffId: 'staff-bureau-admin',
      subjectId: sheetIdOf(2027, XINFU),
      before: expect.arrayContaining(linesOf(before)),
      after: lines,
    }),
  ]);
  // and 30 over
  lines[0] = { ...lines[0]!, sendingTarget: lines[0]!.sendingTarget + 50 };
  expect((await expectOk(targetSave, { year: 2027, district: XINFU, version: after.version, juniors: lines }, bureau)).check.message).toBe(
    '各初中送培目标合计 2030 人，比全区送培总目标 2000 人多 30 人。',
  );
});

test("R11: a target above the school's graduates, another district's junior high or one listed twice is refused by field, and nothing is saved", async () => {
  const before = await sheet();
  const lines = linesOf(before);
  const refused = await invoke(
    targetSave,
    {
      year: 2027,
      district: XINFU,
      version: before.version,
      juniors: [
        { ...lines[0]!, sendingTarget: lines[0]!.graduates + 1 },
        { juniorSchoolId: 'junior-yp-1', graduates: 10, sendingTarget: 5 },
        lines[2],
        lines[2],
      ],
    },
    bureau,
  );
  expect(refused).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: expect.any(String),
      fields: {
        'juniors.0.sendingTarget': `送培目标不能超过毕业生人数（${lines[0]!.graduates} 人）`,
        'juniors.1.juniorSchoolId': '这所初中不在本区县的初中名录中',
        'juniors.3.juniorSchoolId': '同一所初中请只填一行',
      },
    },
  });
  expect(await sheet()).toEqual(before);
});

test.each([
  ['a negative headcount', { juniors: [{ juniorSchoolId: 'junior-xz-2', graduates: -1, sendingTarget: 0 }] }, 'juniors.0.graduates'],
  ['a headcount in words', { juniors: [{ juniorSchoolId: 'junior-xz-2', graduates: '六百', sendingTarget: 0 }] }, 'juniors.0.graduates'],
  ['a fraction', { juniors: [{ juniorSchoolId: 'junior-xz-2', graduates: 600, sendingTarget: 10.5 }] }, 'juniors.0.sendingTarget'],
  ['301 lines', { juniors: Array.from({ length: 301 }, () => ({ juniorSchoolId: 'junior-xz-2', graduates: 1, sendingTarget: 1 })) }, 'juniors'],
  ['a district that is an object key', { district: '__proto__' }, 'district'],
  ['a district with a path', { district: 'a.b' }, 'district'],
])('hostile input to targetSave — %s — is refused with a field error', async (_name, over, field) => {
  const before = await sheet();
  const result = await invoke(targetSave, { year: 2027, district: XINFU, version: before.version, juniors: [], ...over }, bureau);
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } } });
  expect(await sheet()).toEqual(before);
});

test('R11: two clerks saving the same sheet at once — one is kept whole, the other is told to refresh', async () => {
  const before = await sheet();
  const lines = linesOf(before);
  const mine = lines.map((l) => ({ ...l, sendingTarget: Math.min(l.graduates, l.sendingTarget + 1) }));
  const theirs = lines.map((l) => ({ ...l, sendingTarget: Math.max(0, l.sendingTarget - 1) }));
  const results = await Promise.all(
    [mine, theirs].map((juniors) => invoke(targetSave, { year: 2027, district: XINFU, version: before.version, juniors }, bureau)),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('请刷新') } });
  const kept = linesOf(await sheet());
  expect([mine, theirs]).toContainEqual(kept);
});

test('R21: once the year is over its targets are read-only', async () => {
  const before = await sheet();
  process.env.LOCAL_EMULATOR_NOW = '2028-03-01T10:00:00+08:00';
  const view = await expectOk(targetGet, { year: 2027, district: XINFU }, bureau);
  expect(view).toMatchObject({ editable: false, past: true });
  expect(await invoke(targetSave, { year: 2027, district: XINFU, version: before.version, juniors: linesOf(before) }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('只能查看') },
  });
});

test("R11: a district reviewer sees only their own district's sheet and figures; only the bureau admin changes targets; families, schools and junior highs are refused", async () => {
  const own = await expectOk(targetGet, {}, xinfuReviewer);
  expect(own).toMatchObject({ district: XINFU, districts: [XINFU], editable: false });
  expect(await invoke(targetGet, { district: '原平市' }, xinfuReviewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(targetDashboard, { district: '原平市' }, xinfuReviewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const dashboard = await expectOk(targetDashboard, {}, xinfuReviewer);
  expect(dashboard.districts.map((d) => d.district)).toEqual([XINFU]);
  expect(new Set(dashboard.juniors.map((j) => j.district))).toEqual(new Set([XINFU]));
  expect(await invoke(targetSave, { year: 2027, district: XINFU, version: own.version, juniors: linesOf(own) }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  for (const persona of ['student', 'recruiter', 'schoolAdmin', 'juniorStaff']) {
    for (const fn of [targetGet, targetDashboard, targetExport])
      expect(await invoke(fn, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(targetSave, { year: 2027, district: XINFU, version: own.version, juniors: [] }, openidOf(persona))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  }
});

/** Forms from students of several junior highs; some withdrawn, some admitted or enrolled. */
async function aSeasonSoFar() {
  const juniors = ['junior-xz-2', 'junior-xz-2', 'junior-xz-2', 'junior-xz-6', 'junior-xz-6', 'junior-xf-hp', 'junior-yp-1'];
  const formIds: string[] = [];
  for (const [i, juniorSchoolId] of juniors.entries()) {
    const form = aForm({ student: { ...aForm().student, name: `学生${i}`, idNumber: idNumber('20110315', 101 + 2 * i), juniorSchoolId } });
    formIds.push((await expectOk(choiceSubmit, form, `family-${i}`)).formId);
  }
  // the third student of 二中 withdraws
  await expectOk(choiceWithdraw, { formId: formIds[2] }, 'family-2');
  // the schools step their leads as they would: the admin at 职业技术学校, the assigned recruiter at 职业中学
  const stepper: Record<string, string> = { 'staff-recruiter-zhou': 'seed-openid-recruiter-zhou', 'staff-recruiter-sun': 'seed-openid-recruiter-sun' };
  const setStatus = async (formId: string | undefined, schoolId: string, status: Lead['status']) => {
    const lead = (backend.emulator.store.find('leads', { formId, schoolId }) as unknown as Lead[])[0];
    if (!lead) throw new Error(`no lead for ${formId} at ${schoolId}`);
    const openid = schoolId === 'school-xz-vocational' ? openidOf('schoolAdmin') : stepper[lead.recruiterStaffId ?? ''];
    if (status === 'admitted') return expect((await admit(backend.emulator, lead)).ok).toBe(true);
    await expectOk(leadProgress, { id: lead._id, status, ...(status === 'lost' ? { note: '家长改变主意' } : {}) }, openid ?? '');
  };
  // the first student is admitted by both schools (counts once for 二中) and enrolls at one
  await setStatus(formIds[0], 'school-xz-vocational', 'admitted');
  await setStatus(formIds[0], 'school-xinfu-vocational', 'admitted');
  await setStatus(formIds[0], 'school-xinfu-vocational', 'enrolled');
  await setStatus(formIds[3], 'school-xz-vocational', 'admitted');
  await setStatus(formIds[5], 'school-xinfu-vocational', 'lost');
}

/** The same figures counted the slow way, from every document. */
function directCount(juniorSchoolId: string) {
  const forms = backend.emulator.store
    .find('choiceForms', { year: 2027, status: 'active' })
    .filter((f) => (f.student as { juniorSchoolId: string }).juniorSchoolId === juniorSchoolId);
  const leads = backend.emulator.store.find('leads', { year: 2027, juniorSchoolId }) as unknown as Lead[];
  const students = (statuses: string[]) => new Set(leads.filter((l) => statuses.includes(l.status)).map((l) => l.formId)).size;
  return { forms: forms.length, admitted: students(['admitted', 'enrolled']), enrolled: students(['enrolled']) };
}

test('R11: the dashboard figures equal a direct count of the same forms and leads, per junior high, district and school', async () => {
  await aSeasonSoFar();
  const dashboard: TargetDashboard = await expectOk(targetDashboard, {}, bureau);
  for (const j of dashboard.juniors)
    expect({ id: j.juniorSchoolId, forms: j.forms, admitted: j.admitted, enrolled: j.enrolled }).toEqual({
      id: j.juniorSchoolId,
      ...directCount(j.juniorSchoolId),
    });
  const er = dashboard.juniors.find((j) => j.juniorSchoolId === 'junior-xz-2');
  // two active forms (one withdrawn); the first student admitted by two schools is one admitted student, enrolled
  expect(er).toMatchObject({
    forms: 2,
    admitted: 1,
    enrolled: 1,
    graduates: 620,
    sendingTarget: 330,
    completion: 0.3,
    formsRate: 0.6,
    vocationalShare: 0.3,
    meetsRatio: false,
  });
  const xinfu = dashboard.districts.find((d) => d.district === XINFU);
  expect(xinfu).toMatchObject({ forms: 5, admitted: 2, enrolled: 1, graduates: 3980, sendingTarget: 2000, total: 2000, ownSchoolsQuota: 1100 });
  // schools: every standing lead is a form that chose it; admitted and enrolled by lead
  const schoolLeads = (schoolId: string) =>
    (backend.emulator.store.find('leads', { year: 2027, schoolId }) as unknown as Lead[]).filter((l) => l.status !== 'withdrawn');
  for (const s of dashboard.schools) {
    const leads = schoolLeads(s.schoolId);
    expect({ id: s.schoolId, forms: s.forms, admitted: s.admitted, enrolled: s.enrolled }).toEqual({
      id: s.schoolId,
      forms: leads.length,
      admitted: leads.filter((l) => l.status === 'admitted' || l.status === 'enrolled').length,
      enrolled: leads.filter((l) => l.status === 'enrolled').length,
    });
  }
  // the first student's admission at 职业技术学校 was released when they enrolled at 职业中学 (R25)
  expect(dashboard.schools.find((s) => s.schoolId === 'school-xz-vocational')).toMatchObject({
    forms: 6,
    admitted: 1,
    enrolled: 0,
    plannedPlaces: expect.any(Number),
  });
  expect(dashboard.schools.find((s) => s.schoolId === 'school-xz-vocational')?.plannedPlaces).toBeGreaterThan(0);
  // ranked by completion: 二中 (1 enrolled) first
  expect(dashboard.juniors[0]?.juniorSchoolId).toBe('junior-xz-2');
  expect(dashboard.juniors.map((j) => j.rank)).toEqual(dashboard.juniors.map((_j, i) => i + 1));
});

test('R11: the dashboard counts in the database: the same round trips for 7 forms as for 107, and no form is read', async () => {
  await aSeasonSoFar();
  const measure = async () => {
    const { roundTrips } = await backend.emulator.measure(() => expectOk(targetDashboard, { district: XINFU }, bureau));
    return roundTrips;
  };
  const few = await measure();
  for (let i = 0; i < 100; i++) {
    const form = aForm({ student: { ...aForm().student, name: `学生${i}`, idNumber: idNumber('20110316', 101 + 2 * i), juniorSchoolId: 'junior-xz-6' } });
    await expectOk(choiceSubmit, { ...form, choices: form.choices.slice(0, 1) }, `family-more-${i}`);
  }
  const many = await measure();
  expect(many).toEqual(few);
  // the forms and leads are grouped by the database (aggregations), never fetched as documents
  expect(many.byAction['database.queryDocument'] ?? 0).toBeLessThanOrEqual(4);
  expect(many.byAction['database.aggregateDocuments']).toBe(2);
  expect((await expectOk(targetDashboard, { district: XINFU }, bureau)).juniors.find((j) => j.juniorSchoolId === 'junior-xz-6')?.forms).toBe(102);
});

test('R11: the ranking exports as a workbook with a title, a header and one row per junior high in rank order, rates as percents', async () => {
  await aSeasonSoFar();
  const dashboard = await expectOk(targetDashboard, { district: XINFU }, bureau);
  const file = await expectOk(targetExport, { district: XINFU }, bureau);
  expect(file.fileName).toBe('2027年忻府区初中送培完成情况排名.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  const sheetOut = workbook.getWorksheet('送培完成情况排名');
  if (!sheetOut) throw new Error('no ranking sheet');
  expect(sheetOut.getCell('A1').text).toBe('2027年忻府区初中学校送培目标完成情况排名');
  // R27: the whole city's ranking is headed with the city's name as the bureau set it
  expect((await expectOk(targetExport, {}, bureau)).fileName).toBe('2027年忻州市初中送培完成情况排名.xlsx');
  expect(sheetOut.getRow(3).values).toEqual(expect.arrayContaining(['名次', '初中学校', '毕业生人数', '送培目标', '已提交志愿', '已录取', '已报到']));
  expect(sheetOut.rowCount).toBe(3 + 12);
  const names = Array.from({ length: 12 }, (_v, i) => sheetOut.getCell(4 + i, 2).text);
  expect(names).toEqual(dashboard.juniors.map((j) => j.name));
  const first = sheetOut.getRow(4);
  expect(first.getCell(1).value).toBe(1);
  expect(first.getCell(9).value).toBeCloseTo(0.003, 6);
  expect(first.getCell(9).numFmt).toBe('0.0%');
  expect(sheetOut.pageSetup.orientation).toBe('landscape');
});

test('R11: two schools admitting the same student at the same moment count one admitted student; dropping the school that admitted them counts none', async () => {
  const form = aForm();
  const { formId } = await expectOk(choiceSubmit, form, 'family-race');
  const leads = backend.emulator.store.find('leads', { formId }) as unknown as Lead[];
  const openidFor = (lead: Lead) =>
    lead.schoolId === 'school-xz-vocational'
      ? openidOf('schoolAdmin')
      : `seed-openid-recruiter-${(lead.recruiterStaffId ?? '').replace('staff-recruiter-', '')}`;
  const results = await Promise.all(leads.map((lead) => admit(backend.emulator, lead)));
  expect(results.every((r) => r.ok)).toBe(true);
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.placement).toBe('admitted');
  const figures = async () => (await expectOk(targetDashboard, { district: XINFU }, bureau)).juniors.find((j) => j.juniorSchoolId === 'junior-xz-2');
  expect(await figures()).toMatchObject({ forms: 1, admitted: 1, enrolled: 0 });
  // the family keeps only 职业中学's choice; 职业技术学校's admission is withdrawn with the school
  const xinfuLead = leads.find((l) => l.schoolId === 'school-xinfu-vocational');
  if (!xinfuLead) throw new Error('no lead at 职业中学');
  await expectOk(leadProgress, { id: xinfuLead._id, status: 'lost', note: '学生选择了其他学校' }, openidFor(xinfuLead));
  // still admitted by 职业技术学校: the other school's step does not undo it
  expect(await figures()).toMatchObject({ forms: 1, admitted: 1, enrolled: 0 });
  await expectOk(choiceRevise, { ...form, requestId: 'revision-keep-xinfu', formId, choices: [form.choices[1]] }, 'family-race');
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.placement).toBe('none');
  expect(await figures()).toMatchObject({ forms: 1, admitted: 0, enrolled: 0 });
});

test('R23: a form from a junior high’s poster counts as via the poster there; a made-up poster is not kept; the poster opens nothing to staff', async () => {
  const form = (sequence: number, viaPoster?: string) => ({
    ...aForm({ student: { ...aForm().student, name: `学生${sequence}`, idNumber: idNumber('20110315', sequence) } }),
    ...(viaPoster ? { viaPoster } : {}),
  });
  const { formId } = await expectOk(choiceSubmit, form(201, 'junior-xz-2'), 'family-poster-1');
  await expectOk(choiceSubmit, form(203, 'junior-made-up'), 'family-poster-2');
  await expectOk(choiceSubmit, form(205), 'family-poster-3');
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.viaPoster).toBe('junior-xz-2');
  expect(
    backend.emulator.store
      .find('choiceForms', {})
      .map((f) => f.viaPoster)
      .sort(),
  ).toEqual(['', '', 'junior-xz-2']);
  const er = (await expectOk(targetDashboard, { district: XINFU }, bureau)).juniors.find((j) => j.juniorSchoolId === 'junior-xz-2');
  expect(er).toMatchObject({ forms: 3, viaPoster: 1 });
});

test('R11: a district’s targets are read from the bureau’s spreadsheet by junior-high name, each unreadable row said by its number, nothing saved until the clerk saves', async () => {
  const before = await sheet();
  const content = await xlsx([
    ['2027年忻府区初中送培目标分解表'],
    ['初中学校', '毕业生人数', '送培目标'],
    ['忻州市第二中学初中部', 620, 300],
    [' 忻州市 第六中学 ', 480, 250],
    ['原平市第一中学初中部', 300, 100],
    ['忻府区和平街学校', 260, 300],
    ['忻州市第七中学', '四百', 200],
    ['忻州市第二中学初中部', 620, 300],
  ]);
  const read = await expectOk(targetRead, { district: XINFU, fileName: '目标.xlsx', content }, bureau);
  expect(read.juniors).toEqual([
    { juniorSchoolId: 'junior-xz-2', name: '忻州市第二中学初中部', graduates: 620, sendingTarget: 300 },
    { juniorSchoolId: 'junior-xz-6', name: '忻州市第六中学', graduates: 480, sendingTarget: 250 },
  ]);
  expect(read.problems).toEqual([
    { row: 5, message: '“原平市第一中学初中部”不是本区县名录中的初中' },
    { row: 6, message: '忻府区和平街学校的送培目标不能超过毕业生人数' },
    { row: 7, message: '忻州市第七中学的人数请填写整数' },
    { row: 8, message: '忻州市第二中学初中部出现了不止一次' },
  ]);
  expect(read.check).toMatchObject({ sum: 550, total: 2000, difference: -1450 });
  expect(await sheet()).toEqual(before);
  expect(
    await invoke(targetRead, { district: XINFU, fileName: '目标.xlsx', content: Buffer.from('not a spreadsheet').toString('base64') }, bureau),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await invoke(targetRead, { district: XINFU, fileName: '目标.xlsx', content }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('R11: two schools stepping one student’s leads at the same moment leave the placement their leads say (admitted at both, then lost at both: none)', async () => {
  for (let round = 0; round < 5; round++) {
    const form = aForm({ student: { ...aForm().student, name: `学生${round}`, idNumber: idNumber('20110317', 101 + 2 * round) } });
    const { formId } = await expectOk(choiceSubmit, form, `family-steps-${round}`);
    const leads = backend.emulator.store.find('leads', { formId }) as unknown as Lead[];
    const openidFor = (lead: Lead) =>
      lead.schoolId === 'school-xz-vocational'
        ? openidOf('schoolAdmin')
        : `seed-openid-recruiter-${(lead.recruiterStaffId ?? '').replace('staff-recruiter-', '')}`;
    for (const lead of leads) expect((await admit(backend.emulator, lead)).ok).toBe(true);
    const results = await Promise.all(leads.map((lead) => invoke(leadProgress, { id: lead._id, status: 'lost', note: '去了普通高中' }, openidFor(lead))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect({ round, placement: backend.emulator.store.getById('choiceForms', formId)?.doc.placement }).toEqual({ round, placement: 'none' });
  }
});

test('R11: the page opens on a district with figures to read — a saved sheet, else junior highs — not on one with neither that sorts first', async () => {
  const { store } = backend.emulator;
  const season = store.find('seasons', { year: 2027 })[0] as { _id: string; targets: Array<{ district: string; ownSchoolsQuota: number; total: number }> };
  // 保德县 has a total in the season but no junior high and no sheet, and sorts before every other district
  store.write([
    { collection: 'seasons', id: season._id, doc: { ...season, targets: [...season.targets, { district: '保德县', ownSchoolsQuota: 0, total: 100 }] } },
  ]);
  const opened = await expectOk(targetGet, {}, bureau);
  expect(opened.districts[0]).toBe('保德县');
  const withSheets = new Set(store.find('targetSheets', { year: 2027 }).map((s) => (s as { district: string }).district));
  expect(opened.district).toBe(opened.districts.find((d) => withSheets.has(d)));
  expect(opened.juniors.length).toBeGreaterThan(0);
  // asked for, it is shown as it is: nothing to read
  expect(await expectOk(targetGet, { district: '保德县' }, bureau)).toMatchObject({ district: '保德县', juniors: [] });
});
