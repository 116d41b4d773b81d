import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as offerAnswer } from '../../../cloudfunctions/family/offerAnswer';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { Lead } from '../../../shared/records/lead';
import type { UnifiedOffer } from '../../../shared/records/unified-round';
import { freshBackendPerTest, invoke } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { bureau, moverRoundOne, XF, XZ } from '../../helpers/unified';

/**
 * R26, R25: a family's answer racing the bureau's next round over the same student. Whichever lands
 * first, the student ends with one live offer and one admission, and every major's places held
 * count the admissions that hold them.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const offers = () => store().find('unifiedOffers', {}) as unknown as UnifiedOffer[];
const leads = (formId: string) => store().find('leads', { formId }) as unknown as Lead[];
const held = (schoolId: string, majorId: string) =>
  (store().getById('admissionPlaces', admissionPlacesId(schoolId, 2027, majorId))?.doc as { held: number } | undefined)?.held ?? 0;
const XZ2 = { brochureId: XZ.brochureId, majorId: 'major-xz-002' };

/** Round 1 committed: 忻府区's own student holds 忻府区职业中学's one place; the mover, from 原平市, waits on it holding its second choice. */
async function roundOneWithAWaitingMover() {
  return moverRoundOne(store(), XZ2);
}

/** The invariant after any race: one live offer and one admitted lead for the student, places held = admissions. */
function expectOneAdmission(formId: string) {
  const live = offers().filter((o) => o.formId === formId && (o.status === 'held' || o.status === 'accepted'));
  expect(live).toHaveLength(1);
  const admitted = leads(formId).filter((l) => l.status === 'admitted');
  expect(admitted.map((l) => [l.schoolId, l.admission?.majorId])).toEqual([[live[0]?.schoolId, live[0]?.majorId]]);
  for (const [schoolId, majorId] of [
    [XF.schoolId, XF.majorId],
    [XZ.schoolId, XZ2.majorId],
  ] as const) {
    const holding = store()
      .find('leads', { schoolId, status: 'admitted' })
      .filter((l) => (l as unknown as Lead).admission?.majorId === majorId).length;
    expect({ schoolId, majorId, held: held(schoolId, majorId) }).toEqual({ schoolId, majorId, held: holding });
  }
}

afterEach(() => {
  delete process.env.LOCAL_EMULATOR_NOW;
});

test('R26: the family accepting its second choice while round 2 moves it up to its first: one admission, the places counted once', async () => {
  const { mover, local } = await roundOneWithAWaitingMover();
  await expectOk(offerAnswer, { formId: local.formId, answer: 'decline' }, local.family);
  const [answer, round] = await Promise.all([
    invoke(offerAnswer, { formId: mover.formId, answer: 'accept' }, mover.family),
    invoke(unifiedCommit, { round: 2 }, bureau),
  ]);
  expect(round).toMatchObject({ ok: true, data: { round: 2, status: 'committed' } });
  // the answer lands on the offer it saw, or finds it moved and is told so — never an error of the system
  if (!answer.ok) expect(answer.error.code).toBe('CONFLICT');
  expectOneAdmission(mover.formId);
});

test('R26: a family declining while round 2 runs: its place goes to the round or to the next, never held by two', async () => {
  const { mover, local } = await roundOneWithAWaitingMover();
  const [answer, round] = await Promise.all([
    invoke(offerAnswer, { formId: local.formId, answer: 'decline' }, local.family),
    invoke(unifiedCommit, { round: 2 }, bureau),
  ]);
  expect(answer).toMatchObject({ ok: true, data: { status: 'declined' } });
  expect(round).toMatchObject({ ok: true });
  // a round that ran before the decline landed left the place for round 3
  await expectOk(unifiedCommit, { round: 3 }, bureau);
  expect(leads(local.formId).filter((l) => l.status === 'admitted')).toEqual([]);
  expectOneAdmission(mover.formId);
  expect(offers().find((o) => o.formId === mover.formId && (o.status === 'held' || o.status === 'accepted'))).toMatchObject({ schoolId: XF.schoolId });
});

test('R26: a family withdrawing its form while round 2 runs: no admission left for it, its places given back', async () => {
  const { mover, local } = await roundOneWithAWaitingMover();
  await expectOk(offerAnswer, { formId: local.formId, answer: 'decline' }, local.family);
  const [withdrawn, round] = await Promise.all([invoke(choiceWithdraw, { formId: mover.formId }, mover.family), invoke(unifiedCommit, { round: 2 }, bureau)]);
  expect(round).toMatchObject({ ok: true });
  if (withdrawn.ok) {
    expect(leads(mover.formId).filter((l) => l.status === 'admitted')).toEqual([]);
    expect([held(XF.schoolId, XF.majorId), held(XZ.schoolId, XZ2.majorId)]).toEqual([0, 0]);
  } else {
    // withdrawal after admission may be refused by the form's own rules; then the student keeps one admission
    expectOneAdmission(mover.formId);
  }
});
