import { main as brochureMine } from '../../../cloudfunctions/school/brochureMine';
import { main as brochureSave } from '../../../cloudfunctions/school/brochureSave';
import { main as majorSave } from '../../../cloudfunctions/bureau/majorSave';
import { main as monthlyReportGet } from '../../../cloudfunctions/staff/monthlyReportGet';
import { main as monthlyReportList } from '../../../cloudfunctions/bureau/monthlyReportList';
import { main as monthlyReportReturn } from '../../../cloudfunctions/bureau/monthlyReportReturn';
import { main as monthlyReportSubmit } from '../../../cloudfunctions/staff/monthlyReportSubmit';
import { main as registrySchool } from '../../../cloudfunctions/bureau/registrySchool';
import { main as schoolSave } from '../../../cloudfunctions/bureau/schoolSave';
import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonNarrow } from '../../../cloudfunctions/bureau/seasonNarrow';
import { main as seasonSave } from '../../../cloudfunctions/bureau/seasonSave';
import { main as targetGet } from '../../../cloudfunctions/bureau/targetGet';
import { main as targetSave } from '../../../cloudfunctions/bureau/targetSave';
import { demoSeason } from '../../../emulator/seed/season';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/**
 * A version is never a time. The server's clock is frozen here (as it is whenever two saves land in
 * one millisecond, or instances' clocks are skewed): every edit checked against what was read must
 * still refuse a save based on a read that is no longer current, and every "latest" must still be
 * the latest.
 */
freshBackendPerTest('2027-09-15T10:00:00+08:00');
const bureau = openidOf('bureauAdmin');
const xinfuReviewer = 'seed-openid-reviewer-xinfu';
const admin = openidOf('schoolAdmin');
const { _id, year, districts, updatedAt, revision, ...settings } = demoSeason;

type Answer = { ok: boolean; error?: { code: string } };
interface Editor {
  /** reads the record as an editor opens it: its version */
  load(): Promise<number>;
  /** saves edit number `n` based on `version` */
  save(version: number, n: number): Promise<Answer>;
  /** which edit the stored record holds now */
  stored(): Promise<number>;
}

const editors: Record<string, Editor> = {
  brochureSave: {
    load: async () => (await expectOk(brochureMine, {}, admin)).editing.revision,
    save: async (revision, n) => {
      const { facts } = (await expectOk(brochureMine, {}, admin)).editing;
      return invoke(brochureSave, { facts: { ...facts, title: `忻州市职业技术学校招生简章（第${n}稿）` }, revision }, admin);
    },
    stored: async () => Number((await expectOk(brochureMine, {}, admin)).editing.facts.title.match(/第(\d)稿/)?.[1] ?? -1),
  },
  seasonSave: {
    load: async () => (await expectOk(seasonGet, {}, bureau)).version,
    save: (version, n) => invoke(seasonSave, { year: 2027, version, settings: { ...settings, admissionChoiceDays: n } }, bureau),
    stored: async () => (await expectOk(seasonGet, {}, bureau)).settings.admissionChoiceDays,
  },
  seasonNarrow: {
    load: async () => (await expectOk(seasonGet, {}, xinfuReviewer)).version,
    save: (version, n) =>
      invoke(seasonNarrow, { year: 2027, version, narrowing: { admission: { start: '2027-06-01', end: `2027-10-${10 + n}` } } }, xinfuReviewer),
    stored: async () => Number((await expectOk(seasonGet, {}, xinfuReviewer)).districts['忻府区']?.admission?.end.slice(-2)) - 10,
  },
  schoolSave: {
    load: async () => (await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau)).version,
    save: async (version, n) => {
      const { school } = await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau);
      const { id, qualifications, ...fields } = school;
      const qualification = qualifications.find((q) => q.year === 2027) ?? { year: 2027, qualified: true, inspectionPassed: true, reference: '' };
      return invoke(schoolSave, { id, version, ...fields, phone: `0350-312987${n}`, qualification }, bureau);
    },
    stored: async () => Number((await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau)).school.phone.slice(-1)),
  },
  majorSave: {
    load: async () => (await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau)).majors.find((m) => m.id === 'major-xz-001')?.version ?? -1,
    save: (version, n) =>
      invoke(
        majorSave,
        {
          id: 'major-xz-001',
          version,
          schoolId: 'school-xz-vocational',
          name: '计算机应用',
          category: `信息技术类${n}`,
          durationYears: 3,
          mode: 'three-year',
          filed: true,
          filingNumber: '忻教职专备〔2027〕001号',
        },
        bureau,
      ),
    stored: async () =>
      Number((await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau)).majors.find((m) => m.id === 'major-xz-001')?.category.slice(-1)),
  },
  targetSave: {
    load: async () => (await expectOk(targetGet, { district: '忻府区' }, bureau)).version,
    save: async (version, n) => {
      const { juniors } = await expectOk(targetGet, { district: '忻府区' }, bureau);
      const lines = juniors.map((j) => ({ juniorSchoolId: j.juniorSchoolId, graduates: j.graduates ?? 0, sendingTarget: j.sendingTarget ?? 0 }));
      lines[0] = { ...lines[0]!, sendingTarget: n };
      return invoke(targetSave, { year: 2027, district: '忻府区', version, juniors: lines }, bureau);
    },
    stored: async () => (await expectOk(targetGet, { district: '忻府区' }, bureau)).juniors[0]?.sendingTarget ?? -1,
  },
};

test.each(Object.keys(editors))(
  'R3, R21, R22, R11: %s — a save based on a read that is no longer current is refused within one instant, and overwrites nothing',
  async (name) => {
    const editor = editors[name]!;
    const first = await editor.load();
    expect((await editor.save(first, 1)).ok).toBe(true);
    const second = await editor.load();
    expect(second).not.toBe(first);
    expect((await editor.save(second, 2)).ok).toBe(true);
    // the clock has not moved; the version read before the second save is stale all the same
    expect(await editor.save(second, 3)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await editor.save(first, 4)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await editor.stored()).toBe(2);
    // two saves at once from the same read: one stands, the other is told to refresh
    const current = await editor.load();
    const both = await Promise.all([editor.save(current, 5), editor.save(current, 6)]);
    expect(both.filter((a) => a.ok)).toHaveLength(1);
    expect(both.find((a) => !a.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await editor.stored()).toBe(both[0]!.ok ? 5 : 6);
  },
);

test('R12: several returns of one table within one instant: the unit and the bureau see the latest reason', async () => {
  const preparer = { name: '张会计', phone: '13512340000' };
  for (const reason of ['第一次退回：计划数有误', '第二次退回：报到数有误', '第三次退回：注册数有误']) {
    await expectOk(monthlyReportSubmit, { month: 9, preparer }, admin);
    await expectOk(monthlyReportReturn, { month: 9, unit: { kind: 'school', schoolId: 'school-xz-vocational' }, reason }, bureau);
  }
  expect((await expectOk(monthlyReportGet, { month: 9 }, admin)).returned).toMatchObject({ reason: '第三次退回：注册数有误' });
  const listed = (await expectOk(monthlyReportList, { month: 9 }, bureau)).units.find((u) => u.unitKey === 'school:school-xz-vocational');
  expect(listed?.returned).toMatchObject({ reason: '第三次退回：注册数有误' });
});
