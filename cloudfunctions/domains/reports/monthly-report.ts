import { createHash } from 'node:crypto';
import { learnerGroupLabels, learnerGroupSchema, type LearnerGroup } from '../../../shared/choice-form';
import type { Lead, LeadStatus } from '../../../shared/records/lead';
import {
  unitKeyOf,
  type Figures,
  type MonthlyReport,
  type MonthlyReportReturn,
  type MonthlyRow,
  type MonthlyTable,
  type MonthlyUnit,
} from '../../../shared/records/monthly-report';
import type { School } from '../../../shared/records/school';
import type { Season } from '../../../shared/records/season';
import { dayjs, shanghaiDay, ZONE } from '../../../shared/time';
import { plannedMajors } from '../admission/admission';
import type { StaffCaller } from '../../_kit/platform/caller';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { cityNames, districtBureau } from '../city/city';
import { reportingSchools } from '../juniors/sending';
import { reportFailures } from './failures';

/**
 * R12, the monthly statistics table (招生情况统计表, 000 §5.2): who reports (each city school for
 * itself, each district's bureau for the district's own schools), when, and the figures — counted
 * here and nowhere else, from each school's leads read a page at a time.
 *
 * The window (000 §5.2: "8月至11月的每月23日前…报送…每月的统计表"): the table of month M reports
 * the progress of month M, so it may be submitted from the 1st of M; it is on time through the
 * season's `dueDay` of M, and accepted, marked late, until the last day of M. Before the 1st, and
 * after M has ended, it is refused (the bureau's roll-up then shows the unit's live figures).
 * A submitted table is frozen: a later change to the leads does not alter it. Only the city bureau
 * may send it back for correction (monthlyReportReturn): the copy is kept with the return, and the
 * unit may submit again for RESUBMIT_DAYS, even after the month has ended.
 */

export interface UnitInfo {
  unit: MonthlyUnit;
  unitKey: string;
  unitName: string;
  district: string;
  /** the schools the table covers */
  schools: School[];
}

export function monthlyReportIdOf(year: number, month: number, unit: MonthlyUnit): string {
  const who = unit.kind === 'school' ? `school-${unit.schoolId}` : `district-${createHash('sha256').update(unit.district).digest('hex').slice(0, 20)}`;
  return `monthly-${year}-${String(month).padStart(2, '0')}-${who}`;
}

const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Month M's bounds on Shanghai's calendar (ms), and its window: opens on the 1st, due by dueDay, closes at its end. */
export function monthWindow(season: Pick<Season, 'year' | 'monthlyReports'>, month: number) {
  const first = dayjs.tz(day(season.year, month, 1), ZONE);
  const lastDay = day(season.year, month, first.daysInMonth());
  const due = day(season.year, month, season.monthlyReports.dueDay);
  return {
    start: first.startOf('day').valueOf(),
    end: shanghaiDay(lastDay).end,
    opens: day(season.year, month, 1),
    due,
    dueEnd: shanghaiDay(due).end,
    lastDay,
  };
}

/** R12: whether a table submitted at `at` is late — after the due day, by Shanghai's calendar (submitting marks it; the page says so before). */
export function isLateAt(season: Pick<Season, 'year' | 'monthlyReports'>, month: number, at: Date): boolean {
  return at.getTime() > monthWindow(season, month).dueEnd;
}

/** R12: a month the season asks a table for, else a clear refusal (a month outside August–November). */
export function assertReportMonth(season: Pick<Season, 'year' | 'monthlyReports'>, month: number): void {
  if (!season.monthlyReports.months.includes(month)) throw reportFailures.monthlyReportNotAMonth(season.year, season.monthlyReports.months);
}

