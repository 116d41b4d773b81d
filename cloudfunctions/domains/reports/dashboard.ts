import { isOpenJunior } from '../../../shared/records/content';
import type { DashboardJunior, TargetDashboard } from '../../../shared/api/targets';
import type { LeadStatus } from '../../../shared/records/lead';
import { addForms, addLeads, emptyTally, type Tally } from '../../../shared/lead-steps';
import { meetsRatio, percentOf } from '../../../shared/targets';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { countBy } from '../../_kit/platform/counts';
import { allJuniorSchools, seasonOfYear, sheetsOf, visibleDistricts, type TargetsCaller } from '../juniors/targets';

const zero = emptyTally;

/** The tally kept under `key`, made when first needed. */
function tallyAt<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = zero()));
  return tally;
}

function ratesOf(t: Tally, sendingTarget: number, graduates: number) {
  return {
    completion: percentOf(t.enrolled, sendingTarget),
    formsRate: percentOf(t.forms, sendingTarget),
    vocationalShare: percentOf(t.forms, graduates),
    meetsRatio: meetsRatio(t.forms, graduates),
  };
}

/** Best completion first; then forms against the target; then by name, so a tie reads the same way every time. */
export function byCompletion(a: Omit<DashboardJunior, 'rank'>, b: Omit<DashboardJunior, 'rank'>): number {
  return (b.completion ?? -1) - (a.completion ?? -1) || (b.formsRate ?? -1) - (a.formsRate ?? -1) || a.name.localeCompare(b.name, 'zh-CN');
}

/**
 * R11: the year's figures per district, junior high and vocational school, counted by the database
 * (two indexed `$group`s, over forms and over leads) rather than by reading every form. A junior
 * high's students are counted once however many schools admitted them (the form's placement).
 */
export async function countDashboard(caller: TargetsCaller, input: { year?: number; district?: string }): Promise<TargetDashboard> {
  const season = await seasonOfYear(input.year);
  const { year } = season;
  const [juniorSchools, sheets, formsByJunior, leadsBySchool, cards, schools] = await Promise.all([
    allJuniorSchools(),
    sheetsOf(year),
    // active forms by junior high, placement and poster, in the order of the forms' index
    countBy('choiceForms', { year, status: 'active' }, { junior: 'student.juniorSchoolId', placement: 'placement', poster: 'viaPoster' }),
    // every lead by status and school, in the order of the leads' index (year, status, school)
    countBy('leads', { year }, { status: 'status', school: 'schoolId' }),
    records.brochureCards.find({ year, listed: true }, { limit: MAX_READ }),
    records.schools.find({}, { limit: MAX_READ }),
  ]);
  const { districts: visible, district } = visibleDistricts(caller, season, juniorSchools, input.district);

  // A junior high's students: their forms, and how far the schools have taken them (one student once).
  const byJunior = new Map<string, Tally>();
  // forms from families who came through the junior high's own poster (R23: a count, never access)
  const viaPoster = new Map<string, number>();
  for (const g of formsByJunior) {
    const junior = String(g.junior);
    addForms(tallyAt(byJunior, junior), g.placement, g.count);
    if (g.poster === junior) viaPoster.set(junior, (viaPoster.get(junior) ?? 0) + g.count);
  }
  // A school's leads: each one not withdrawn is a form that chose it; admitted and enrolled by its own steps.
  const bySchool = new Map<string, Tally>();
  for (const g of leadsBySchool) addLeads(tallyAt(bySchool, String(g.school)), g.status as LeadStatus, g.count);

  const lineOf = (juniorId: string, d: string) => sheets.get(d)?.juniors.find((j) => j.juniorSchoolId === juniorId);
  const juniorRows = juniorSchools
    .filter((j) => visible.includes(j.district) && (!district || j.district === district))
    // R27: a closed junior high keeps its row while the year has its forms or its target; its counts stay in its district's either way
    .filter((j) => isOpenJunior(j) || byJunior.has(j._id) || lineOf(j._id, j.district) !== undefined)
    .map((j) => {
      const line = lineOf(j._id, j.district);
      const tally = byJunior.get(j._id) ?? zero();
      const graduates = line?.graduates ?? 0;
      const sendingTarget = line?.sendingTarget ?? 0;
      return {
        juniorSchoolId: j._id,
        name: j.name,
        district: j.district,
        graduates,
        sendingTarget,
        ...tally,
        viaPoster: viaPoster.get(j._id) ?? 0,
        closed: !isOpenJunior(j),
        ...ratesOf(tally, sendingTarget, graduates),
      };
    })
    .sort(byCompletion)
    .map((row, i) => ({ ...row, rank: i + 1 }));

  const districtRows = visible.map((d) => {
    const inDistrict = juniorSchools.filter((j) => j.district === d);
    const tally = zero();
    for (const j of inDistrict) {
      const t = byJunior.get(j._id);
      if (t) for (const k of ['forms', 'admitted', 'enrolled'] as const) tally[k] += t[k];
    }
    const lines = sheets.get(d)?.juniors ?? [];
    const graduates = lines.reduce((n, l) => n + l.graduates, 0);
    const sendingTarget = lines.reduce((n, l) => n + l.sendingTarget, 0);
    const target = season.targets.find((t) => t.district === d);
    return {
      district: d,
      graduates,
      sendingTarget,
      total: target?.total ?? null,
      ownSchoolsQuota: target?.ownSchoolsQuota ?? null,
      ...tally,
      ...ratesOf(tally, sendingTarget, graduates),
    };
  });

  // Vocational schools: those published this year or chosen by someone, within the district asked about.
  const places = new Map(cards.map((c) => [c.schoolId, c.totalPlaces ?? 0]));
  const schoolRows = schools
    .filter((s) => (places.has(s._id) || bySchool.has(s._id)) && (!district || s.district === district))
    .map((s) => ({ schoolId: s._id, name: s.name, district: s.district, plannedPlaces: places.get(s._id) ?? 0, ...(bySchool.get(s._id) ?? zero()) }))
    .sort((a, b) => b.forms - a.forms || a.name.localeCompare(b.name, 'zh-CN'));

  return { year, district, districts: districtRows, juniors: juniorRows, schools: schoolRows, countedAt: now().toISOString() };
}
