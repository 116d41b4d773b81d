import { MAX_ALLOCATION_CHOICES } from './allocation/schema';
import type { FieldErrors } from './result';
import type { DistrictNarrowing, Season, SeasonSettings, Window } from './records/season';
import { dayjs, shanghaiDay, ZONE } from './time';
import { isPast } from './windows';

/**
 * R21 and R9: what makes a season's settings coherent — every window ordered and inside its year,
 * the phases in the order the seeds give them — and what a district may narrow. Pure, so the
 * settings page says the same as the server, field by field, in Chinese.
 */
const windows = ['publicity', 'choices', 'admission'] as const;
const windowNames: Record<(typeof windows)[number] | 'campusVisits.districtSchools' | 'campusVisits.otherSchools', string> = {
  publicity: '宣传时间',
  choices: '志愿填报时间',
  admission: '录取与报到时间',
  'campusVisits.districtSchools': '区属学校进校宣传时间',
  'campusVisits.otherSchools': '其他学校进校宣传时间',
};

const day = (d: string) => dayjs.tz(d, ZONE);

function windowProblems(problems: FieldErrors, path: string, w: Window, year: number, name: string): void {
  if (day(w.end).isBefore(day(w.start))) problems[`${path}.end`] = `${name}的结束日期不能早于开始日期`;
  for (const edge of ['start', 'end'] as const) {
    if (day(w[edge]).year() !== year) problems[`${path}.${edge}`] ??= `${name}应在 ${year} 年内`;
  }
}

function inside(inner: Window, outer: Window): boolean {
  return !day(inner.start).isBefore(day(outer.start)) && !day(inner.end).isAfter(day(outer.end));
}

export function seasonProblems(s: SeasonSettings, year: number): FieldErrors {
  const problems: FieldErrors = {};
  for (const key of windows) windowProblems(problems, key, s[key], year, windowNames[key]);
  windowProblems(problems, 'campusVisits.districtSchools', s.campusVisits.districtSchools, year, windowNames['campusVisits.districtSchools']);
  windowProblems(problems, 'campusVisits.otherSchools', s.campusVisits.otherSchools, year, windowNames['campusVisits.otherSchools']);
  if (Object.keys(problems).length) return problems;
  // R9: publicity, then choices, then admission; campus visits happen during publicity (R10).
  if (day(s.choices.start).isBefore(day(s.publicity.start))) problems['choices.start'] = '志愿填报不能早于宣传开始';
  if (!day(s.admission.start).isAfter(day(s.choices.end))) problems['admission.start'] = '录取应在志愿填报结束之后开始';
  for (const kind of ['districtSchools', 'otherSchools'] as const) {
    if (!inside(s.campusVisits[kind], s.publicity)) problems[`campusVisits.${kind}.start`] = `${windowNames[`campusVisits.${kind}`]}应在宣传时间之内`;
  }
  const dayIn = (path: string, d: string, after: string, before: string, message: string) => {
    if (day(d).isBefore(day(after)) || day(d).isAfter(day(before))) problems[path] = message;
  };
  dayIn('earlyStudyFrom', s.earlyStudyFrom, s.choices.start, s.admission.end, '提前学习的开始日期应在志愿填报开始之后、录取结束之前');
  dayIn('sendingStatisticsDue', s.sendingStatisticsDue, s.admission.start, `${year}-12-31`, '生源统计反馈日期应在录取开始之后、当年之内');
  dayIn('registrationDeadline', s.registrationDeadline, s.admission.start, `${year}-12-31`, '学籍注册截止日期应在录取开始之后、当年之内');
  dayIn('workEnds', s.workEnds, s.admission.end, `${year}-12-31`, '招生工作结束日期应在录取结束之后、当年之内');
  if (s.monthlyReports.reminderDay > s.monthlyReports.dueDay) problems['monthlyReports.reminderDay'] = '提醒日应在截止日之前';
  if (new Set(s.monthlyReports.months).size !== s.monthlyReports.months.length) problems['monthlyReports.months'] = '月份请不要重复';
  if (!isSafeFilingPattern(s.filingNumber.pattern)) {
    problems['filingNumber.pattern'] = '备案编号格式只能由文字和数字位（\\d 或 \\d{3}）组成，例如 ^某教职招备〔2027〕\\d{3}号$';
  } else if (!new RegExp(s.filingNumber.pattern).test(s.filingNumber.example)) {
    problems['filingNumber.example'] = '示例与备案编号格式不符';
  }
  const districts = s.targets.map((t) => t.district);
  s.targets.forEach((t, i) => {
    if (districts.indexOf(t.district) !== i) problems[`targets.${i}.district`] = '同一区县请只填一次';
    if (t.ownSchoolsQuota > t.total) problems[`targets.${i}.ownSchoolsQuota`] = '区属学校的指标不能超过区县的总目标';
  });
  // R26: the unified allocation takes at most six ranked choices per student
  if (s.admissionMode === 'unified' && s.maxChoices > MAX_ALLOCATION_CHOICES)
    problems.maxChoices = `统一录取时每名学生最多填报 ${MAX_ALLOCATION_CHOICES} 个志愿`;
  return problems;
}

/**
 * R26: the way of admission and its priorities are what families chose under; once the choice
 * window is over (the city's, on the server's clock) they are fixed, so nobody can change the
 * rules after seeing the choices or the lottery.
 */
export function admissionRulesProblems(
  stored: Pick<SeasonSettings, 'admissionMode' | 'priorities' | 'choices'>,
  next: Pick<SeasonSettings, 'admissionMode' | 'priorities'>,
  at: Date,
): FieldErrors {
  if (!isPast(stored.choices, at)) return {};
  const problems: FieldErrors = {};
  if (stored.admissionMode !== next.admissionMode) problems.admissionMode = '志愿填报已经截止，本年度的录取方式不能再修改';
  if (JSON.stringify(stored.priorities) !== JSON.stringify(next.priorities)) problems.priorities = '志愿填报已经截止，统一录取的优先顺序不能再修改';
  return problems;
}

