/**
 * `npm run bench -- season-cost`: what a season costs on CloudBase, measured (issue 22). A city of
 * CITY_GRADUATES is run at 1/SCALE of its size through the real actions against the emulator —
 * families reading and submitting, recruiters working their leads, admission, enrolment,
 * registration, the monthly tables and every timer — and the emulator counts each invocation's
 * database requests (emulator/db/round-trips.ts). Each request is billed as a read or a write
 * (scripts/season-cost.ts says how), each call scaled to the whole city by the weight of what it
 * stands for, and the totals for the peak day (the choice deadline) and the season are held against
 * each package's quotas (config/cloudbase-limits.ts), naming the smallest that holds with 30 %
 * headroom.
 *
 * Scaling: what families and students do is multiplied by SCALE (300 families stand for 30,000);
 * what a school or a reporting unit does (its exports and monthly tables) by the city's count of
 * those over the run's; a timer fires as often at any size (its cron), so its idle cost is
 * multiplied by its firings, and only the work beyond idle (messages delivered, admissions settled,
 * forms swept) by SCALE. Costs are those of warm instances (the season and the published texts kept
 * a minute): on CloudBase each warm instance also rereads them once a minute, a few reads per
 * instance-minute, small beside the calls. Timings are this machine's; the counts are not.
 */
import { deployedFunctions, functionOf, timerTriggersOf, type ActionName, type FunctionUnit, type TimerTrigger } from '../config/functions';
import { cloudbasePlans, functionBilling, type CloudbasePlan } from '../config/cloudbase-limits';
import { demoSeason as season } from '../emulator/seed/season';
import { MAX_READ } from '../cloudfunctions/_kit/platform/collections';
import { main as home } from '../cloudfunctions/public/home';
import { main as subsidyInfo } from '../cloudfunctions/public/subsidyInfo';
import { main as brochureList } from '../cloudfunctions/public/brochureList';
import { main as brochureDetail } from '../cloudfunctions/public/brochureDetail';
import { main as session } from '../cloudfunctions/public/session';
import { main as inboxList } from '../cloudfunctions/public/inboxList';
import { main as choiceOptions } from '../cloudfunctions/family/choiceOptions';
import { main as choiceSubmit } from '../cloudfunctions/family/choiceSubmit';
import { main as choiceMine } from '../cloudfunctions/family/choiceMine';
import { main as choiceRevise } from '../cloudfunctions/family/choiceRevise';
import { main as leadList } from '../cloudfunctions/school/leadList';
import { main as leadDetail } from '../cloudfunctions/school/leadDetail';
import { main as leadProgress } from '../cloudfunctions/school/leadProgress';
import { main as admissionList } from '../cloudfunctions/school/admissionList';
import { main as admissionAdmit } from '../cloudfunctions/school/admissionAdmit';
import { main as registrationConfirm } from '../cloudfunctions/school/registrationConfirm';
import { main as registrationExport } from '../cloudfunctions/sheets/registrationExport';
import { main as registrationStatus } from '../cloudfunctions/staff/registrationStatus';
import { main as monthlyReportGet } from '../cloudfunctions/staff/monthlyReportGet';
import { main as monthlyReportSubmit } from '../cloudfunctions/staff/monthlyReportSubmit';
import { main as monthlyReportExport } from '../cloudfunctions/sheets/monthlyReportExport';
import { main as timers } from '../cloudfunctions/timers';
import { functionContext } from '../emulator/functions';
import { seedIfEmpty } from '../emulator/seed';
import { brochures } from '../emulator/seed/brochures';
import { startEmulator, type Emulator } from '../emulator/server';
import type { Lead } from '../shared/records/lead';
import type { ChoiceFormRecord } from '../shared/records/form';
import type { BenchRow } from './bench-row';
import { benchForm } from './bench-family-wait';
import { billed, choosePlan, gbSeconds, type Demand, type PlanFit } from './season-cost';
import { atServerTime as at } from '../emulator/clock';

