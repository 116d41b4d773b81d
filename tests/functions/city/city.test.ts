import { main as cityGet } from '../../../cloudfunctions/bureau/cityGet';
import { main as citySave } from '../../../cloudfunctions/bureau/citySave';
import { main as auditList } from '../../../cloudfunctions/bureau/auditList';
import { main as schoolSave } from '../../../cloudfunctions/bureau/schoolSave';
import { main as juniorSave } from '../../../cloudfunctions/bureau/juniorSave';
import { main as targetSave } from '../../../cloudfunctions/bureau/targetSave';
import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonSave } from '../../../cloudfunctions/bureau/seasonSave';
import { main as staffList } from '../../../cloudfunctions/staff/staffList';
import { main as monthlyReportList } from '../../../cloudfunctions/bureau/monthlyReportList';
import { main as invitationCreate } from '../../../cloudfunctions/staff/invitationCreate';
import { main as registryImport } from '../../../cloudfunctions/sheets/registryImport';
import { main as juniorImport } from '../../../cloudfunctions/sheets/juniorImport';
import { cityNames } from '../../../cloudfunctions/domains/city/city';
import { juniorColumns } from '../../../shared/junior-registry';
import { importColumns } from '../../../shared/registry-import';
import { csv } from '../../helpers/sheets';
import type { CitySettings } from '../../../shared/records/city';
import type { SeasonSettings } from '../../../shared/records/season';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/**
 * R27: the city's name, its bureau's, the signature and the districts are set by the bureau admin in
 * the product (城市与区县): saved on the revision read, audited, and a district still in use cannot
 * be renamed or removed.
 */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const cityReviewer = openidOf('reviewer');
const count = (collection: string) => backend.emulator.store.count(collection, {});

async function current(): Promise<{ version: number; settings: CitySettings }> {
  const c = await expectOk(cityGet, {}, bureau);
  return {
    version: c.version,
    settings: { name: c.name, bureauName: c.bureauName, signature: c.signature, districts: c.districts.map(({ name, bureauName }) => ({ name, bureauName })) },
  };
}

test('R27: the bureau admin reads and saves the city on the revision read; a stale save is refused; the change is audited and every action reads it', async () => {
  const { version, settings } = await current();
  expect(version).toBe(1);
  expect(settings.districts.length).toBeGreaterThan(3);
  const view = await expectOk(cityGet, {}, bureau);
  // a district in use says by what
  expect(view.districts.find((d) => d.uses > 0)?.usedBy).toMatch(/所学校|所初中/);
  await cityNames(); // this instance keeps the city ...
  const next = {
    ...settings,
    name: '某某市',
    bureauName: '某某市教育局',
    signature: '某某市教育局（盖章）',
    districts: [...settings.districts, { name: '新设区', bureauName: '新设区教育局' }],
  };
  expect(await expectOk(citySave, { version, settings: next }, bureau)).toEqual({ version: 2 });
  // ... and reads it afresh after a save
  expect(await cityNames()).toMatchObject({ set: true, name: '某某市', bureauName: '某某市教育局', signature: '某某市教育局（盖章）' });
  expect((await current()).settings).toEqual(next);
  // based on the revision before: refused, nothing changes
  const before = count('auditLog');
  expect(await invoke(citySave, { version, settings: { ...next, name: '另一个市' } }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('刚刚被他人修改过') },
  });
  expect(count('auditLog')).toBe(before);
  expect((await current()).settings.name).toBe('某某市');
  const audit = JSON.stringify(await expectOk(auditList, {}, bureau));
  expect(audit).toContain('修改城市与区县');
  expect(audit).toContain('新设区');
  // a city reviewer reads the districts (the pages that offer one) but cannot save
  expect((await expectOk(cityGet, {}, cityReviewer)).editable).toBe(false);
  expect(await invoke(citySave, { version: 2, settings: next }, cityReviewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R27: a district that schools, junior highs, staff or targets still name cannot be renamed or removed — the refusal says how many use it; an unused one can', async () => {
  const { version, settings } = await current();
  const renamed = { ...settings, districts: settings.districts.map((d) => (d.name === '忻府区' ? { ...d, name: '忻府新区' } : d)) };
  const at = settings.districts.findIndex((d) => d.name === '忻府区');
  const refusal = await invoke(citySave, { version, settings: renamed }, bureau);
  expect(refusal).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      fields: {
        [`settings.districts.${at}.name`]: expect.stringMatching(/忻府区仍有 \d+ 所学校、\d+ 所初中、\d+ 名工作人员、\d+ 份送培目标 在用，不能改名或删除/),
      },
    },
  });
  const removed = { ...settings, districts: settings.districts.filter((d) => d.name !== '原平市') };
  expect(await invoke(citySave, { version, settings: removed }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'settings.districts': expect.stringContaining('原平市仍有') } },
  });
  expect((await current()).version).toBe(version);
  // 偏关县 has no school, junior high, staff or target: it may go, and its bureau may be renamed
  const unused = {
    ...settings,
    districts: settings.districts.filter((d) => d.name !== '偏关县').map((d) => (d.name === '忻府区' ? { ...d, bureauName: '忻府区教育科技局' } : d)),
  };
  await expectOk(citySave, { version, settings: unused }, bureau);
  expect((await current()).settings.districts.map((d) => d.name)).not.toContain('偏关县');
});

