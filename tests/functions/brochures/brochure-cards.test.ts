import { main as brochureCheck } from '../../../cloudfunctions/public/brochureCheck';
import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as brochureSave } from '../../../cloudfunctions/school/brochureSave';
import { main as brochureSubmit } from '../../../cloudfunctions/school/brochureSubmit';
import { main as choiceOptions } from '../../../cloudfunctions/family/choiceOptions';
import { main as reviewDecide } from '../../../cloudfunctions/bureau/reviewDecide';
import { main as schoolSave } from '../../../cloudfunctions/bureau/schoolSave';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { brochureFacts } from '../../helpers/forms';

/**
 * R1, R2, R4: the list reads only the brochure cards (cloudfunctions/domains/brochures/brochure-cards.ts), kept by
 * the transactions that change what "published" depends on. After every step of a brochure's life,
 * the list, the choice form's options and the cards must be exactly what the verification allows.
 */
const backend = freshBackendPerTest('2027-03-20T10:00:00+08:00');
const family = openidOf('guardian');
const admin = openidOf('schoolAdmin'); // 忻州市职业技术学校, a city school
const reviewer = openidOf('reviewer'); // the city's
const bureau = openidOf('bureauAdmin');

async function listed(): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = await expectOk(brochureList, { page, pageSize: 20 }, family);
    ids.push(...items.map((i) => i.id));
    if (ids.length >= total || items.length === 0) return ids.sort();
  }
}

async function allowedByTheCheck(): Promise<string[]> {
  const all = backend.emulator.store.find('brochures', {}).map((b) => String(b._id));
  const verdicts = await Promise.all(
    all.map(async (id) => [id, (await expectOk(brochureCheck, { brochureId: id, purpose: 'show' }, family)).allowed] as const),
  );
  return verdicts
    .filter(([, allowed]) => allowed)
    .map(([id]) => id)
    .sort();
}

/** The cards, the list and the options agree with the verification; answers what is shown. */
async function agreed(): Promise<string[]> {
  const shown = await allowedByTheCheck();
  expect(await listed()).toEqual(shown);
  expect((await expectOk(choiceOptions, {}, family)).brochures.map((b) => b.id).sort()).toEqual(shown);
  return shown;
}

const approval = (brochureId: string, n: string) => ({ brochureId, decision: 'approve', filingNumber: `忻教职招备〔2027〕${n}号` });
const approve = (brochureId: string, n: string) => invoke(reviewDecide, approval(brochureId, n), reviewer);
const approved = (brochureId: string, n: string) => expectOk(reviewDecide, approval(brochureId, n), reviewer);

async function newVersion(): Promise<string> {
  const { id } = await expectOk(brochureSave, { facts: brochureFacts() }, admin);
  await expectOk(brochureSubmit, { id }, admin);
  return id;
}

async function loseQualification(schoolId: string, inspectionPassed: boolean): Promise<void> {
  const { _id, qualifications: _was, updatedAt: _at, revision, ...school } = backend.emulator.store.getById('schools', schoolId)?.doc ?? {};
  await expectOk(schoolSave, { ...school, id: _id, version: revision, qualification: { year: 2027, qualified: true, inspectionPassed } }, bureau);
}

test('R2: the demo seed lists exactly what the verification allows', async () => {
  expect(await agreed()).toEqual(['brochure-xinfu-vocational-v1', 'brochure-xz-vocational-v2']);
});

test('R2: an approved brochure is listed at once, and leaves at once when withdrawn', async () => {
  await approved('brochure-xz-first-vocational-v1', '050');
  expect(await agreed()).toContain('brochure-xz-first-vocational-v1');
  await expectOk(reviewDecide, { brochureId: 'brochure-xz-first-vocational-v1', decision: 'withdraw', reason: '学校申请暂停招生。' }, reviewer);
  expect(await agreed()).not.toContain('brochure-xz-first-vocational-v1');
});

test('R2: a new version approved replaces the one families saw', async () => {
  const id = await newVersion();
  expect(await agreed()).toContain('brochure-xz-vocational-v2');
  await approved(id, '051');
  const shown = await agreed();
  expect(shown).toContain(id);
  expect(shown).not.toContain('brochure-xz-vocational-v2');
});

test('R1: a school that loses its qualification leaves the list at once, and returns when it regains it', async () => {
  await loseQualification('school-xz-vocational', false);
  expect(await agreed()).toEqual(['brochure-xinfu-vocational-v1']);
  await loseQualification('school-xz-vocational', true);
  expect(await agreed()).toEqual(['brochure-xinfu-vocational-v1', 'brochure-xz-vocational-v2']);
});

test('R4: when the season’s work ends nothing is listed, as the verification says', async () => {
  process.env.LOCAL_EMULATOR_NOW = '2027-11-01T00:00:01+08:00';
  expect(await agreed()).toEqual([]);
});

test('R2: two approvals of one brochure at once: one wins, and the cards agree', async () => {
  const id = await newVersion();
  const results = await Promise.all([approve(id, '052'), approve(id, '053')]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(await agreed()).toContain(id);
});

test('R1, R2: an approval and a loss of qualification at once leave the cards agreeing', async () => {
  const id = await newVersion();
  await Promise.all([approved(id, '054'), loseQualification('school-xz-vocational', false)]);
  expect(await agreed()).toEqual(['brochure-xinfu-vocational-v1']);
});
