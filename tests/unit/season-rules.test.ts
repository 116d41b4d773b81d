import { demoSeason } from '../../emulator/seed/season';
import { settingChanges } from '../../shared/changes';
import { carriedForward, isPastSeason, narrowingProblems, seasonInDistrict, seasonInForce, seasonProblems } from '../../shared/season-rules';
import { isPast, isWithin } from '../../shared/windows';

/** R9, R21: the season's windows by the server's clock in Shanghai, and what makes settings coherent. */
const { _id, year, districts, updatedAt, revision, ...settings } = demoSeason;
const at = (iso: string) => new Date(iso);
const windows = {
  publicity: demoSeason.publicity,
  'campus visits, district schools': demoSeason.campusVisits.districtSchools,
  'campus visits, other schools': demoSeason.campusVisits.otherSchools,
  choices: demoSeason.choices,
  admission: demoSeason.admission,
};

test.each(Object.entries(windows))('R9: the clock crosses the %s window at midnight, Shanghai time, on its first and last day', (_name, w) => {
  expect(isWithin(w, at(`${w.start}T00:00:00+08:00`))).toBe(true);
  expect(isWithin(w, new Date(at(`${w.start}T00:00:00+08:00`).getTime() - 1000))).toBe(false);
  expect(isWithin(w, at(`${w.end}T23:59:59+08:00`))).toBe(true);
  expect(isWithin(w, new Date(at(`${w.end}T23:59:59+08:00`).getTime() + 1000))).toBe(false);
  expect(isPast(w, new Date(at(`${w.end}T23:59:59+08:00`).getTime() + 1000))).toBe(true);
  // 16:00 UTC on the last day is already the next day in Shanghai
  expect(isWithin(w, at(`${w.end}T16:00:00Z`))).toBe(false);
});

test('R21: the demo season is coherent, and so is next year’s copy of it', () => {
  expect(seasonProblems(settings, 2027)).toEqual({});
  const next = carriedForward(demoSeason, 2028);
  expect(seasonProblems(next, 2028)).toEqual({});
  expect(next).toMatchObject({
    choices: { start: '2028-04-01', end: '2028-05-31' },
    earlyStudyFrom: '2028-05-01',
    workEnds: '2028-11-30',
    filingNumber: { pattern: '^忻教职招备〔2028〕\\d{3}号$' },
  });
  // 29 February moves to 28 February in a year that has none
  expect(carriedForward({ ...demoSeason, year: 2028, earlyStudyFrom: '2028-02-29' }, 2029).earlyStudyFrom).toBe('2029-02-28');
});

test('R21: the season in force is this year’s until its work ends, then the next', () => {
  const next = { ...demoSeason, _id: 'season-2028', year: 2028, workEnds: '2028-11-30' };
  expect(seasonInForce([next, demoSeason], at('2027-11-30T23:59:59+08:00'))?.year).toBe(2027);
  expect(seasonInForce([next, demoSeason], at('2027-12-01T00:00:00+08:00'))?.year).toBe(2028);
  expect(seasonInForce([demoSeason], at('2028-06-01T00:00:00+08:00'))?.year).toBe(2027);
  expect(seasonInForce([], at('2027-01-01T00:00:00+08:00'))).toBeNull();
  expect(isPastSeason(demoSeason, at('2027-12-01T00:00:00+08:00'))).toBe(true);
});

test('R21: a district narrows within the city’s windows; its students are held to the narrower one', () => {
  expect(narrowingProblems(settings, { choices: { start: '2027-04-10', end: '2027-05-20' } }, 2027)).toEqual({});
  expect(narrowingProblems(settings, { choices: { start: '2027-03-10', end: '2027-05-20' } }, 2027)).toEqual({
    'choices.start': expect.stringContaining('之内'),
  });
  expect(narrowingProblems(settings, { admission: { start: '2027-07-01', end: '2027-06-01' } }, 2027)).toEqual({
    'admission.end': '录取与报到时间的结束日期不能早于开始日期',
  });
  const narrowed = { ...demoSeason, districts: { 忻府区: { choices: { start: '2027-04-10', end: '2027-05-20' } } } };
  expect(seasonInDistrict(narrowed, '忻府区').choices).toEqual({ start: '2027-04-10', end: '2027-05-20' });
  expect(seasonInDistrict(narrowed, '原平市').choices).toEqual(demoSeason.choices);
  expect(seasonInDistrict(narrowed, undefined).choices).toEqual(demoSeason.choices);
});

test('R21: the history names what changed, with its label, before and after', () => {
  expect(settingChanges(settings, { ...settings, maxChoices: 4, choices: { start: '2027-04-02', end: '2027-05-31' } })).toEqual([
    { field: 'choices', label: '志愿填报时间', before: '2027-04-01 至 2027-05-31', after: '2027-04-02 至 2027-05-31' },
    { field: 'maxChoices', label: '可填报志愿数', before: '3', after: '4' },
  ]);
  expect(settingChanges(settings, settings)).toEqual([]);
});
