import { main as unifiedRoundView } from '../../../cloudfunctions/bureau/unifiedRoundView';
import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as offerAnswer } from '../../../cloudfunctions/family/offerAnswer';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { Lead } from '../../../shared/records/lead';
import type { UnifiedOffer } from '../../../shared/records/unified-round';
import { freshBackendPerTest, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { bureau, everything, moverRoundOne, XF, XZ } from '../../helpers/unified';

/**
 * R26, R25: a later round moves a student up to a choice they ranked higher — to another major of
 * the school that already admitted them, or to another school — and the admission it made before is
 * replaced in the same transaction: one admission at a time, each major's places counted exactly,
 * the family told (R28). A student who has already reported (报到) where they were admitted is not
 * moved, and the round says why.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;

const XF2 = { brochureId: XF.brochureId, majorId: 'major-xf-002', schoolId: XF.schoolId };
const XZ2 = { brochureId: XZ.brochureId, majorId: 'major-xz-002', schoolId: XZ.schoolId };
const XF_ADMIN = 'seed-openid-admin-xinfu';

const offers = () => store().find('unifiedOffers', {}) as unknown as UnifiedOffer[];
const offersOf = (formId: string) =>
  offers()
    .filter((o) => o.formId === formId)
    .sort((a, b) => a.round - b.round);
const leadAt = (formId: string, schoolId: string) => store().find('leads', { formId, schoolId })[0] as unknown as Lead;
const held = (m: { schoolId: string; majorId: string }) =>
  (store().getById('admissionPlaces', admissionPlacesId(m.schoolId, 2027, m.majorId))?.doc as { held: number } | undefined)?.held ?? 0;
const admittedTold = (formId: string) => {
  const form = store().getById('choiceForms', formId)?.doc as { openid: string };
  return store()
    .find('outbox', { kind: 'school-recorded', recipientOpenid: form.openid })
    .filter((m) => Object.values(m.data as Record<string, string>).includes('已录取')).length;
};

/** Each major's places held are exactly the leads admitted or enrolled there. */
function expectPlacesCounted(majors: Array<{ schoolId: string; majorId: string }>) {
  const leads = store().find('leads', { year: 2027 }) as unknown as Lead[];
  for (const m of majors) {
    const holding = leads.filter(
      (l) => (l.status === 'admitted' || l.status === 'enrolled') && l.schoolId === m.schoolId && l.admission?.majorId === m.majorId,
    ).length;
    expect(held(m)).toBe(holding);
  }
}

/**
 * 忻府区's district school has one place of 电子商务 (XF), which its own district's student takes in
 * round 1; 原平市's `mover` ranks it first and gets `second` in round 1. The local student declines
 * before round 2 (or, with `decline: false`, nobody does).
 */
async function moverSeason(second: { brochureId: string; majorId: string; schoolId: string }) {
  const { mover, local } = await moverRoundOne(store(), second);
  expect(offersOf(local.formId)).toMatchObject([{ schoolId: XF.schoolId, majorId: XF.majorId, rank: 1, status: 'held' }]);
  expect(offersOf(mover.formId)).toMatchObject([{ schoolId: second.schoolId, majorId: second.majorId, rank: 2, status: 'held' }]);
  await expectOk(offerAnswer, { formId: local.formId, answer: 'decline' }, local.family);
  return { mover, local };
}

test('R26: round 2 moves a student up to another major of the same school: the same lead admitted at the new major, the old major’s place given back and the new one taken in one step, once; the family told', async () => {
  const { mover } = await moverSeason(XF2);
  // the family had accepted the lower choice: still on the higher one's waiting list, and moved up
  await expectOk(offerAnswer, { formId: mover.formId, answer: 'accept' }, mover.family);
  expect(held(XF2)).toBe(1);
  expect(held(XF)).toBe(0);
  expect(admittedTold(mover.formId)).toBe(1);

  expect(await expectOk(unifiedCommit, { round: 2 }, bureau)).toEqual({ round: 2, status: 'committed', offers: 1, applied: 1, void: 0, voided: [] });
  const [before, after] = offersOf(mover.formId);
  expect(before).toMatchObject({ round: 1, majorId: XF2.majorId, status: 'moved' });
  expect(after).toMatchObject({ round: 2, schoolId: XF.schoolId, majorId: XF.majorId, rank: 1, status: 'held', replaces: before?._id });
  // one lead at the school, admitted at the new major: no release, one new line saying what changed
  const lead = leadAt(mover.formId, XF.schoolId);
  expect(lead).toMatchObject({ status: 'admitted', admission: { majorId: XF.majorId, majorName: '电子商务', rank: 1, staffName: '统一录取' } });
  expect(lead.history.map((h) => h.status)).toEqual(['new', 'admitted', 'admitted']);
  expect(lead.history.at(-1)).toMatchObject({ note: '统一录取第2轮改录取到更靠前的志愿：电子商务（原录取幼儿保育）' });
  // the places move with it: the old major's given back, the new one's taken
  expect(held(XF)).toBe(1);
  expect(held(XF2)).toBe(0);
  expectPlacesCounted([XF, XF2]);
  expect(store().getById('choiceForms', mover.formId)?.doc).toMatchObject({ placement: 'admitted' });
  // R28: the school's new record of the child is told, once
  expect(admittedTold(mover.formId)).toBe(2);
  // 我的志愿 shows the new offer, to answer again, and both records of the school, each with its own major
  const mine = (await expectOk(choiceMine, {}, mover.family)).forms[0];
  expect(mine?.offer).toMatchObject({ schoolName: '忻府区职业中学', majorName: '电子商务', rank: 1, status: 'held', mayAnswer: true });
  expect(mine?.records.map((r) => r.text.replace(/^\S+ \S+ /, ''))).toEqual(['忻府区职业中学记录：幼儿保育专业录取', '忻府区职业中学记录：电子商务专业录取']);

  // committing the round again changes nothing
  const stored = everything(store());
  expect(await expectOk(unifiedCommit, { round: 2 }, bureau)).toMatchObject({ round: 2, status: 'committed', applied: 1, void: 0 });
  expect(everything(store())).toEqual(stored);
});

test('R26: round 2 moves a student up to another school — the earlier admission given back first, in the same transaction; each school’s places counted', async () => {
  const { mover } = await moverSeason(XZ2);
  expect(await expectOk(unifiedCommit, { round: 2 }, bureau)).toEqual({ round: 2, status: 'committed', offers: 1, applied: 1, void: 0, voided: [] });
  const [before, after] = offersOf(mover.formId);
  expect(before).toMatchObject({ round: 1, schoolId: XZ.schoolId, status: 'moved' });
  expect(after).toMatchObject({ round: 2, schoolId: XF.schoolId, majorId: XF.majorId, status: 'held', replaces: before?._id });
  expect(leadAt(mover.formId, XZ.schoolId)).toMatchObject({ status: 'released' });
  expect(leadAt(mover.formId, XZ.schoolId).history.at(-1)).toMatchObject({ note: '统一录取第2轮录取到更靠前的志愿' });
  expect(leadAt(mover.formId, XF.schoolId)).toMatchObject({ status: 'admitted', admission: { majorId: XF.majorId } });
  expect(held(XF)).toBe(1);
  expect(held(XZ2)).toBe(0);
  expectPlacesCounted([XF, XZ2]);
});

test.each([
  { where: 'the same school', second: XF2, admin: XF_ADMIN },
  { where: 'another school', second: XZ2, admin: openidOf('schoolAdmin') },
])(
  'R26: a student who has reported (报到) where round 1 admitted them, at $where, is not moved — the round and the bureau’s view say why',
  async ({ second, admin }) => {
    const { mover } = await moverSeason(second);
    // the school records 报到 on the day of its notice
    process.env.LOCAL_EMULATOR_NOW = '2027-08-26T09:00:00+08:00';
    await expectOk(leadProgress, { id: leadAt(mover.formId, second.schoolId)._id, status: 'enrolled' }, admin);
    const voided = [{ reason: 'enrolledEarlier', label: '已在原录取的学校报到', count: 1 }];
    expect(await expectOk(unifiedCommit, { round: 2 }, bureau)).toEqual({ round: 2, status: 'committed', offers: 1, applied: 1, void: 1, voided });
    expect(offersOf(mover.formId)).toMatchObject([
      { round: 1, status: 'accepted' },
      { round: 2, status: 'void', voidReason: 'enrolledEarlier' },
    ]);
    expect(leadAt(mover.formId, second.schoolId)).toMatchObject({ status: 'enrolled', admission: { majorId: second.majorId } });
    expect(held(XF)).toBe(0);
    expectPlacesCounted([XF, second]);
    expect((await expectOk(unifiedRoundView, {}, bureau)).round).toMatchObject({ round: 2, void: 1, voided });
  },
);

test.each([
  { where: 'the same school', second: XF2, offered: 0 },
  { where: 'another school', second: XZ2, offered: 1 },
])(
  'R26: a family that declined its lower choice, at $where as its first, is offered its first in round 2 only at another school — a school given up is not offered again, and no place is spent on an offer that could not be applied',
  async ({ second, offered }) => {
    const { mover } = await moverSeason(second);
    const waitingBefore = (await expectOk(choiceMine, {}, mover.family)).forms[0]?.waiting;
    expect(waitingBefore?.places.map((p) => p.schoolName)).toEqual(['忻府区职业中学']);
    await expectOk(offerAnswer, { formId: mover.formId, answer: 'decline' }, mover.family);
    expect(leadAt(mover.formId, second.schoolId)).toMatchObject({ status: 'released' });
    // 我的志愿 stops showing a place on the list of a school given up, before the next round says so
    const waitingAfter = (await expectOk(choiceMine, {}, mover.family)).forms[0]?.waiting;
    expect(waitingAfter ?? null).toEqual(offered ? waitingBefore : null);
    const result = await expectOk(unifiedCommit, { round: 2 }, bureau);
    expect(result).toMatchObject({ round: 2, status: 'committed', offers: offered, applied: offered, void: 0 });
    expect(offersOf(mover.formId)).toHaveLength(1 + offered);
    expect(leadAt(mover.formId, XF.schoolId)).toMatchObject({ status: offered ? 'admitted' : 'released' });
    expectPlacesCounted([XF, second]);
  },
);