/** Every unit that reports in the year: the city schools, and each district with schools of its own, among the schools that published a brochure. */
export async function reportingUnits(year: number): Promise<UnitInfo[]> {
  const [schools, names] = await Promise.all([reportingSchools(year), cityNames()]);
  const city: UnitInfo[] = schools
    .filter((s) => s.kind === 'city')
    .map((s) => ({
      unit: { kind: 'school', schoolId: s._id },
      unitKey: unitKeyOf({ kind: 'school', schoolId: s._id }),
      unitName: s.name,
      district: s.district,
      schools: [s],
    }));
  const districts = [...new Set(schools.filter((s) => s.kind === 'district').map((s) => s.district))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const district: UnitInfo[] = districts.map((d) => ({
    unit: { kind: 'district', district: d },
    unitKey: unitKeyOf({ kind: 'district', district: d }),
    // R27: the district's bureau as the city names it
    unitName: districtBureau(names, d),
    district: d,
    schools: schools.filter((s) => s.kind === 'district' && s.district === d),
  }));
  return [...city, ...district];
}

/** The unit the caller prepares: a school admin's city school, a district reviewer's district; none for others. */
export function ownUnitOf(caller: StaffCaller): MonthlyUnit | null {
  if (caller.role === 'schoolAdmin') return { kind: 'school', schoolId: caller.staff.schoolId };
  if (caller.role === 'reviewer' && caller.scope.schoolKind === 'district') return { kind: 'district', district: caller.scope.district };
  return null;
}

/** Whether the caller may read the unit's table: its preparer, or the city (bureau admin, city reviewer) for any unit. */
function mayRead(caller: StaffCaller, unit: MonthlyUnit): boolean {
  if (caller.role === 'bureauAdmin') return true;
  if (caller.role === 'reviewer' && caller.scope.schoolKind === 'city') return true;
  const own = ownUnitOf(caller);
  return !!own && unitKeyOf(own) === unitKeyOf(unit);
}

/**
 * The unit a call is about: the one asked for (refused unless the caller may read it, and unless it
 * reports this year), else the caller's own. `forSubmit`: only the caller's own unit.
 */
export async function unitForCall(caller: StaffCaller, year: number, asked: MonthlyUnit | undefined, forSubmit = false): Promise<UnitInfo> {
  const own = ownUnitOf(caller);
  const unit = asked ?? own;
  if (!unit) throw reportFailures.monthlyReportNoUnit();
  if (forSubmit ? !own || unitKeyOf(own) !== unitKeyOf(unit) : !mayRead(caller, unit)) throw reportFailures.monthlyReportNotYourUnit();
  const info = (await reportingUnits(year)).find((u) => u.unitKey === unitKeyOf(unit));
  if (!info) {
    // a district school's admin: their district's bureau reports for them
    if (unit.kind === 'school' && own?.kind === 'school' && unitKeyOf(own) === unitKeyOf(unit)) throw reportFailures.monthlyReportByDistrict();
    throw reportFailures.monthlyReportUnknownUnit();
  }
  return info;
}

const zero = (): Figures => ({ choices: 0, admitted: 0, enrolled: 0, registered: 0 });
const ADMITTED: readonly LeadStatus[] = ['admitted', 'enrolled', 'left'];
const REPORTED: readonly LeadStatus[] = ['enrolled', 'left'];

type Figure = keyof Figures;

/** The moments a lead counts at, per figure (R12's rules, see shared/records/monthly-report.ts). */
function momentsOf(lead: Lead): Array<[Figure, Date]> {
  const moments: Array<[Figure, Date]> = [];
  if (lead.status !== 'withdrawn') moments.push(['choices', lead.createdAt]);
  if (ADMITTED.includes(lead.status) && lead.admission) moments.push(['admitted', lead.admission.at]);
  if (REPORTED.includes(lead.status) && lead.enrollment) moments.push(['enrolled', lead.enrollment.at]);
  if (REPORTED.includes(lead.status) && lead.registration) moments.push(['registered', lead.registration.at]);
  return moments;
}

/** Counts one school's leads into its rows (its planned majors first, in the brochure's order) and into the unit's groups. */
async function countSchool(
  school: School,
  year: number,
  bounds: { start: number; end: number },
  groups: Map<LearnerGroup, { month: Figures; toDate: Figures }>,
): Promise<MonthlyRow[]> {
  const planned = await plannedMajors(school._id, year);
  const rows = new Map<string, MonthlyRow>();
  const row = (majorId: string | null, majorName: string): MonthlyRow => {
    const plannedMajor = planned.find((p) => p.majorId === majorId) ?? planned.find((p) => p.majorName === majorName);
    const key = plannedMajor ? plannedMajor.majorId : `name:${majorName}`;
    let found = rows.get(key);
    if (!found) {
      found = {
        schoolId: school._id,
        schoolName: school.name,
        majorId: plannedMajor?.majorId ?? null,
        majorName: plannedMajor?.majorName ?? majorName,
        planned: plannedMajor?.places ?? 0,
        month: zero(),
        toDate: zero(),
      };
      rows.set(key, found);
    }
    return found;
  };
  for (const p of planned) row(p.majorId, p.majorName);
  for (let skip = 0; ; skip += MAX_READ) {
    const page = await records.leads.find({ year, schoolId: school._id }, { skip, limit: MAX_READ, orderBy: [['_id', 'asc']] });
    for (const lead of page) {
      const first = [...lead.majors].sort((a, b) => a.rank - b.rank)[0];
      const groupFigures = groups.get(lead.group);
      for (const [figure, at] of momentsOf(lead)) {
        const t = at.getTime();
        if (t > bounds.end) continue;
        const target =
          figure === 'choices' || !lead.admission ? row(null, first?.majorName ?? '（未填专业）') : row(lead.admission.majorId, lead.admission.majorName);
        target.toDate[figure] += 1;
        if (groupFigures) groupFigures.toDate[figure] += 1;
        if (t >= bounds.start) {
          target.month[figure] += 1;
          if (groupFigures) groupFigures.month[figure] += 1;
        }
      }
    }
    if (page.length < MAX_READ) break;
  }
  const plannedOrder = planned.map((p) => p.majorId);
  return [...rows.values()].sort((a, b) => {
    const ia = a.majorId ? plannedOrder.indexOf(a.majorId) : Infinity;
    const ib = b.majorId ? plannedOrder.indexOf(b.majorId) : Infinity;
    return ia - ib || a.majorName.localeCompare(b.majorName, 'zh-CN');
  });
}

export function sumFigures(list: Figures[]): Figures {
  return list.reduce(
    (s, f) => ({
      choices: s.choices + f.choices,
      admitted: s.admitted + f.admitted,
      enrolled: s.enrolled + f.enrolled,
      registered: s.registered + f.registered,
    }),
    zero(),
  );
}

/** The unit's table for the month as the leads stand at `at`: per school and major, and per learner group. */
export async function liveTable(season: Pick<Season, 'year' | 'monthlyReports'>, month: number, info: UnitInfo, at: Date): Promise<MonthlyTable> {
  const window = monthWindow(season, month);
  const groups = new Map(learnerGroupSchema.options.map((g) => [g, { month: zero(), toDate: zero() }]));
  const perSchool = await Promise.all(info.schools.map((s) => countSchool(s, season.year, window, groups)));
  const rows = perSchool.flat();
  return {
    year: season.year,
    month,
    unit: info.unit,
    unitName: info.unitName,
    rows,
    groups: learnerGroupSchema.options.map((g) => ({ group: g, label: learnerGroupLabels[g], ...(groups.get(g) ?? { month: zero(), toDate: zero() }) })),
    totals: { planned: rows.reduce((n, r) => n + r.planned, 0), month: sumFigures(rows.map((r) => r.month)), toDate: sumFigures(rows.map((r) => r.toDate)) },
    countedAt: at,
  };
}

/** The submitted copy of the unit's month, if any. */
export function submittedReport(year: number, month: number, unit: MonthlyUnit): Promise<MonthlyReport | null> {
  return records.monthlyReports.get(monthlyReportIdOf(year, month, unit));
}

export function submissionOf(report: MonthlyReport) {
  return {
    submittedAt: report.submittedAt.toISOString(),
    submittedByName: report.submittedByName,
    preparerName: report.preparer.name,
    preparerPhone: report.preparer.phone,
    late: report.late,
  };
}

/** How long a unit has to submit again a table the bureau sent back: a working week. */
export const RESUBMIT_DAYS = 7;

/** The last day (YYYY-MM-DD, Shanghai) a table returned at `at` may be submitted again. */
export function resubmitByOf(at: Date): string {
  return dayjs(at).tz(ZONE).add(RESUBMIT_DAYS, 'day').format('YYYY-MM-DD');
}

/** The latest return of a unit's month (by its sequence: returns may share an instant), or null. */
export async function latestReturn(year: number, month: number, unitKey: string): Promise<MonthlyReportReturn | null> {
  return (await records.monthlyReportReturns.find({ year, month, unitKey }, { orderBy: [['sequence', 'desc']], limit: 1 }))[0] ?? null;
}

export function returnedOf(ret: Pick<MonthlyReportReturn, 'returnedAt' | 'returnedByName' | 'reason' | 'resubmitBy'>) {
  return { returnedAt: ret.returnedAt.toISOString(), returnedByName: ret.returnedByName, reason: ret.reason, resubmitBy: ret.resubmitBy };
}

/**
 * Why the preparer may not submit month M at `at` (null: they may). A table the bureau returned
 * may be submitted again through its resubmit day, whether or not the month has ended. `cityBureau`
 * is whom to ask for a late one (the city's bureau, R27).
 */
export function submitRefusal(
  season: Pick<Season, 'year' | 'monthlyReports'>,
  month: number,
  at: Date,
  returned: MonthlyReportReturn | null,
  cityBureau: string,
): string | null {
  const w = monthWindow(season, month);
  if (at.getTime() < w.start) return `${month}月的统计表自 ${w.opens} 起才能提交。`;
  if (returned && at.getTime() <= shanghaiDay(returned.resubmitBy).end) return null;
  if (returned && at.getTime() > w.end) return `退回的${month}月统计表应在 ${returned.resubmitBy} 前重新提交，已经过期；如需补报，请联系${cityBureau}。`;
  if (at.getTime() > w.end) return `${month}月已经结束，统计表不能再提交；如需补报，请联系${cityBureau}。`;
  return null;
}

/**
 * The unit's table for the month as the caller may read it (monthlyReportGet and its workbook):
 * the frozen copy once submitted, else the figures as the leads stand now.
 */
export async function readableTable(caller: StaffCaller, season: Season, month: number, asked: MonthlyUnit | undefined, at: Date) {
  assertReportMonth(season, month);
  const info = await unitForCall(caller, season.year, asked);
  const report = await submittedReport(season.year, month, info.unit);
  const table = report ? report.table : await liveTable(season, month, info, at);
  return { info, report, table };
}
