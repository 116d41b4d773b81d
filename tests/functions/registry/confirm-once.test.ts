import { main as registryImport } from '../../../cloudfunctions/sheets/registryImport';
import { main as registrySchool } from '../../../cloudfunctions/bureau/registrySchool';
import { main as schoolSave } from '../../../cloudfunctions/bureau/schoolSave';
import { importColumns } from '../../../shared/registry-import';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { csv, xlsx } from '../../helpers/sheets';

/**
 * Every confirmation of a previewed plan is claimed once: two confirmations of one preview at the
 * same moment apply it once — one audit line per record, one notice per school that loses its
 * qualification — and the other is told it was already applied. The only action confirming a
 * previewed plan is `registryImport` (both of its kinds).
 */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const count = (collection: string, where: Record<string, unknown> = {}) => backend.emulator.store.count(collection, where);

// 忻州市职业技术学校 loses this year's qualification (its admins are told); a new school joins
const schools = [
  [...importColumns.schools],
  ['忻州市职业技术学校', '市属', '忻府区', '忻州市忻府区和平街 88 号', '0350-3031234', 2027, '有', '未通过', '晋教职〔2027〕12号'],
  ['忻州市新兴职业学校', '区县属', '忻府区', '忻府区新兴路 1 号', '0350-3999999', 2027, '有', '通过', '晋教职〔2027〕12号'],
];
const majors = [
  [...importColumns.majors],
  ['忻州市职业技术学校', '忻府区', '计算机应用', '信息技术类', 3, '三年制', '否', ''],
  ['忻州市职业技术学校', '忻府区', '无人机应用', '装备制造类', 3, '3+2', '是', '晋职专备2027-118'],
];

test.each([
  ['schools', 'list.xlsx', () => xlsx(schools)],
  ['majors', 'majors.csv', async () => csv(majors)],
] as const)('R22: two confirmations of one %s preview at once apply it once; the other is told it was already applied', async (kind, fileName, file) => {
  const content = await file();
  const preview = await expectOk(registryImport, { kind, fileName, content }, bureau);
  expect(preview.added + preview.changed).toBe(2);
  const [audits, outbox, inbox] = [count('auditLog'), count('outbox'), count('inbox')];
  const answers = await Promise.all([0, 1].map(() => invoke(registryImport, { kind, fileName, content, confirm: true, digest: preview.digest }, bureau)));
  expect(answers.filter((a) => a.ok)).toEqual([expect.objectContaining({ data: expect.objectContaining({ applied: true, added: 1, changed: 1 }) })]);
  expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringContaining('已经确认') } });
  // one line per record written and one for the import, once
  expect(count('auditLog') - audits).toBe(3);
  expect(count('auditLog', { action: 'registry.import' })).toBe(1);
  // the school that lost its qualification hears once (schools only)
  expect(count('outbox') + count('inbox') - outbox - inbox).toBe(kind === 'schools' ? 1 : 0);
  // and later: the same preview confirmed again changes nothing
  expect(await invoke(registryImport, { kind, fileName, content, confirm: true, digest: preview.digest }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
  expect(count('auditLog') - audits).toBe(3);
});

test('R22: an import changes the revision of what it writes: an editor opened before it cannot overwrite it unseen', async () => {
  const { version, school } = await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau);
  const content = await xlsx(schools);
  const preview = await expectOk(registryImport, { kind: 'schools', fileName: 'list.xlsx', content }, bureau);
  await expectOk(registryImport, { kind: 'schools', fileName: 'list.xlsx', content, confirm: true, digest: preview.digest }, bureau);
  const { id, qualifications, ...fields } = school;
  const stale = await invoke(
    schoolSave,
    { id, version, ...fields, qualification: { year: 2027, qualified: true, inspectionPassed: true, reference: '' } },
    bureau,
  );
  expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(backend.emulator.store.getById('schools', 'school-xz-vocational')?.doc).toMatchObject({ phone: '0350-3031234' });
});
