import { main as juniorList } from '../../../cloudfunctions/bureau/juniorList';
import { main as juniorSave } from '../../../cloudfunctions/bureau/juniorSave';
import { main as juniorClose } from '../../../cloudfunctions/bureau/juniorClose';
import { main as targetGet } from '../../../cloudfunctions/bureau/targetGet';
import { main as targetSave } from '../../../cloudfunctions/bureau/targetSave';
import { main as targetDashboard } from '../../../cloudfunctions/bureau/targetDashboard';
import { main as auditList } from '../../../cloudfunctions/bureau/auditList';
import { main as juniorImport } from '../../../cloudfunctions/sheets/juniorImport';
import { main as choiceOptions } from '../../../cloudfunctions/family/choiceOptions';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as invitationList } from '../../../cloudfunctions/staff/invitationList';
import { main as invitationCreate } from '../../../cloudfunctions/staff/invitationCreate';
import { main as staffChange } from '../../../cloudfunctions/staff/staffChange';
import { main as visitApply } from '../../../cloudfunctions/school/visitApply';
import { main as posterCode } from '../../../cloudfunctions/junior/posterCode';
import { main as juniorProgress } from '../../../cloudfunctions/junior/juniorProgress';
import { juniorColumns } from '../../../shared/junior-registry';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';
import { csv, xlsx } from '../../helpers/sheets';

/**
 * R27: the junior highs' registry kept in the product — added, edited, closed and imported by the
 * bureau (and a district reviewer for their own district), used at once by the picker, targets,
 * invitations, visits and posters; a closed junior high keeps its history and counts.
 */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const cityReviewer = openidOf('reviewer');
const xinfuReviewer = 'seed-openid-reviewer-xinfu';
const header = [...juniorColumns];
const count = (collection: string) => backend.emulator.store.count(collection, {});
const juniorsNamed = async (name: string) => (await expectOk(juniorList, {}, bureau)).items.filter((j) => j.name === name);
const pickerNames = async () => (await expectOk(choiceOptions, {}, openidOf('student'))).juniorSchools.map((j) => j.name);