/** R26: the moment a season's choices are over — the city's last choice day, on Shanghai's calendar. */
export function choiceDeadlinePassed(season: Pick<SeasonSettings, 'choices'>, at: Date): boolean {
  return isPast(season.choices, at);
}

/**
 * A filing-number format is literal text and digit places (`\d`, `\d{3}`, `\d{1,4}`), anchored:
 * no groups, alternatives or repetition of groups, so checking a number against it takes time in
 * proportion to its length — a bureau's format can never make a reviewer's check hang.
 */
export function isSafeFilingPattern(pattern: string): boolean {
  return pattern.length <= 100 && /^\^?(?:\\d(?:\{\d{1,2}(?:,\d{1,2})?\})?|[^\\^$.|?*+()[\]{}])*\$?$/.test(pattern);
}

/** A district narrows the city's windows, never widens them (R21). */
export function narrowingProblems(city: SeasonSettings, narrowing: DistrictNarrowing, year: number): FieldErrors {
  const problems: FieldErrors = {};
  for (const key of windows) {
    const w = narrowing[key];
    if (!w) continue;
    windowProblems(problems, key, w, year, windowNames[key]);
    if (!problems[`${key}.start`] && !problems[`${key}.end`] && !inside(w, city[key])) {
      problems[`${key}.start`] = `区县只能在市里的${windowNames[key]}（${city[key].start} 至 ${city[key].end}）之内调整`;
    }
  }
  return problems;
}

/** The season as it holds in one district: the city's, with the district's narrower windows. */
export function seasonInDistrict(season: Season, district: string | undefined): Season {
  const narrowing = district ? season.districts[district] : undefined;
  return narrowing ? { ...season, ...Object.fromEntries(Object.entries(narrowing).filter(([, w]) => w)) } : season;
}

/** A new year starts from a copy of the last, every date moved on by the years between. */
export function carriedForward(last: Season, year: number): SeasonSettings {
  const shift = (d: string) =>
    day(d)
      .add(year - last.year, 'year')
      .format('YYYY-MM-DD');
  const move = (w: Window): Window => ({ start: shift(w.start), end: shift(w.end) });
  return {
    publicity: move(last.publicity),
    campusVisits: { districtSchools: move(last.campusVisits.districtSchools), otherSchools: move(last.campusVisits.otherSchools) },
    choices: move(last.choices),
    earlyStudyFrom: shift(last.earlyStudyFrom),
    admission: move(last.admission),
    admissionChoiceDays: last.admissionChoiceDays,
    sendingStatisticsDue: shift(last.sendingStatisticsDue),
    registrationDeadline: shift(last.registrationDeadline),
    monthlyReports: last.monthlyReports,
    workEnds: shift(last.workEnds),
    maxChoices: last.maxChoices,
    tuitionExempt: last.tuitionExempt,
    filingNumber: {
      pattern: last.filingNumber.pattern.split(String(last.year)).join(String(year)),
      example: last.filingNumber.example.split(String(last.year)).join(String(year)),
    },
    filingMark: last.filingMark,
    targets: last.targets,
    admissionMode: last.admissionMode,
    priorities: last.priorities,
    laterRounds: last.laterRounds,
    maxRounds: last.maxRounds,
  };
}

/**
 * A city's first season (R27: from an empty environment, in the product): the phases of the city's
 * own notice in their usual months — publicity March–April, choices April–May with early study from
 * 1 May, campus visits in the last ten days of April, admission and reporting June–October, the
 * monthly tables August–November (R9, R10, R12) — and a neutral filing format, mark and no targets,
 * for the bureau to read through and set before the season starts.
 */
export function firstSeasonSettings(year: number, bureauName: string): SeasonSettings {
  const d = (monthDay: string) => `${year}-${monthDay}`;
  return {
    publicity: { start: d('03-01'), end: d('04-30') },
    campusVisits: { districtSchools: { start: d('04-20'), end: d('04-26') }, otherSchools: { start: d('04-27'), end: d('04-30') } },
    choices: { start: d('04-01'), end: d('05-31') },
    earlyStudyFrom: d('05-01'),
    admission: { start: d('06-01'), end: d('10-31') },
    admissionChoiceDays: 3,
    sendingStatisticsDue: d('10-10'),
    registrationDeadline: d('11-10'),
    monthlyReports: { months: [8, 9, 10, 11], dueDay: 23, reminderDay: 20 },
    workEnds: d('11-30'),
    maxChoices: 3,
    tuitionExempt: true,
    filingNumber: { pattern: `^招备〔${year}〕\\d{3}号$`, example: `招备〔${year}〕001号` },
    filingMark: `已经${bureauName}审查备案`.slice(0, 30),
    targets: [],
    admissionMode: 'school',
    priorities: [],
    laterRounds: 'bureau',
    maxRounds: 3,
  };
}

/** A season whose work has ended is history: read-only (R21). */
export function isPastSeason(season: Pick<Season, 'workEnds'>, at: Date): boolean {
  return at.getTime() > shanghaiDay(season.workEnds).end;
}

/**
 * The season in force at a moment: the earliest year whose work has not ended, else the latest.
 * (The bureau may open next year while this year's registration and reports are still under way.)
 */
export function seasonInForce<S extends Pick<Season, 'year' | 'workEnds'>>(seasons: S[], at: Date): S | null {
  const byYear = [...seasons].sort((a, b) => a.year - b.year);
  return byYear.find((s) => !isPastSeason(s, at)) ?? byYear.at(-1) ?? null;
}