/** The city the issue asks about. */
const CITY_GRADUATES = 30_000;
/** The run's families: 1/100 of the city runs in about a minute on this 2-core machine. */
const RUN_FAMILIES = 300;
const SCALE = CITY_GRADUATES / RUN_FAMILIES;
/**
 * Secondary vocational schools in a city of 30,000 graduates (the season-end bench's 40); the run
 * has the demo's two that publish a brochure, so a school's own work is weighted 40 / 2.
 */
const CITY_SCHOOLS = 40;
const RUN_SCHOOLS = 2;
const SCHOOL_WEIGHT = CITY_SCHOOLS / RUN_SCHOOLS;
/**
 * Units that submit a monthly table (R12): the city's own schools and the district bureaus (a
 * prefecture-level city has about 14 districts and counties, and half a dozen city schools). The
 * run submits for one city school.
 */
const CITY_REPORTING_UNITS = 20;

// What families do over the season (each number a stated guess, to be replaced by the first season's logs).
/** Graduates whose family opens the mini program at all: the bureau's letter reaches every graduate through the junior highs. */
const OPEN_SHARE = 0.9;
/** Families who submit a form: the city's target sends about half its graduates to vocational schools (45:55, R11). */
const SUBMIT_SHARE = 0.5;
/** Submitters who revise once (a choice changed after a campus visit or a talk with a teacher). */
const REVISE_SHARE = 0.2;
/** Submissions on the deadline day: online enrolment queues the last day's rush; a quarter is the planning figure. */
const DEADLINE_SHARE = 0.25;
/** Home opened per family over the season: each visit starts there (the letter, a reminder, the deadline). */
const HOME_OPENS = 4;
/** The brochure list opened per family (browsing, then searching by major). */
const LIST_OPENS = 3;
/** Brochures read per family: two or three schools, some read twice. */
const DETAIL_OPENS = 4;
/** The letter and subsidy page, read once. */
const LETTER_OPENS = 1;
/** After submitting: the receipt in 我的志愿 twice, 我的 once, the inbox once. */
const MINE_OPENS = 2;
/** A recruiter opens the list once per lead they work, and the lead before each step. */
const VISIT_SHARE = 0.5;
/** Students admitted by their first-choice school, and admitted students who enrol. */
const ADMIT_SHARE = 0.85;
const ENROL_SHARE = 0.9;

/** The days of the choice window before its last (2027-04-01 to 05-30), over which its other activity spreads evenly. */
const CHOICE_DAYS_BEFORE_DEADLINE = 60;
/** From the first choice day to the sweep after workEnds: the days every timer fires. */
const SEASON_DAYS = 245;
/**
 * The busiest minute of the deadline day: a fifth of the day's calls in its busiest hour (families
 * sit down together in the evening, and the last evening closes the window), and the busiest minute
 * twice that hour's average (a reminder posted in a class's WeChat group sends many at once).
 */
const PEAK_HOUR_SHARE = 0.2;
const PEAK_MINUTE_OVER_HOUR = 2;
/** A database request's round trip inside one region, added to each measured run (as the family-wait section). */
const DB_ROUND_TRIP_MS = 10;
const HEADROOM = 0.3;

/** When a call happens: the peak day is `deadline` plus an average day of `choices`. */
type Period = 'choices' | 'deadline' | 'admission' | 'enrolment' | 'registration' | 'reports' | 'closing';

type Main = (event: unknown, context: unknown) => Promise<unknown>;
type Answer = { ok: boolean; data?: unknown; error?: { code?: string; message?: string } };

interface Totals {
  reads: number;
  writes: number;
  invocations: number;
  gbs: number;
  /** invocation-milliseconds, for the mean run time at the busiest minute */
  runMs: number;
}

const zero = (): Totals => ({ reads: 0, writes: 0, invocations: 0, gbs: 0, runMs: 0 });

