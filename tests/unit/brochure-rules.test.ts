import { demoSeason as season } from '../../emulator/seed/season';
import { verifyBrochure, type VerificationFacts } from '../../shared/brochure-rules';
import { brochures } from '../../emulator/seed/brochures';
import { majors, schools } from '../../emulator/seed/schools';

/** The verification the whole product relies on, rule by rule, with the server's clock injected. */
const approved = brochures.find((b) => b._id === 'brochure-xz-vocational-v2');
const school = schools.find((s) => s._id === 'school-xz-vocational') ?? null;
if (!approved) throw new Error('seed changed');

const facts = (over: Partial<VerificationFacts> = {}): VerificationFacts => ({
  brochure: approved,
  school,
  currentApprovedId: approved._id,
  now: new Date('2027-04-15T10:00:00+08:00'),
  season,
  purpose: 'choose',
  ...over,
});

test('an approved, current brochure of a qualified school may be chosen inside the window', () => {
  expect(verifyBrochure(facts())).toEqual({ allowed: true });
  expect(verifyBrochure(facts({ majorId: 'major-xz-001', major: majors.find((m) => m._id === 'major-xz-001') }))).toEqual({ allowed: true });
});

test.each(['draft', 'submitted', 'rejected'] as const)('R2: a %s brochure may not be shown', (status) => {
  expect(verifyBrochure(facts({ brochure: { ...approved, status }, purpose: 'show' }))).toMatchObject({ allowed: false, rule: 'R2' });
});

test('R2: a superseded or withdrawn brochure is not offered for new choices', () => {
  expect(verifyBrochure(facts({ brochure: { ...approved, status: 'superseded' } }))).toMatchObject({ allowed: false, rule: 'R2' });
  expect(verifyBrochure(facts({ currentApprovedId: 'a-newer-version' }))).toMatchObject({ allowed: false, rule: 'R2' });
  expect(verifyBrochure(facts({ brochure: { ...approved, status: 'withdrawn' } }))).toMatchObject({
    allowed: false,
    rule: 'R2',
    reason: '该招生简章已撤回，不再接受新的志愿',
  });
});

test('R1: a school without this year’s qualification or inspection says no', () => {
  const failed = school && { ...school, qualifications: [{ year: season.year, qualified: true, inspectionPassed: false }] };
  expect(verifyBrochure(facts({ school: failed }))).toMatchObject({ allowed: false, rule: 'R1' });
  const lastYear = school && { ...school, qualifications: [{ year: season.year - 1, qualified: true, inspectionPassed: true }] };
  expect(verifyBrochure(facts({ school: lastYear }))).toMatchObject({ allowed: false, rule: 'R1' });
});

test('R5: a major that is not in this version, or not filed, may not be chosen', () => {
  expect(verifyBrochure(facts({ majorId: 'major-xf-001', major: majors.find((m) => m._id === 'major-xf-001') }))).toMatchObject({
    allowed: false,
    rule: 'R5',
    reason: '该专业不在这份招生简章中',
  });
  const unfiled = { ...majors.find((m) => m._id === 'major-xz-001'), filed: false } as (typeof majors)[number];
  expect(verifyBrochure(facts({ majorId: 'major-xz-001', major: unfiled }))).toMatchObject({ allowed: false, rule: 'R5' });
});

test('R9: choices are accepted from the first to the last day of the window, Shanghai time', () => {
  const at = (iso: string) => verifyBrochure(facts({ now: new Date(iso) }));
  expect(at('2027-03-31T23:59:59+08:00')).toMatchObject({ allowed: false, rule: 'R9' });
  expect(at('2027-04-01T00:00:00+08:00')).toEqual({ allowed: true });
  expect(at('2027-05-31T23:59:59+08:00')).toEqual({ allowed: true });
  expect(at('2027-06-01T00:00:00+08:00')).toMatchObject({ allowed: false, rule: 'R9' });
  // 2027-05-31 16:30 UTC is already June 1st in Shanghai
  expect(at('2027-05-31T16:30:00Z')).toMatchObject({ allowed: false, rule: 'R9' });
  // showing is not bound to the choice window
  expect(verifyBrochure(facts({ now: new Date('2026-11-23T10:00:00+08:00'), purpose: 'show' }))).toEqual({ allowed: true });
});

test('R4: published information is kept until the season’s work ends, then no longer shown', () => {
  expect(verifyBrochure(facts({ now: new Date('2027-10-31T23:00:00+08:00'), purpose: 'show' }))).toEqual({ allowed: true });
  expect(verifyBrochure(facts({ now: new Date('2027-11-01T00:00:01+08:00'), purpose: 'show' }))).toMatchObject({ allowed: false, rule: 'R4' });
});
