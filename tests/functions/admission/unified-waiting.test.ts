import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as offerAnswer } from '../../../cloudfunctions/family/offerAnswer';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { main as lotterySeedPublish } from '../../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../../cloudfunctions/bureau/lotterySeedReveal';
import { waitingBuckets } from '../../../cloudfunctions/domains/admission/unified/waiting';
import { unifiedRoundIdOf, unifiedWaitingIdOf, waitingBucketOf, type UnifiedRound, type UnifiedWaiting } from '../../../shared/records/unified-round';
import { freshBackendPerTest } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';
import { AFTER_DEADLINE, bureau, file, makeUnified, notices, planPlaces, XF } from '../../helpers/unified';

/**
 * R26: “families see their offer, the notice, and their place on each higher choice's waiting
 * list” — each committed round stores every student's place on the list of each choice ranked above
 * the one they got (every choice, when unplaced), compactly, and 我的志愿 answers it for a form with
 * an offer and for one without.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const XF2 = { brochureId: XF.brochureId, majorId: 'major-xf-002' };

const roundDoc = (n: number) => store().getById('unifiedRounds', unifiedRoundIdOf(2027, n))?.doc as unknown as UnifiedRound;
const mineOf = async (family: string) => (await expectOk(choiceMine, {}, family)).forms[0];

/** A student of an earlier year (behind this year's graduates by the season's priorities), from 原平市. */
async function earlier(n: number, choices: Array<{ brochureId: string; majorId: string }>) {
  const student = {
    ...aForm().student,
    name: `学生${n}`,
    juniorSchoolId: 'junior-yp-1',
    idNumber: idNumber('20100317', 101 + 2 * n),
    group: 'earlier-graduate' as const,
    graduationYear: 2026,
    schedule: 'academic-year' as const,
  };
  return { ...(await expectOk(choiceSubmit, aForm({ student, choices }), `family-unified-${n}`)), family: `family-unified-${n}` };
}

test('R26: after each round 我的志愿 says where the form waits — on each choice ranked above its offer, or on every choice without one — as the round stored it', async () => {
  // 电子商务 has one place: 忻府区's own student first, then this year's graduate from 原平市, then last year's
  await makeUnified([{ kind: 'ownDistrict' }, { kind: 'learnerGroup', order: ['current-graduate'] }]);
  planPlaces(store(), XF.brochureId, XF.majorId, 1);
  const local = await file(1, [XF]);
  const mover = await file(2, [XF, XF2], 'junior-yp-1');
  const waiter = await earlier(3, [XF]);
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  await notices(store());
  // before any round: nothing to say
  expect((await mineOf(waiter.family))?.waiting).toBeNull();

  await expectOk(unifiedCommit, { round: 1 }, bureau);
  // the round's places are stored compactly under its run: one bucket for a handful of forms
  const first = roundDoc(1);
  expect(first.waitingBuckets).toBe(1);
  const stored = store().find('unifiedWaiting', {}) as unknown as UnifiedWaiting[];
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ _id: unifiedWaitingIdOf(first.runId, 0), round: 1, runId: first.runId });
  expect(stored[0]?.forms.map((f) => f.formId).sort()).toEqual([mover.formId, waiter.formId].sort());

  // admitted at the first choice: waits nowhere
  expect(await mineOf(local.family)).toMatchObject({ offer: { rank: 1 }, waiting: null });
  // admitted at the second choice: waits first on the first
  expect(await mineOf(mover.family)).toMatchObject({
    offer: { majorName: '幼儿保育', rank: 2, status: 'held' },
    waiting: { round: 1, places: [{ rank: 1, schoolName: '忻府区职业中学', majorName: '电子商务', position: 1, of: 2 }] },
  });
  // not admitted: no offer, and its place on every choice
  expect(await mineOf(waiter.family)).toMatchObject({ offer: null, waiting: { round: 1, places: [{ rank: 1, majorName: '电子商务', position: 2, of: 2 }] } });

  // the place given up goes to the first on the list; the next moves up
  await expectOk(offerAnswer, { formId: local.formId, answer: 'decline' }, local.family);
  await expectOk(unifiedCommit, { round: 2 }, bureau);
  expect(await mineOf(mover.family)).toMatchObject({ offer: { majorName: '电子商务', rank: 1, status: 'held' }, waiting: null });
  expect(await mineOf(waiter.family)).toMatchObject({ offer: null, waiting: { round: 2, places: [{ rank: 1, majorName: '电子商务', position: 1, of: 1 }] } });
  // the family that declined waits nowhere above its first choice
  expect(await mineOf(local.family)).toMatchObject({ offer: { status: 'declined' }, waiting: null });
});

test('R26: a city’s round (30,000 students × 6 choices) keeps its waiting places in a few records of a few hundred KB, each form found in its bucket', () => {
  const students = Array.from({ length: 30_000 }, (_v, i) => ({
    studentId: `s${i}`,
    waiting: Array.from({ length: 6 }, (_w, r) => ({
      schoolId: 'school',
      majorId: `m${r}`,
      rank: r + 1,
      position: 1 + ((i * 7 + r) % 900),
      of: 900,
      why: 'full-at-higher-priority' as const,
    })),
  }));
  const formOf = new Map(students.map((s, i) => [s.studentId, `form-${i.toString(16).padStart(8, '0')}a1b2c3d4`]));
  const buckets = waitingBuckets(students, formOf);
  expect(buckets.length).toBe(15);
  for (const [b, forms] of buckets.entries()) {
    // CloudBase's document limit is 16 MB; each bucket stays far below it (and below one request's 5 MB)
    expect(Buffer.byteLength(JSON.stringify({ forms }), 'utf8')).toBeLessThan(512 * 1024);
    for (const f of forms) expect(waitingBucketOf(f.formId, buckets.length)).toBe(b);
  }
  expect(buckets.reduce((n, forms) => n + forms.length, 0)).toBe(30_000);
});