function add(into: Totals, t: Totals, weight = 1): void {
  into.reads += t.reads * weight;
  into.writes += t.writes * weight;
  into.invocations += t.invocations * weight;
  into.gbs += t.gbs * weight;
  into.runMs += t.runMs * weight;
}

interface PerAction {
  unit: FunctionUnit;
  calls: number;
  reads: number;
  writes: number;
  /** each call's requests, for the median and the largest */
  requests: number[];
  failed: number;
}

class Season {
  readonly byPeriod = new Map<Period, Totals>();
  readonly byAction = new Map<string, PerAction>();
  period: Period = 'choices';

  constructor(private readonly emulator: Emulator) {}

  /** Runs one call as the platform would (the caller's OPENID in the context) and books it at `weight`. */
  async call(action: ActionName, main: Main, event: unknown, openid: string, weight: number): Promise<Answer> {
    const unit = functionOf[action];
    const started = process.hrtime.bigint();
    const { result, roundTrips } = await this.emulator.measure(() => main(event, functionContext(unit, { openid })));
    const measured = this.book(action, unit, roundTrips.byAction, Number(process.hrtime.bigint() - started) / 1e6);
    add(this.totals(this.period), measured, weight);
    return result as Answer;
  }

  /** One run's reads, writes and GB-seconds, noted under its action. */
  book(action: string, unit: FunctionUnit, byAction: Record<string, number>, ms: number): Totals {
    const { reads, writes } = billed(byAction);
    const runMs = ms + (reads + writes) * DB_ROUND_TRIP_MS;
    const per = this.byAction.get(action) ?? { unit, calls: 0, reads: 0, writes: 0, requests: [], failed: 0 };
    per.calls += 1;
    per.reads += reads;
    per.writes += writes;
    per.requests.push(reads + writes);
    this.byAction.set(action, per);
    return { reads, writes, invocations: 1, gbs: gbSeconds(deployedFunctions[unit].memorySize, runMs, functionBilling.stepMs), runMs };
  }

  totals(period: Period): Totals {
    const t = this.byPeriod.get(period) ?? zero();
    this.byPeriod.set(period, t);
    return t;
  }
}

/** A small deterministic generator: the same season every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Firings a day of a CloudBase cron (`sec min hour …`): every minute, hourly, or daily. */
function firingsPerDay(trigger: TimerTrigger): number {
  const [, min, hour] = trigger.config.split(/\s+/);
  const minutes = min === '*' ? 60 : min?.startsWith('*/') ? 60 / Number(min.slice(2)) : 1;
  const hours = hour === '*' ? 24 : hour?.startsWith('*/') ? 24 / Number(hour.slice(2)) : 1;
  return minutes * hours;
}

interface TimerCost {
  trigger: TimerTrigger;
  idle: Totals;
  /** the work beyond idle of the run's firings, by period */
  work: Map<Period, Totals>;
  firings: number;
}