test('R27: the bureau adds a junior high; the picker, invitations and targets offer it at once; edits are based on the revision read and audited', async () => {
  expect(await pickerNames()).not.toContain('忻府区新建实验学校');
  const { id } = await expectOk(juniorSave, { name: '忻府区新建实验学校', district: '忻府区', code: '1140902099' }, bureau);
  expect(await pickerNames()).toContain('忻府区新建实验学校');
  expect((await expectOk(invitationList, {}, bureau)).juniorSchools.map((j) => j.id)).toContain(id);
  expect((await expectOk(targetGet, { district: '忻府区' }, bureau)).juniors.map((j) => j.juniorSchoolId)).toContain(id);
  // a form can name it at once
  await expectOk(choiceSubmit, aForm({ student: { ...aForm().student, juniorSchoolId: id } }), openidOf('student'));

  const [listed] = await juniorsNamed('忻府区新建实验学校');
  expect(listed).toMatchObject({ id, district: '忻府区', code: '1140902099', closed: false, version: 1 });
  await expectOk(juniorSave, { id, version: 1, name: '忻府区实验学校', district: '忻府区', code: '1140902099' }, bureau);
  // an edit based on the revision before is refused, and changes nothing
  expect(await invoke(juniorSave, { id, version: 1, name: '忻府区另一个名字', district: '忻府区', code: '1140902099' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
  expect((await juniorsNamed('忻府区实验学校'))[0]).toMatchObject({ id, version: 2 });
  const audit = await expectOk(auditList, {}, bureau);
  expect(JSON.stringify(audit)).toContain('修改初中名录');
});

test('R27: a duplicate name within a district, a taken code, control characters and over-long text are refused in Chinese, and nothing changes', async () => {
  const before = [count('juniorSchools'), count('auditLog')];
  expect(await invoke(juniorSave, { name: '忻州市第六中学', district: '忻府区', code: '1140902098' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { name: expect.stringContaining('同名') } },
  });
  expect(await invoke(juniorSave, { name: '忻府区某新学校', district: '忻府区', code: '1140902002' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { code: expect.stringContaining('另一所初中') } },
  });
  // the same name in another district is another junior high
  await expectOk(juniorSave, { name: '忻州市第六中学', district: '原平市', code: '1140981098' }, bureau);
  const refused = [
    { name: '忻府区\u0000学校', district: '忻府区', code: '1140902097' },
    { name: '忻府区\u202e学校', district: '忻府区', code: '1140902097' },
    { name: '学'.repeat(41), district: '忻府区', code: '1140902097' },
    { name: '忻府区某学校', district: '忻府区'.repeat(8), code: '1140902097' },
    { name: '忻府区某学校', district: '忻府区', code: '11409-02097' },
    { name: '忻府区某学校', district: '忻府区', code: '1'.repeat(21) },
    { name: '忻府区某学校', district: 'constructor', code: '1140902097' },
  ];
  for (const input of refused) {
    const result = await invoke(juniorSave, input, bureau);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) for (const message of Object.values(result.error.fields ?? {})) expect(message).toMatch(/[\u4e00-\u9fa5]/);
  }
  expect([count('juniorSchools'), count('auditLog')]).toEqual([(before[0] ?? 0) + 1, (before[1] ?? 0) + 1]);
});

test('R27: two clerks adding the same junior high at the same moment make one', async () => {
  const before = count('juniorSchools');
  const results = await Promise.all([
    invoke(juniorSave, { name: '忻府区同时新建学校', district: '忻府区', code: '1140902090' }, bureau),
    invoke(juniorSave, { name: '忻府区同时新建学校', district: '忻府区', code: '1140902091' }, xinfuReviewer),
    invoke(juniorSave, { name: '忻府区同时新建学校', district: '忻府区', code: '1140902092' }, bureau),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results.filter((x) => !x.ok))
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { name: expect.stringContaining('同名') } } });
  expect(count('juniorSchools')).toBe(before + 1);
});

