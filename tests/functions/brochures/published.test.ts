import { main as brochureCheck } from '../../../cloudfunctions/public/brochureCheck';
import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as choiceOptions } from '../../../cloudfunctions/family/choiceOptions';
import { main as home } from '../../../cloudfunctions/public/home';
import { brochures as seeded } from '../../../emulator/seed/brochures';
import { cardsFor } from '../../../emulator/seed';
import type { Brochure, BrochureSeries } from '../../../shared/records/brochure';
import type { School } from '../../../shared/records/school';
import type { Emulator } from '../../../emulator/server';
import { brochureStatusSchema } from '../../../shared/records/brochure';
import { localBackend } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/**
 * R1, R2, R4: "published" is one definition (shared/brochure-lifecycle.ts) used as the lists' query
 * and as the verification's check. Here the two answer on the same data — a brochure in every state,
 * of a qualified school, of a school that failed its inspection, and of last year — at every point
 * of the season, and must agree.
 */
let emulator: Emulator;
const visitor = 'any-visitor';
const template = seeded.find((b) => b._id === 'brochure-xz-first-vocational-v1');
if (!template) throw new Error('seed changed');

beforeAll(async () => {
  emulator = await localBackend();
  const extra = [
    ...brochureStatusSchema.options.map((status, n) => ({ ...template, _id: `brochure-state-${status}`, version: 10 + n, status })),
    // approved, but the school failed its inspection this year (R1)
    { ...template, _id: 'brochure-unqualified', schoolId: 'school-huaxin-training', schoolName: '华信职业培训学校', version: 1, status: 'approved' as const },
    // approved last year (R4)
    { ...template, _id: 'brochure-last-year', year: 2026, version: 1, status: 'approved' as const },
  ];
  emulator.store.write(extra.map((doc) => ({ collection: 'brochures', id: doc._id, doc, insert: true })));
  // the approved extra is the current version of its school (as approval makes it)
  emulator.store.write([
    {
      collection: 'brochureSeries',
      id: 'school-xz-first-vocational-2027',
      doc: {
        _id: 'school-xz-first-vocational-2027',
        schoolId: 'school-xz-first-vocational',
        year: 2027,
        latestVersion: 20,
        currentApprovedId: 'brochure-state-approved',
        draftId: null,
      },
    },
  ]);
  // written straight into the store, as no function would: their cards as approval would have written them
  const all = <T>(collection: string) => emulator.store.find(collection, {}) as unknown as T[];
  const cards = cardsFor({ series: all<BrochureSeries>('brochureSeries'), brochures: all<Brochure>('brochures'), schools: all<School>('schools') });
  emulator.store.write(cards.map((card) => ({ collection: 'brochureCards', id: card._id, doc: card })));
});
afterAll(() => {
  delete process.env.LOCAL_EMULATOR_NOW;
  return emulator.close();
});

async function listed(): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = await expectOk(brochureList, { page, pageSize: 20 }, visitor);
    ids.push(...items.map((i) => i.id));
    if (ids.length >= total || items.length === 0) return ids.sort();
  }
}

async function allowedByTheCheck(): Promise<string[]> {
  const all = emulator.store.find('brochures', {}).map((b) => String(b._id));
  const verdicts = await Promise.all(
    all.map(async (id) => [id, (await expectOk(brochureCheck, { brochureId: id, purpose: 'show' }, visitor)).allowed] as const),
  );
  return verdicts
    .filter(([, allowed]) => allowed)
    .map(([id]) => id)
    .sort();
}

test.each([
  ['before the season', '2026-11-23T10:00:00+08:00'],
  ['in publicity', '2027-03-15T10:00:00+08:00'],
  ['in the choice window', '2027-04-15T10:00:00+08:00'],
  ['on the last evening of admission', '2027-10-31T23:00:00+08:00'],
  ['after the admission window', '2027-11-01T00:00:01+08:00'],
])('R2: the list, the choice form, the home count and the verification agree %s', async (_when, at) => {
  process.env.LOCAL_EMULATOR_NOW = at;
  const shown = await allowedByTheCheck();
  expect(await listed()).toEqual(shown);
  expect((await expectOk(choiceOptions, {}, visitor)).brochures.map((b) => b.id).sort()).toEqual(shown);
  expect((await expectOk(home, {}, visitor)).stats.approvedBrochures).toBe(shown.length);
  if (at.startsWith('2027-11')) expect(shown).toEqual([]);
  else expect(shown).toEqual(['brochure-state-approved', 'brochure-xinfu-vocational-v1', 'brochure-xz-vocational-v2']);
});