export async function seasonCostRows(): Promise<BenchRow[]> {
  const started = Date.now();
  const emulator = await startEmulator({ dbFile: ':memory:', configureSdk: true });
  try {
    seedIfEmpty(emulator.store);
    const season_ = new Season(emulator);
    const next = random(20270531);
    const { year } = season;

    // ---- timers: each trigger's idle firing, before the season has any data
    const triggers = timerTriggersOf('timers');
    const timerCosts = new Map<string, TimerCost>(triggers.map((t) => [t.name, { trigger: t, idle: zero(), work: new Map(), firings: 0 }]));
    async function fireOnce(trigger: TimerTrigger): Promise<{ totals: Totals; answer: Answer }> {
      const event = { Type: 'Timer', TriggerName: trigger.name, Time: new Date().toISOString(), Message: '' };
      const t0 = process.hrtime.bigint();
      const { result, roundTrips } = await emulator.measure(() => timers(event, functionContext('timers', { openid: '' })));
      const totals = season_.book(trigger.name, 'timers', roundTrips.byAction, Number(process.hrtime.bigint() - t0) / 1e6);
      return { totals, answer: result as Answer };
    }
    await at('2027-04-01T09:00:00+08:00', async () => {
      for (const trigger of triggers) (timerCosts.get(trigger.name) as TimerCost).idle = (await fireOnce(trigger)).totals;
    });
    /** Fires a trigger as the season runs: its work beyond idle is booked under the current period. */
    async function fire(name: string): Promise<Answer> {
      const cost = timerCosts.get(name);
      if (!cost) throw new Error(`season-cost: no trigger ${name}`);
      const { totals, answer } = await fireOnce(cost.trigger);
      const work = cost.work.get(season_.period) ?? zero();
      add(work, totals);
      add(work, cost.idle, -1);
      cost.work.set(season_.period, work);
      cost.firings += 1;
      if (!answer.ok) throw new Error(`season-cost: timer ${name} failed: ${JSON.stringify(answer).slice(0, 400)}`);
      return answer;
    }

    // ---- the families
    const published = brochures.filter((b) => b.status === 'approved' && b.year === year);
    const choicesOf = () => {
      const picks: Array<{ brochureId: string; majorId: string }> = [];
      const count = 1 + (next() < 0.5 ? 1 : 0) + (next() < 0.3 ? 1 : 0);
      for (let k = 0; k < count; k++) {
        const b = published[Math.floor(next() * published.length)] ?? published[0];
        const m = b?.majors[Math.floor(next() * b.majors.length)];
        if (b && m && !picks.some((p) => p.majorId === m.majorId)) picks.push({ brochureId: b._id, majorId: m.majorId });
      }
      return picks;
    };
    const failures: string[] = [];
    const must = (action: string, answer: Answer) => {
      if (!answer.ok) failures.push(`${action}: ${answer.error?.code ?? ''} ${answer.error?.message ?? ''}`);
      return answer;
    };
    const family = (action: ActionName, main: Main, event: unknown, openid: string) =>
      season_.call(action, main, event, openid, SCALE).then((a) => must(action, a));
    const reads = async (openid: string, times: { home: number; list: number; detail: number; letter: number }) => {
      for (let k = 0; k < times.home; k++) await family('home', home, {}, openid);
      for (let k = 0; k < times.list; k++) await family('brochureList', brochureList, k % 2 ? { keyword: '护理' } : {}, openid);
      for (let k = 0; k < times.detail; k++) await family('brochureDetail', brochureDetail, { id: published[k % published.length]?._id ?? '' }, openid);
      for (let k = 0; k < times.letter; k++) await family('subsidyInfo', subsidyInfo, {}, openid);
    };
    const families = Array.from({ length: RUN_FAMILIES }, (_v, i) => {
      const opens = next() < OPEN_SHARE;
      const submits = opens && next() < SUBMIT_SHARE / OPEN_SHARE;
      return {
        i,
        openid: `season-family-${i}`,
        opens,
        submits,
        onDeadline: submits && next() < DEADLINE_SHARE,
        revises: submits && next() < REVISE_SHARE,
        choices: choicesOf(),
      };
    });
    const forms = new Map<number, { formId: string; form: ReturnType<typeof benchForm> }>();
    const submit = async (f: (typeof families)[number]) => {
      const form = { ...benchForm(f.i, 'season'), choices: f.choices };
      await family('choiceOptions', choiceOptions, {}, f.openid);
      const answer = await family('choiceSubmit', choiceSubmit, form, f.openid);
      const formId = (answer.data as { formId?: string } | undefined)?.formId;
      if (formId) forms.set(f.i, { formId, form });
    };
    const afterSubmit = async (openid: string) => {
      for (let k = 0; k < MINE_OPENS; k++) await family('choiceMine', choiceMine, {}, openid);
      await family('session', session, {}, openid);
      await family('inboxList', inboxList, {}, openid);
    };

    // April and May up to the last day: browsing, three quarters of the forms, revisions, the outbox every batch
    season_.period = 'choices';
    await at('2027-04-20T20:00:00+08:00', async () => {
      for (const f of families) {
        if (!f.opens) continue;
        // a deadline-day submitter's last visit (home, list, two brochures) is on the deadline day
        const last = f.onDeadline ? { home: 1, list: 1, detail: 2 } : { home: 0, list: 0, detail: 0 };
        await reads(f.openid, { home: HOME_OPENS - last.home, list: LIST_OPENS - last.list, detail: DETAIL_OPENS - last.detail, letter: LETTER_OPENS });
        if (f.submits && !f.onDeadline) {
          await submit(f);
          await afterSubmit(f.openid);
        }
        if (f.i % 25 === 24) await fire('every-minute');
      }
      await fire('every-minute');
      await fire('hourly-05');
    });
    await at('2027-05-10T20:00:00+08:00', async () => {
      for (const f of families) {
        const mine = forms.get(f.i);
        if (!f.revises || f.onDeadline || !mine) continue;
        await family('choiceMine', choiceMine, {}, f.openid);
        await family('choiceOptions', choiceOptions, {}, f.openid);
        const { idNumber: _id, ...student } = mine.form.student;
        await family(
          'choiceRevise',
          choiceRevise,
          { ...mine.form, requestId: `${mine.form.requestId}-r`, student, choices: [...f.choices].reverse(), formId: mine.formId },
          f.openid,
        );
      }
      await fire('every-minute');
    });
    // the deadline day
    season_.period = 'deadline';
    await at('2027-05-31T20:00:00+08:00', async () => {
      for (const f of families) {
        if (!f.onDeadline) continue;
        await reads(f.openid, { home: 1, list: 1, detail: 2, letter: 0 });
        await submit(f);
        await family('choiceMine', choiceMine, {}, f.openid);
        if (f.i % 25 === 24) await fire('every-minute');
      }
      await fire('every-minute');
      await fire('hourly-05');
    });

    // the recruiters work every lead through the window (its average day is in the peak day)
    season_.period = 'choices';
    const staffOpenid = new Map(emulator.store.find('staff', {}).map((s) => [String(s._id), String(s.openid)]));
    const adminOf = (schoolId: string) => emulator.store.find('staff', { schoolId, role: 'schoolAdmin' })[0]?.openid as string | undefined;
    const leadsOf = () => emulator.store.find('leads', { year }) as unknown as Lead[];
    const school = (action: ActionName, main: Main, event: unknown, openid: string, weight = SCALE) =>
      season_.call(action, main, event, openid, weight).then((a) => must(action, a));
    await at('2027-06-01T10:00:00+08:00', async () => {
      for (const lead of leadsOf()) {
        const openid = staffOpenid.get(lead.recruiterStaffId ?? '') ?? adminOf(lead.schoolId);
        if (!openid) continue;
        await school('leadList', leadList, {}, openid);
        await school('leadDetail', leadDetail, { id: lead._id }, openid);
        await school('leadProgress', leadProgress, { id: lead._id, status: 'contacted' }, openid);
        if (next() < VISIT_SHARE) {
          await school('leadDetail', leadDetail, { id: lead._id }, openid);
          await school('leadProgress', leadProgress, { id: lead._id, status: 'visited' }, openid);
        }
      }
      await fire('every-minute');
    });

    // July: each school admits by major, twenty at a time, from its first-choice applicants
    season_.period = 'admission';
    const admitted: Lead[] = [];
    const notice = { reportOn: '2027-08-28', place: '学校报到处（教学楼一层）', bring: '录取通知书、户口簿、一寸照片四张' };
    await at('2027-07-10T10:00:00+08:00', async () => {
      const byMajor = new Map<string, { schoolId: string; leads: Lead[] }>();
      for (const lead of leadsOf()) {
        const form = emulator.store.getById('choiceForms', lead.formId)?.doc as unknown as ChoiceFormRecord | undefined;
        const first = form?.choices[0];
        if (!first || first.schoolId !== lead.schoolId || next() > ADMIT_SHARE) continue;
        const group = byMajor.get(first.majorId) ?? { schoolId: lead.schoolId, leads: [] };
        group.leads.push(lead);
        byMajor.set(first.majorId, group);
      }
      for (const [majorId, { schoolId, leads }] of byMajor) {
        const openid = adminOf(schoolId);
        if (!openid) continue;
        for (let k = 0; k < leads.length; k += 20) {
          const batch = leads.slice(k, k + 20);
          await school('admissionList', admissionList, { majorId }, openid);
          const answer = await school('admissionAdmit', admissionAdmit, { majorId, leadIds: batch.map((l) => l._id), notice }, openid);
          if (answer.ok) admitted.push(...batch);
        }
      }
      await fire('every-minute');
      // the admitted families read the news
      for (const lead of admitted) {
        const f = [...forms.entries()].find(([, v]) => v.formId === lead.formId);
        if (!f) continue;
        const openid = `season-family-${f[0]}`;
        await family('inboxList', inboxList, {}, openid);
        await family('choiceMine', choiceMine, {}, openid);
      }
      await fire('hourly-15');
      await fire('every-minute');
    });

    // August: the admitted report, recorded by their school
    season_.period = 'enrolment';
    const enrolled: Lead[] = [];
    await at('2027-08-28T10:00:00+08:00', async () => {
      for (const lead of admitted) {
        if (next() > ENROL_SHARE) continue;
        const openid = adminOf(lead.schoolId);
        if (!openid) continue;
        const answer = await school('leadProgress', leadProgress, { id: lead._id, status: 'enrolled' }, openid);
        if (answer.ok) enrolled.push(lead);
      }
      await fire('every-minute');
      await fire('hourly-15');
    });

    // the monthly tables (R12), August to November, and their reminders
    season_.period = 'reports';
    const cityAdmin = adminOf('school-xz-vocational') ?? '';
    const bureauAdmin = String(emulator.store.find('staff', { role: 'bureauAdmin' })[0]?.openid ?? '');
    for (const month of season.monthlyReports.months) {
      const mm = String(month).padStart(2, '0');
      await at(`2027-${mm}-20T09:00:00+08:00`, () => fire('daily-0900'));
      await at(`2027-${mm}-22T10:00:00+08:00`, async () => {
        const unit = CITY_REPORTING_UNITS;
        await school('monthlyReportGet', monthlyReportGet, { month }, cityAdmin, unit);
        await school('monthlyReportSubmit', monthlyReportSubmit, { month, preparer: { name: '赵主任', phone: '0350-3031234' } }, cityAdmin, unit);
        await school('monthlyReportGet', monthlyReportGet, { month }, cityAdmin, unit);
        await school('monthlyReportExport', monthlyReportExport, { month }, cityAdmin, unit);
        await fire('every-minute');
      });
    }

    // registration (R15): the reminders, each school's register exported and confirmed, the bureau's view
    season_.period = 'registration';
    await at('2027-10-08T09:00:00+08:00', () => fire('daily-0900'));
    await at('2027-11-05T09:00:00+08:00', () => fire('daily-0900'));
    await at('2027-11-05T10:00:00+08:00', async () => {
      for (const schoolId of new Set(enrolled.map((l) => l.schoolId))) {
        const openid = adminOf(schoolId);
        if (!openid) continue;
        await school('registrationExport', registrationExport, {}, openid, SCHOOL_WEIGHT);
        await school(
          'registrationConfirm',
          registrationConfirm,
          { leadIds: enrolled.filter((l) => l.schoolId === schoolId).map((l) => l._id) },
          openid,
          SCHOOL_WEIGHT,
        );
        await school('registrationExport', registrationExport, {}, openid, SCHOOL_WEIGHT);
      }
      for (let k = 0; k < 3; k++) await school('registrationStatus', registrationStatus, {}, bureauAdmin, 1);
      await fire('every-minute');
    });

    // after workEnds: the sweep erases the personal data of students no school enrolled
    season_.period = 'closing';
    await at('2027-12-01T03:00:00+08:00', () => fire('daily-0300'));

    // ---- the city: the run's calls × their weights, the timers by their firings
    const formsRun = emulator.store.count('choiceForms', { year });
    const formsCity = formsRun * SCALE;
    const periodTotals = (period: Period): Totals => {
      const t = zero();
      add(t, season_.totals(period));
      for (const cost of timerCosts.values()) add(t, cost.work.get(period) ?? zero(), SCALE);
      return t;
    };
    /** A day of every timer firing idle, with anomalyScan reading the city's forms a page of MAX_READ at a time. */
    const timerDay = zero();
    for (const cost of timerCosts.values()) {
      add(timerDay, cost.idle, firingsPerDay(cost.trigger));
      if (cost.trigger.jobs.includes('anomalyScan'))
        timerDay.reads += (Math.ceil(formsCity / MAX_READ) - Math.ceil(formsRun / MAX_READ)) * firingsPerDay(cost.trigger);
    }
    const peak = zero();
    add(peak, periodTotals('deadline'));
    add(peak, periodTotals('choices'), 1 / CHOICE_DAYS_BEFORE_DEADLINE);
    add(peak, timerDay);
    const seasonTotal = zero();
    for (const period of ['choices', 'deadline', 'admission', 'enrolment', 'registration', 'reports', 'closing'] as Period[])
      add(seasonTotal, periodTotals(period));
    add(seasonTotal, timerDay, SEASON_DAYS);
    // May: the deadline, half the window's other days, and 31 days of timers
    const may = zero();
    add(may, periodTotals('deadline'));
    add(may, periodTotals('choices'), 30 / CHOICE_DAYS_BEFORE_DEADLINE);
    add(may, timerDay, 31);

    const minuteShare = (PEAK_HOUR_SHARE * PEAK_MINUTE_OVER_HOUR) / 60;
    const qps = ((peak.reads + peak.writes) * minuteShare) / 60;
    const invocationsPerSecond = (peak.invocations * minuteShare) / 60;
    const meanRunS = peak.runMs / peak.invocations / 1000;
    // Little's law: instances running at once; each holds a connection to the database
    const connections = invocationsPerSecond * meanRunS;
    const demand: Demand = {
      readsPerDay: peak.reads,
      writesPerDay: peak.writes,
      qps,
      connections,
      gbSecondsPerMonth: may.gbs,
      invocationsPerMonth: may.invocations,
    };
    const { chosen, fits } = choosePlan(cloudbasePlans, demand, HEADROOM);

    const rows: BenchRow[] = [];
    const n = (x: number) => Math.round(x).toLocaleString('en-US');
    const row = (measure: string, median: string, p99 = '', target = '—', verdict = ''): BenchRow => ({ measure, median, p99, target, verdict });
    // per call, the family's actions first
    const familyTargets: Partial<Record<string, number>> = { home: 2, brochureList: 2, brochureDetail: 1, choiceSubmit: 8 };
    const order = [
      'home',
      'subsidyInfo',
      'brochureList',
      'brochureDetail',
      'choiceOptions',
      'choiceSubmit',
      'choiceMine',
      'choiceRevise',
      'session',
      'inboxList',
    ];
    const actions = [...season_.byAction.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
    for (const action of actions) {
      const per = season_.byAction.get(action) as PerAction;
      const sorted = [...per.requests].sort((a, b) => a - b);
      const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
      const target = familyTargets[action];
      rows.push(
        row(
          `season-cost per call: ${action} (${per.unit}, ${deployedFunctions[per.unit].memorySize} MB; ${per.calls} calls)`,
          `${(per.reads / per.calls).toFixed(1)} R + ${(per.writes / per.calls).toFixed(1)} W`,
          `median ${median}, max ${sorted[sorted.length - 1] ?? 0} requests`,
          target === undefined ? '—' : `median ≤ ${target} requests`,
          target === undefined ? '' : median <= target ? 'ok' : 'OVER',
        ),
      );
    }
    const scaling = `${RUN_FAMILIES} families × ${SCALE}`;
    rows.push(
      row(
        `season-cost: city of ${n(CITY_GRADUATES)} graduates (run at ${scaling}; ${formsRun} forms → ${n(formsCity)})`,
        `${((Date.now() - started) / 1000).toFixed(0)} s run`,
        `${failures.length} refused calls`,
        'every call answered',
        failures.length ? 'OVER' : 'ok',
      ),
    );
    for (const failure of failures.slice(0, 5)) rows.push(row(`  refused: ${failure.slice(0, 120)}`, ''));
    rows.push(row('peak day (choice deadline): database reads', n(peak.reads), `+30 %: ${n(peak.reads * 1.3)}`));
    rows.push(row('peak day: database writes', n(peak.writes), `+30 %: ${n(peak.writes * 1.3)}`));
    rows.push(row('peak day: busiest minute, database requests per second', qps.toFixed(1), `+30 %: ${(qps * 1.3).toFixed(1)}`));
    rows.push(
      row(
        'peak day: busiest minute, instances running ≈ DB connections',
        connections.toFixed(1),
        `${invocationsPerSecond.toFixed(1)} calls/s × ${(meanRunS * 1000).toFixed(0)} ms`,
      ),
    );
    rows.push(row('peak day: function invocations', n(peak.invocations), `${n(timerDay.invocations)} of them timers`));
    rows.push(row('peak day: GB-seconds', n(peak.gbs)));
    rows.push(row(`season (${SEASON_DAYS} days): database reads`, n(seasonTotal.reads)));
    rows.push(row('season: database writes', n(seasonTotal.writes)));
    rows.push(row('season: function invocations', n(seasonTotal.invocations)));
    rows.push(row('season: GB-seconds', n(seasonTotal.gbs)));
    rows.push(row('busiest month (May): function invocations', n(may.invocations)));
    rows.push(row('busiest month (May): GB-seconds', n(may.gbs)));
    const quota = (x: number | null, unit = '') => (x === null ? 'unpublished' : `${n(x)}${unit}`);
    for (const f of fits) {
      const p: CloudbasePlan = f.plan;
      rows.push(
        row(
          `plan ${p.name}${p.priceYuanPerMonth === null ? '' : ` (¥${p.priceYuanPerMonth}/month)`}`,
          `R ${quota(p.readsPerDay)}/d, W ${quota(p.writesPerDay)}/d, QPS ${quota(p.qps)}, conn ${p.connections}, ${quota(p.gbSecondsPerMonth)} GBs/mo, calls ${quota(p.invocationsPerMonth)}/mo`,
          f.over.length ? `over: ${f.over.map((o) => `${o.measure} ×${o.ratio.toFixed(1)}`).join(', ')}` : `unchecked: ${f.unpublished.join(', ') || 'none'}`,
          'peak day and May × 1.3 within every published quota',
          f.over.length ? 'OVER' : 'ok',
        ),
      );
    }
    rows.push(
      row(
        'season-cost: smallest plan with 30 % headroom',
        chosen ? chosen.plan.name : 'none holds',
        chosen ? planWhy(chosen, fits) : '',
        'a plan holds',
        chosen ? 'ok' : 'OVER',
      ),
    );
    return rows;
  } finally {
    delete process.env.LOCAL_EMULATOR_NOW;
    await emulator.close();
  }
}

/** Why the chosen plan: what stopped the one before it. */
function planWhy(chosen: PlanFit, fits: PlanFit[]): string {
  const before = fits[fits.indexOf(chosen) - 1];
  return before ? `${before.plan.name} over on ${before.over.map((o) => o.measure).join(', ')}` : 'the smallest';
}