test('R27: a district reviewer keeps only their own district’s junior highs; the city’s reviewer only reads', async () => {
  const own = await expectOk(juniorList, {}, xinfuReviewer);
  expect(own).toMatchObject({ ownDistrict: '忻府区', mayEdit: true, districts: ['忻府区'] });
  expect(new Set(own.items.map((j) => j.district))).toEqual(new Set(['忻府区']));
  await expectOk(juniorSave, { name: '忻府区东楼学校', district: '忻府区', code: '1140902080' }, xinfuReviewer);
  expect(await invoke(juniorSave, { name: '原平市东楼学校', district: '原平市', code: '1140981080' }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { district: '只能管理本区县（忻府区）的初中' } },
  });
  // another district's junior high: neither edited, moved nor closed
  const yuanping = (await expectOk(juniorList, {}, bureau)).items.find((j) => j.district === '原平市');
  if (!yuanping) throw new Error('no 原平市 junior high in the demo');
  expect(
    await invoke(juniorSave, { id: yuanping.id, version: yuanping.version, name: yuanping.name, district: '忻府区', code: yuanping.code }, xinfuReviewer),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(juniorClose, { id: yuanping.id, version: yuanping.version }, xinfuReviewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  // a junior high of their own cannot be moved to another district
  const mine = own.items[0];
  if (!mine) throw new Error('no 忻府区 junior high');
  expect(await invoke(juniorSave, { id: mine.id, version: mine.version, name: mine.name, district: '定襄县', code: mine.code }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });

  const city = await expectOk(juniorList, {}, cityReviewer);
  expect(city).toMatchObject({ ownDistrict: null, mayEdit: false });
  expect(city.items.length).toBeGreaterThan(own.items.length);
  expect(await invoke(juniorSave, { name: '忻府区西楼学校', district: '忻府区', code: '1140902081' }, cityReviewer)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await invoke(juniorImport, { fileName: 'a.csv', content: csv([header, ['忻府区西楼学校', '忻府区', '1140902081']]) }, cityReviewer)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  // a district reviewer's import: another district's rows are named and nothing is imported
  const preview = await expectOk(
    juniorImport,
    { fileName: 'a.csv', content: csv([header, ['忻府区西楼学校', '忻府区', '1140902081'], ['原平市西楼学校', '原平市', '1140981081']]) },
    xinfuReviewer,
  );
  expect(preview.problems).toEqual([{ row: 3, message: '只能导入本区县（忻府区）的初中，这一行是原平市的' }]);
});

test('R27: closing a junior high keeps its history and counts; it is no longer offered or accepted for anything new; reopened, it is', async () => {
  // a form from 忻州市第二中学初中部 before it closes
  const form = aForm();
  const receipt = await expectOk(choiceSubmit, form, openidOf('student'));
  const dashboardBefore = await expectOk(targetDashboard, { district: '忻府区' }, bureau);
  const rowBefore = dashboardBefore.juniors.find((j) => j.juniorSchoolId === 'junior-xz-2');
  expect(rowBefore?.forms).toBeGreaterThan(0);

  const [listed] = await juniorsNamed('忻州市第二中学初中部');
  if (!listed) throw new Error('demo junior high missing');
  expect(await expectOk(juniorClose, { id: 'junior-xz-2', version: listed.version }, bureau)).toEqual({ id: 'junior-xz-2', closed: true });
  expect((await juniorsNamed('忻州市第二中学初中部'))[0]).toMatchObject({ closed: true, closedOn: expect.stringMatching(/^2027/) });

  // not offered: the picker, the invitation page
  expect(await pickerNames()).not.toContain('忻州市第二中学初中部');
  expect((await expectOk(invitationList, {}, bureau)).juniorSchools.map((j) => j.id)).not.toContain('junior-xz-2');
  // not accepted: a new form, an invitation, a visit, a poster
  const another = aForm({ student: { ...aForm().student, name: '王芳', gender: 'female', idNumber: idNumber('20110402', 124) } });
  expect(await invoke(choiceSubmit, another, openidOf('guardian'))).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'student.juniorSchoolId': expect.stringContaining('已在名录中关闭') } },
  });
  expect(await invoke(invitationCreate, { role: 'juniorStaff', name: '赵老师', juniorSchoolId: 'junior-xz-2' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { juniorSchoolId: expect.stringContaining('关闭') } },
  });
  expect(
    await invoke(visitApply, { juniorSchoolId: 'junior-xz-2', day: '2027-04-28', start: '14:00', minutes: 60, visitors: '王老师' }, openidOf('schoolAdmin')),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { juniorSchoolId: expect.stringContaining('关闭') } } });
  expect(await invoke(posterCode, {}, openidOf('juniorStaff'))).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('关闭') },
  });
  // a recruiter's territory: not given to a new recruiter or to one who did not have it; kept by the one who had it
  const schoolAdmin = openidOf('schoolAdmin');
  const closedTerritory = { ok: false, error: { code: 'INVALID_INPUT', fields: { territories: expect.stringContaining('关闭') } } };
  expect(await invoke(invitationCreate, { role: 'recruiter', name: '钱老师', territories: ['junior-xz-2'] }, schoolAdmin)).toMatchObject(closedTerritory);
  expect(
    await invoke(staffChange, { staffId: 'staff-recruiter-li', action: 'territories', territories: ['junior-xf-hp', 'junior-xz-2'] }, schoolAdmin),
  ).toMatchObject(closedTerritory);
  expect(backend.emulator.store.getById('staff', 'staff-recruiter-li')?.doc).toMatchObject({ territories: ['junior-xf-hp'] });
  await expectOk(staffChange, { staffId: 'staff-recruiter-wang', action: 'territories', territories: ['junior-xz-2'] }, schoolAdmin);
  expect(backend.emulator.store.getById('staff', 'staff-recruiter-wang')?.doc).toMatchObject({ territories: ['junior-xz-2'] });

  // kept: the form that names it can still be revised keeping it; its counts, its target line, its staff's progress
  await expectOk(choiceRevise, { ...aForm({ student: form.student, choices: form.choices.slice(0, 2) }), formId: receipt.formId }, openidOf('student'));
  const rowAfter = (await expectOk(targetDashboard, { district: '忻府区' }, bureau)).juniors.find((j) => j.juniorSchoolId === 'junior-xz-2');
  expect(rowBefore).toMatchObject({ closed: false });
  expect(rowAfter).toMatchObject({ forms: rowBefore?.forms, sendingTarget: rowBefore?.sendingTarget, closed: true });
  const sheet = await expectOk(targetGet, { district: '忻府区' }, bureau);
  expect(sheet.juniors.map((j) => j.juniorSchoolId)).toContain('junior-xz-2');
  await expectOk(
    targetSave,
    {
      year: 2027,
      district: '忻府区',
      version: sheet.version,
      juniors: sheet.juniors.map((j) => ({ juniorSchoolId: j.juniorSchoolId, graduates: j.graduates ?? 0, sendingTarget: j.sendingTarget ?? 0 })),
    },
    bureau,
  );
  await expectOk(juniorProgress, {}, openidOf('juniorStaff'));
  // closed, it is not edited
  const closed = (await juniorsNamed('忻州市第二中学初中部'))[0];
  expect(
    await invoke(juniorSave, { id: 'junior-xz-2', version: closed?.version ?? 0, name: '忻州二中', district: '忻府区', code: '1140902001' }, bureau),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

  // reopened: offered again
  await expectOk(juniorClose, { id: 'junior-xz-2', version: closed?.version ?? 0, reopen: true }, bureau);
  expect(await pickerNames()).toContain('忻州市第二中学初中部');
  await expectOk(choiceSubmit, another, openidOf('guardian'));
});