test('R27: control characters, over-long text, duplicate district names and an empty list are refused with coded Chinese errors, and nothing changes', async () => {
  const { version, settings } = await current();
  const before = [count('auditLog'), JSON.stringify(await current())];
  const refused = async (change: Partial<CitySettings>, field: string, message: RegExp) => {
    const result = await invoke(citySave, { version, settings: { ...settings, ...change } }, bureau);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.stringMatching(message) } } });
  };
  await refused({ name: '某某\u0000市' }, 'settings.name', /控制字符/);
  await refused({ bureauName: '教'.repeat(31) }, 'settings.bureauName', /不超过 30 个字/);
  await refused({ signature: '' }, 'settings.signature', /请填写落款/);
  await refused({ districts: [] }, 'settings.districts', /至少填写一个区县/);
  await refused(
    { districts: [...settings.districts, { name: '忻府区', bureauName: '另一个教育局' }] },
    `settings.districts.${settings.districts.length}.name`,
    /重名/,
  );
  await refused({ districts: [{ name: '区\u202e县', bureauName: '某教育局' }] }, 'settings.districts.0.name', /控制字符/);
  await refused({ districts: [{ name: 'a.b', bureauName: '某教育局' }] }, 'settings.districts.0.name', /不能含有/);
  expect([count('auditLog'), JSON.stringify(await current())]).toEqual(before);
});

test('R27: every action that takes a district refuses one the city does not have, under its field or its row, and writes nothing; a district just added is taken at once', async () => {
  const unknown = '没有这个区县';
  const said = expect.stringContaining(`本市没有“${unknown}”这个区县`);
  const refusedUnder = async (main: Parameters<typeof invoke>[0], input: unknown, field: string) => {
    expect(await invoke(main, input, bureau)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: said } } });
  };
  const before = ['schools', 'juniorSchools', 'targetSheets', 'invitations', 'auditLog'].map(count);
  const school = {
    version: 0,
    name: '某某职业学校',
    kind: 'district',
    district: unknown,
    phone: '0350-3999999',
    campuses: [{ name: '本部', address: '某某路 1 号' }],
    qualification: { year: 2027, qualified: true, inspectionPassed: true, reference: '' },
  };
  await refusedUnder(schoolSave, school, 'district');
  await refusedUnder(juniorSave, { name: '某某初级中学', district: unknown, code: '1149999001' }, 'district');
  await refusedUnder(targetSave, { year: 2027, district: unknown, version: 0, juniors: [] }, 'district');
  await refusedUnder(invitationCreate, { role: 'reviewer', name: '施科长', level: 'district', district: unknown }, 'district');
  const season = await expectOk(seasonGet, {}, bureau);
  const withTarget: SeasonSettings = { ...season.settings, targets: [...season.settings.targets, { district: unknown, ownSchoolsQuota: 0, total: 100 }] };
  await refusedUnder(seasonSave, { year: 2027, version: season.version, settings: withTarget }, `settings.targets.${season.settings.targets.length}.district`);
  // imports: the row with the unknown district is named by its number
  const schoolsSheet = csv([[...importColumns.schools], ['某某职业学校', '区县属', unknown, '某某路 1 号', '0350-3999999', 2027, '有', '通过', '']]);
  expect((await expectOk(registryImport, { kind: 'schools', fileName: 'schools.csv', content: schoolsSheet }, bureau)).problems).toEqual([
    { row: 2, message: said },
  ]);
  const juniorsSheet = csv([[...juniorColumns], ['忻府区某某学校', '忻府区', '1140902097'], ['某某初级中学', unknown, '1149999001']]);
  expect((await expectOk(juniorImport, { fileName: 'juniors.csv', content: juniorsSheet }, bureau)).problems).toEqual([{ row: 3, message: said }]);
  expect(['schools', 'juniorSchools', 'targetSheets', 'invitations', 'auditLog'].map(count)).toEqual(before);

  // the bureau adds the district: this instance takes it at once
  const { version, settings } = await current();
  await expectOk(
    citySave,
    { version, settings: { ...settings, districts: [...settings.districts, { name: unknown, bureauName: `${unknown}教育局` }] } },
    bureau,
  );
  await expectOk(juniorSave, { name: '某某初级中学', district: unknown, code: '1149999001' }, bureau);
  await expectOk(schoolSave, school, bureau);
});

test('R27: the units staff and reports are named by are the bureaus as the city names them', async () => {
  const { version, settings } = await current();
  const renamed = {
    ...settings,
    bureauName: '某某市教育体育局',
    districts: settings.districts.map((d) => (d.name === '忻府区' ? { ...d, bureauName: '忻府区教育科技局' } : d)),
  };
  await expectOk(citySave, { version, settings: renamed }, bureau);
  const units = (await expectOk(staffList, {}, bureau)).items.map((s) => s.unit);
  expect(units).toContain('某某市教育体育局');
  expect(units).toContain('忻府区教育科技局');
  expect(units.join()).not.toMatch(/(^|,)市教育局/);
  process.env.LOCAL_EMULATOR_NOW = '2027-09-10T10:00:00+08:00';
  expect((await expectOk(monthlyReportList, { month: 9 }, bureau)).units.map((u) => u.unitName)).toContain('忻府区教育科技局');
});
