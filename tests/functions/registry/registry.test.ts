import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as inboxList } from '../../../cloudfunctions/public/inboxList';
import { main as majorSave } from '../../../cloudfunctions/bureau/majorSave';
import { main as registryList } from '../../../cloudfunctions/bureau/registryList';
import { main as registrySchool } from '../../../cloudfunctions/bureau/registrySchool';
import { main as schoolSave } from '../../../cloudfunctions/bureau/schoolSave';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm } from '../../helpers/forms';

/** R22 with R1 and R5: the bureau's registry, and what a change in it does at once everywhere. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const family = openidOf('guardian');

async function schoolAsEdited(id: string) {
  const { school, version } = await expectOk(registrySchool, { id }, bureau);
  const { id: _id, qualifications, ...fields } = school;
  const q = qualifications.find((x) => x.year === 2027) ?? { year: 2027, qualified: true, inspectionPassed: true, reference: '' };
  return { id, version, ...fields, qualification: q };
}

test('R22: the bureau lists and searches the registry with this year’s qualification', async () => {
  const all = await expectOk(registryList, {}, bureau);
  expect(all).toMatchObject({ year: 2027, total: 6 });
  expect(all.items.find((s) => s.id === 'school-huaxin-training')).toMatchObject({ qualified: false, inspectionPassed: false });
  expect(all.items.find((s) => s.id === 'school-xz-vocational')).toMatchObject({ qualified: true, majors: 4 });
  expect((await expectOk(registryList, { keyword: '原平' }, bureau)).items.map((s) => s.name)).toEqual(['原平市职业技术学校']);
});

test('R1: a school that loses this year’s qualification leaves the list and refuses choices at once, and its admins are told', async () => {
  const edited = await schoolAsEdited('school-xz-vocational');
  await expectOk(schoolSave, { ...edited, qualification: { ...edited.qualification, inspectionPassed: false, reference: '晋教职〔2027〕3号' } }, bureau);
  expect((await expectOk(brochureList, {}, family)).items.map((i) => i.id)).not.toContain('brochure-xz-vocational-v2');
  expect(await invoke(choiceSubmit, aForm(), openidOf('student'))).toMatchObject({
    ok: false,
    error: { fields: { 'choices.0': '该学校不具备本年度招生资质或未通过年检' } },
  });
  expect((await expectOk(inboxList, {}, openidOf('schoolAdmin'))).items).toEqual([expect.objectContaining({ title: '本校2027年招生资质已变更' })]);
  // history with who, before and after
  const { history } = await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau);
  expect(history[0]).toMatchObject({
    actorName: '吴主任',
    action: '修改学校名录',
    changes: expect.arrayContaining([expect.objectContaining({ label: '招生资质' })]),
  });
  // an edit based on the version before that change is refused; on the latest, qualified again: back in the list
  expect(await invoke(schoolSave, { ...edited, qualification: { ...edited.qualification, inspectionPassed: true } }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('刷新') },
  });
  await expectOk(schoolSave, { ...(await schoolAsEdited('school-xz-vocational')), qualification: { ...edited.qualification, inspectionPassed: true } }, bureau);
  expect((await expectOk(brochureList, {}, family)).items.map((i) => i.id)).toContain('brochure-xz-vocational-v2');
});

test('R5: a major unfiled in the registry takes no new choices from the next call on; a filed major needs its filing number', async () => {
  await expectOk(
    majorSave,
    {
      id: 'major-xz-001',
      version: 1,
      schoolId: 'school-xz-vocational',
      name: '计算机应用',
      category: '信息技术类',
      durationYears: 3,
      mode: 'three-year',
      filed: false,
    },
    bureau,
  );
  expect(await invoke(choiceSubmit, aForm(), openidOf('student'))).toMatchObject({
    ok: false,
    error: { fields: { 'choices.0': '该专业未经教育行政部门备案，不能招生' } },
  });
  expect(
    await invoke(
      majorSave,
      { schoolId: 'school-xz-vocational', name: '无人机应用', category: '装备制造类', durationYears: 3, mode: 'three-year', filed: true },
      bureau,
    ),
  ).toMatchObject({ ok: false, error: { fields: { filingNumber: '已备案的专业请填写备案编号' } } });
  const { id } = await expectOk(
    majorSave,
    {
      schoolId: 'school-xz-vocational',
      name: '无人机应用',
      category: '装备制造类',
      durationYears: 3,
      mode: 'three-year',
      filed: true,
      filingNumber: '晋职专备2027-118',
    },
    bureau,
  );
  expect((await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau)).majors.map((m) => m.id)).toContain(id);
  expect(
    await invoke(
      majorSave,
      { schoolId: 'school-xz-vocational', name: '无人机应用', category: '装备制造类', durationYears: 3, mode: 'three-year', filed: false },
      bureau,
    ),
  ).toMatchObject({ ok: false, error: { fields: { name: '本校已有同名专业' } } });
});

test('R22: a new school joins the registry; bad input is refused field by field and writes nothing', async () => {
  const school = {
    name: '忻州市新兴职业学校',
    kind: 'district',
    district: '忻府区',
    phone: '0350-3999999',
    campuses: [{ name: '本部', address: '新兴路 1 号' }],
    qualification: { year: 2027, qualified: true, inspectionPassed: true, reference: '晋教职〔2027〕3号' },
  };
  const { id } = await expectOk(schoolSave, school, bureau);
  expect((await expectOk(registryList, { keyword: '新兴' }, bureau)).items).toEqual([
    expect.objectContaining({ id, qualified: true, reference: '晋教职〔2027〕3号', majors: 0 }),
  ]);
  expect(await invoke(schoolSave, school, bureau)).toMatchObject({ ok: false, error: { fields: { name: '名录中已有同名同区县的学校' } } });
  const before = backend.emulator.store.count('schools', {});
  for (const bad of [
    { ...school, name: '新\u0000兴' },
    { ...school, phone: '12345' },
    { ...school, campuses: [] },
    { ...school, kind: 'private' },
    { ...school, id: 'school-none' },
  ]) {
    const result = await invoke(schoolSave, bad, bureau);
    expect(result.ok).toBe(false);
  }
  expect(backend.emulator.store.count('schools', {})).toBe(before);
  expect(await invoke(schoolSave, { ...school, id: 'school-none' }, bureau)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});
