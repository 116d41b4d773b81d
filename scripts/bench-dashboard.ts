/**
 * The bureau's dashboard (issue 9, R11) at a city's scale: 20,000 forms from 120 junior highs in
 * four districts, with their leads at two to three schools each, some admitted and enrolled.
 */
import { sheetIdOf } from '../cloudfunctions/domains/juniors/target-sheet-id';
import { main as targetDashboard } from '../cloudfunctions/bureau/targetDashboard';
import { forgetSeasons } from '../cloudfunctions/domains/season/season';
import { demoSeason as season } from '../emulator/seed/season';
import { functionContext } from '../emulator/functions';
import { personaByKey } from '../emulator/personas';
import { seedIfEmpty } from '../emulator/seed';
import { startEmulator } from '../emulator/server';
import { time, timed, type BenchRow } from './bench-row';

const FORMS = 20_000;
const JUNIORS = 120;
const DISTRICTS = ['忻府区', '原平市', '定襄县', '五台县'];
const SCHOOLS = ['school-xz-vocational', 'school-xinfu-vocational', 'school-yp-vocational'];
const BUDGET_MS = 50;

export async function dashboardRows(): Promise<BenchRow[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-07-15T10:00:00+08:00';
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  try {
    seedIfEmpty(emulator.store);
    forgetSeasons();
    const { year } = season;
    const at = new Date('2027-04-20T10:00:00+08:00');
    const juniors = Array.from({ length: JUNIORS }, (_v, i) => ({
      _id: `bench-junior-${i}`,
      name: `基准初中${String(i).padStart(3, '0')}`,
      district: DISTRICTS[i % DISTRICTS.length] ?? '忻府区',
    }));
    const sheets = DISTRICTS.map((district) => ({
      _id: sheetIdOf(year, district),
      year,
      district,
      juniors: juniors.filter((j) => j.district === district).map((j) => ({ juniorSchoolId: j._id, graduates: 380, sendingTarget: 170 })),
      updatedAt: at,
      updatedByStaffId: 'staff-bureau-admin',
    }));
    const forms = Array.from({ length: FORMS }, (_v, i) => {
      const junior = juniors[i % JUNIORS]!;
      const placement = i % 23 === 0 || i % 5 !== 0 ? 'none' : i % 10 === 0 ? 'enrolled' : 'admitted';
      return {
        _id: `bench-form-${i}`,
        year,
        status: i % 23 === 0 ? 'withdrawn' : 'active',
        placement,
        viaPoster: i % 7 === 0 ? junior._id : '',
        student: { juniorSchoolId: junior._id, name: `学生${i}` },
        createdAt: at,
      };
    });
    const leads = forms.flatMap((form, i) =>
      SCHOOLS.slice(0, 2 + (i % 2)).map((schoolId, k) => ({
        _id: `bench-lead-${i}-${k}`,
        formId: form._id,
        year,
        schoolId,
        juniorSchoolId: form.student.juniorSchoolId,
        status: form.status === 'withdrawn' ? 'withdrawn' : k === 0 && i % 5 === 0 ? (i % 10 === 0 ? 'enrolled' : 'admitted') : 'new',
        createdAt: at,
      })),
    );
    emulator.store.write([
      ...juniors.map((doc) => ({ collection: 'juniorSchools', id: doc._id, doc, insert: true })),
      ...sheets.map((doc) => ({ collection: 'targetSheets', id: doc._id, doc })),
      ...forms.map((doc) => ({ collection: 'choiceForms', id: doc._id, doc, insert: true })),
      ...leads.map((doc) => ({ collection: 'leads', id: doc._id, doc, insert: true })),
    ]);
    const bureau = functionContext('bench', { openid: personaByKey('bureauAdmin')?.openid ?? '' });
    const dashboard = async (event: object) => {
      const result = (await targetDashboard(event, bureau)) as { ok: boolean; data?: { juniors: unknown[] } };
      if (!result.ok) throw new Error(`bench dashboard failed: ${JSON.stringify(result)}`);
    };
    return [
      timed(
        `targetDashboard, one district (${FORMS / 1000}k forms, ${JUNIORS} junior highs)`,
        await time(100, () => dashboard({ district: '忻府区' })),
        BUDGET_MS,
        true,
      ),
      timed(`targetDashboard, the whole city (${FORMS / 1000}k forms, ${leads.length / 1000}k leads)`, await time(100, () => dashboard({})), BUDGET_MS, true),
    ];
  } finally {
    delete process.env.LOCAL_EMULATOR_NOW;
    await emulator.close();
  }
}