test('R27: a junior highs’ sheet is previewed without writing, applied once, and imported again without changing anything', async () => {
  const content = await xlsx([
    ['学校代码', '初中名称', '所在区县', '备注'],
    ['1140902101', '忻府区新城学校', '忻府区', ''],
    ['1140981101', '原平市第三中学', '原平市', '新建'],
    // the demo's 忻州市第六中学 with a code of its own: a change
    ['1140902202', '忻州市第六中学', '忻府区', ''],
    ['1140902001', '忻州市第二中学初中部', '忻府区', ''],
  ]);
  const before = [count('juniorSchools'), count('auditLog')];
  const preview = await expectOk(juniorImport, { fileName: '初中名录.xlsx', content }, bureau);
  expect(preview).toMatchObject({
    applied: false,
    added: 2,
    changed: 1,
    unchanged: 1,
    problems: [],
    samples: {
      added: ['忻府区新城学校（忻府区）', '原平市第三中学（原平市）'],
      changed: [{ name: '忻州市第六中学（忻府区）', changes: [expect.objectContaining({ label: '学校代码', before: '1140902002', after: '1140902202' })] }],
    },
  });
  expect([count('juniorSchools'), count('auditLog')]).toEqual(before);
  expect(await pickerNames()).not.toContain('忻府区新城学校');

  const [first, second] = await Promise.all([
    invoke(juniorImport, { fileName: '初中名录.xlsx', content, confirm: true, digest: preview.digest }, bureau),
    invoke(juniorImport, { fileName: '初中名录.xlsx', content, confirm: true, digest: preview.digest }, bureau),
  ]);
  expect([first, second].filter((r) => r.ok)).toHaveLength(1);
  expect([first, second].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(count('juniorSchools')).toBe((before[0] ?? 0) + 2);
  expect(await pickerNames()).toEqual(expect.arrayContaining(['忻府区新城学校', '原平市第三中学']));
  expect((await juniorsNamed('忻州市第六中学')).find((j) => j.district === '忻府区')).toMatchObject({ code: '1140902202', version: 2 });

  const again = await expectOk(juniorImport, { fileName: '初中名录.xlsx', content }, bureau);
  expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 4, problems: [] });
  const audits = count('auditLog');
  await expectOk(juniorImport, { fileName: '初中名录.xlsx', content, confirm: true, digest: again.digest }, bureau);
  expect(count('auditLog')).toBe(audits);
});

