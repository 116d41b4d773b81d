import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as inboxList } from '../../../cloudfunctions/public/inboxList';
import { main as registryImport } from '../../../cloudfunctions/sheets/registryImport';
import { importColumns } from '../../../shared/registry-import';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm } from '../../helpers/forms';
import { csv, xlsx } from '../../helpers/sheets';

/** R22: the province's lists imported from a spreadsheet — previewed, confirmed, idempotent — with their R1 and R5 effects. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const schoolsHeader = [...importColumns.schools];
const majorsHeader = [...importColumns.majors];
// 忻州市职业技术学校 fails its inspection this year; a new school joins
const twoSchools = [
  schoolsHeader,
  ['忻州市职业技术学校', '市属', '忻府区', '忻州市忻府区和平街 88 号', '0350-3031234', 2027, '有', '未通过', '晋教职〔2027〕12号'],
  ['忻州市新兴职业学校', '区县属', '忻府区', '忻府区新兴路 1 号', '0350-3999999', 2027, '有', '通过', '晋教职〔2027〕12号'],
];
const count = (collection: string) => backend.emulator.store.count(collection, {});

test('R22: a two-school qualification sheet is previewed without writing, confirmed, and imported again without changing anything', async () => {
  const content = await xlsx(twoSchools);
  const before = [count('schools'), count('auditLog')];
  const preview = await expectOk(registryImport, { kind: 'schools', fileName: '2027年招生资质名单.xlsx', content }, bureau);
  expect(preview).toMatchObject({
    applied: false,
    added: 1,
    changed: 1,
    unchanged: 0,
    problems: [],
    samples: {
      added: ['忻州市新兴职业学校'],
      changed: [{ name: '忻州市职业技术学校', changes: expect.arrayContaining([expect.objectContaining({ label: '招生资质' })]) }],
    },
  });
  expect([count('schools'), count('auditLog')]).toEqual(before);

  const applied = await expectOk(
    registryImport,
    { kind: 'schools', fileName: '2027年招生资质名单.xlsx', content, confirm: true, digest: preview.digest },
    bureau,
  );
  expect(applied).toMatchObject({ applied: true, added: 1, changed: 1 });
  expect(count('schools')).toBe((before[0] ?? 0) + 1);
  // R1: at once out of the families' list, its choices refused, its admins told
  expect((await expectOk(brochureList, {}, openidOf('guardian'))).items.map((i) => i.id)).not.toContain('brochure-xz-vocational-v2');
  expect(await invoke(choiceSubmit, aForm(), openidOf('student'))).toMatchObject({
    ok: false,
    error: { fields: { 'choices.0': expect.stringContaining('资质') } },
  });
  expect((await expectOk(inboxList, {}, openidOf('schoolAdmin'))).items.map((m) => m.title)).toContain('本校2027年招生资质已变更');

  const again = await expectOk(registryImport, { kind: 'schools', fileName: '2027年招生资质名单.xlsx', content }, bureau);
  expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
  const audits = count('auditLog');
  await expectOk(registryImport, { kind: 'schools', fileName: '2027年招生资质名单.xlsx', content, confirm: true, digest: again.digest }, bureau);
  expect(count('auditLog')).toBe(audits);
});

test('R22: wrong rows are named by row in Chinese, and a sheet with any of them is not imported at all', async () => {
  const content = csv([
    schoolsHeader,
    ['忻州市新兴职业学校', '民办', '忻府区', '新兴路 1 号', '12345', 2027, '有', '通过', ''],
    ['忻州市新兴职业学校二', '区县属', '忻府区', '新兴路 2 号', '0350-3999998', 2027, '有', '通过', ''],
    ['忻州市新兴职业学校二', '区县属', '忻府区', '新兴路 2 号', '0350-3999998', 2027, '有', '通过', ''],
  ]);
  const preview = await expectOk(registryImport, { kind: 'schools', fileName: 'list.csv', content }, bureau);
  expect(preview.problems).toEqual([
    { row: 2, message: expect.stringContaining('办学类别应为“市属”或“区县属”') },
    { row: 4, message: '与第 3 行重复' },
  ]);
  expect(preview.problems[0]?.message).toContain('请填写正确的手机号或带区号的固定电话');
  const schools = count('schools');
  expect(await invoke(registryImport, { kind: 'schools', fileName: 'list.csv', content, confirm: true, digest: preview.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { content: expect.stringContaining('没有写入任何内容') } },
  });
  expect(count('schools')).toBe(schools);
  const headless = await expectOk(registryImport, { kind: 'schools', fileName: 'list.csv', content: csv([['学校', '区县']]) }, bureau);
  expect(headless.problems).toEqual([{ row: 1, message: expect.stringContaining('表头缺少这些列') }]);
  expect(await invoke(registryImport, { kind: 'schools', fileName: 'list.pdf', content }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { fileName: '请上传 .xlsx 或 .csv 表格' } },
  });
  expect(
    await invoke(registryImport, { kind: 'schools', fileName: 'list.xlsx', content: Buffer.from('not a workbook').toString('base64') }, bureau),
  ).toMatchObject({ ok: false, error: { fields: { content: expect.stringContaining('无法读取') } } });
});

test('R5: filed majors from a GB18030 CSV; an unfiled one takes no choices; a major of a school not in the registry is named', async () => {
  const content = csv(
    [
      majorsHeader,
      ['忻州市职业技术学校', '忻府区', '计算机应用', '信息技术类', 3, '三年制', '否', ''],
      ['忻州市职业技术学校', '忻府区', '无人机应用', '装备制造类', 3, '3+2', '是', '晋职专备2027-118'],
      ['不存在的学校', '忻府区', '护理', '医药卫生类', 3, '三年制', '是', '晋职专备2027-119'],
    ],
    'gb18030',
  );
  const preview = await expectOk(registryImport, { kind: 'majors', fileName: '专业备案.csv', content }, bureau);
  expect(preview).toMatchObject({ added: 1, changed: 1, problems: [{ row: 4, message: '名录中没有这所学校：不存在的学校（忻府区）；请先导入或添加学校' }] });
  const fixed = csv(
    [
      majorsHeader,
      ['忻州市职业技术学校', '忻府区', '计算机应用', '信息技术类', 3, '三年制', '否', ''],
      ['忻州市职业技术学校', '忻府区', '无人机应用', '装备制造类', 3, '3+2', '是', '晋职专备2027-118'],
    ],
    'gb18030',
  );
  const ready = await expectOk(registryImport, { kind: 'majors', fileName: '专业备案.csv', content: fixed }, bureau);
  await expectOk(registryImport, { kind: 'majors', fileName: '专业备案.csv', content: fixed, confirm: true, digest: ready.digest }, bureau);
  expect(backend.emulator.store.getById('majors', 'major-xz-001')?.doc).toMatchObject({ filed: false });
  expect(await invoke(choiceSubmit, aForm(), openidOf('student'))).toMatchObject({
    ok: false,
    error: { fields: { 'choices.0': '该专业未经教育行政部门备案，不能招生' } },
  });
});

test('R22: a confirmation applies only what was previewed; an import stopped midway is completed by importing the same file again', async () => {
  const content = await xlsx(twoSchools);
  const preview = await expectOk(registryImport, { kind: 'schools', fileName: 'a.xlsx', content }, bureau);
  expect(await invoke(registryImport, { kind: 'schools', fileName: 'a.xlsx', content, confirm: true, digest: 'another-preview' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
  // the registry changed after the preview (someone imported the first row meanwhile): the old preview no longer applies
  const firstOnly = await xlsx(twoSchools.slice(0, 2));
  const partial = await expectOk(registryImport, { kind: 'schools', fileName: 'b.xlsx', content: firstOnly }, bureau);
  await expectOk(registryImport, { kind: 'schools', fileName: 'b.xlsx', content: firstOnly, confirm: true, digest: partial.digest }, bureau);
  expect(await invoke(registryImport, { kind: 'schools', fileName: 'a.xlsx', content, confirm: true, digest: preview.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
  // previewing the whole file again shows only what is left, and applying it completes the import
  const rest = await expectOk(registryImport, { kind: 'schools', fileName: 'a.xlsx', content }, bureau);
  expect(rest).toMatchObject({ added: 1, changed: 0, unchanged: 1 });
  await expectOk(registryImport, { kind: 'schools', fileName: 'a.xlsx', content, confirm: true, digest: rest.digest }, bureau);
  expect(await expectOk(registryImport, { kind: 'schools', fileName: 'a.xlsx', content }, bureau)).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
});
