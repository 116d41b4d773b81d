import type { Season } from '../../shared/records/season';

/**
 * The demo season only: the emulator seeds it on first start. Functions never read this file; the
 * season in force is the bureau's, read from the database (cloudfunctions/domains/season/season.ts).
 * One concrete instance of the city's rules, with the district plan's dates (004 §3). Its filing
 * number's format, mark and district target name the demo city, so they live here with the demo
 * data, not in the product (R27: tests/unit/city-names.test.ts).
 */
export const demoSeason: Season = {
  _id: 'season-2027',
  year: 2027,
  revision: 1,
  publicity: { start: '2027-03-01', end: '2027-04-30' },
  campusVisits: { districtSchools: { start: '2027-04-20', end: '2027-04-26' }, otherSchools: { start: '2027-04-27', end: '2027-04-30' } },
  choices: { start: '2027-04-01', end: '2027-05-31' },
  earlyStudyFrom: '2027-05-01',
  admission: { start: '2027-06-01', end: '2027-10-31' },
  admissionChoiceDays: 3,
  sendingStatisticsDue: '2027-10-10',
  registrationDeadline: '2027-11-10',
  monthlyReports: { months: [8, 9, 10, 11], dueDay: 23, reminderDay: 20 },
  workEnds: '2027-11-30',
  maxChoices: 3,
  tuitionExempt: true,
  filingNumber: { pattern: '^忻教职招备〔2027〕\\d{3}号$', example: '忻教职招备〔2027〕008号' },
  filingMark: '已经市教育局审查备案',
  targets: [{ district: '忻府区', ownSchoolsQuota: 1100, total: 2000 }],
  admissionMode: 'school',
  priorities: [],
  laterRounds: 'bureau',
  maxRounds: 3,
  districts: {},
  updatedAt: new Date('2026-11-01T09:00:00+08:00'),
};