test('R27: wrong columns, duplicates within a district (in the file and against the registry), taken codes, closed and hostile rows are named by row, and nothing is imported', async () => {
  const headless = await expectOk(
    juniorImport,
    {
      fileName: 'a.csv',
      content: csv([
        ['学校', '所在区县'],
        ['忻府区新城学校', '忻府区'],
      ]),
    },
    bureau,
  );
  expect(headless).toMatchObject({ added: 0, problems: [{ row: 1, message: expect.stringContaining('表头缺少这些列：初中名称、学校代码') }] });
  expect(await invoke(juniorImport, { fileName: 'a.csv', content: csv([['学校', '区县']]), confirm: true, digest: headless.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { content: expect.stringContaining('没有写入任何内容') } },
  });

  await expectOk(juniorClose, { id: 'junior-xf-yq', version: 1 }, bureau);
  const content = csv(
    [
      header,
      ['忻府区新城学校', '忻府区', '1140902101'],
      ['忻府区新城学校', '忻府区', '1140902102'],
      ['忻府区新城学校', '原平市', '1140981102'],
      ['忻府区南城学校', '忻府区', '1140902101'],
      ['忻府区西城学校', '忻府区', '1140902002'],
      ['忻府区董村初级中学', '忻府区', '1140902012'],
      ['忻府区\u0007学校', '忻府区', '1140902103'],
      ['学'.repeat(41), '忻府区', '1140902104'],
      ['忻府区北城学校', '', '1140902105'],
      ['忻府区东城学校', '忻府区', '11409-02106'],
      ['', '', ''],
    ],
    'gb18030',
  );
  const before = [count('juniorSchools'), count('auditLog'), count('planClaims')];
  const preview = await expectOk(juniorImport, { fileName: '初中.csv', content }, bureau);
  expect(preview.problems).toEqual([
    { row: 3, message: '与第 2 行重复：同一区县不能有两所同名的初中' },
    { row: 5, message: '学校代码与第 2 行相同' },
    { row: 6, message: '学校代码 1140902002 已是名录中忻州市第六中学（忻府区）的' },
    { row: 7, message: expect.stringContaining('已关闭') },
    { row: 8, message: '请不要输入不可见的控制字符' },
    { row: 9, message: '初中名称请不超过 40 个字' },
    { row: 10, message: '所在区县为空' },
    { row: 11, message: '学校代码只能由数字和字母组成，2–20 位' },
  ]);
  // row 4: the same name in another district is another junior high
  expect(preview).toMatchObject({ added: 2 });
  expect(await invoke(juniorImport, { fileName: '初中.csv', content, confirm: true, digest: preview.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect([count('juniorSchools'), count('auditLog'), count('planClaims')]).toEqual(before);
  expect(await invoke(juniorImport, { fileName: '初中.pdf', content }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { fileName: '请上传 .xlsx 或 .csv 表格' } },
  });
  expect(await invoke(juniorImport, { fileName: '初中.xlsx', content: Buffer.from('not a workbook').toString('base64') }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { content: expect.stringContaining('无法读取') } },
  });
  // a registry changed after the preview: the confirmation is refused
  const fine = csv([header, ['忻府区新城学校', '忻府区', '1140902101']]);
  const ok = await expectOk(juniorImport, { fileName: 'b.csv', content: fine }, bureau);
  await expectOk(juniorSave, { name: '忻府区新城学校', district: '忻府区', code: '1140902109' }, bureau);
  expect(await invoke(juniorImport, { fileName: 'b.csv', content: fine, confirm: true, digest: ok.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});
