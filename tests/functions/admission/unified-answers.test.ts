import { main as unifiedRoundView } from '../../../cloudfunctions/bureau/unifiedRoundView';
import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as offerAnswer } from '../../../cloudfunctions/family/offerAnswer';
import { main as offerRefuse } from '../../../cloudfunctions/school/offerRefuse';
import { main as schoolOffers } from '../../../cloudfunctions/school/schoolOffers';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { main as offerExpire } from '../../../cloudfunctions/timers/offerExpire';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { Lead } from '../../../shared/records/lead';
import type { UnifiedOffer } from '../../../shared/records/unified-round';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { main as lotterySeedPublish } from '../../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../../cloudfunctions/bureau/lotterySeedReveal';
import { AFTER_DEADLINE, bureau, contestedSeason, file, makeUnified, notices, planPlaces, XF, XZ } from '../../helpers/unified';

/**
 * R26: the family answers its offer of 统一录取 by its day — accepting keeps the admission, declining
 * gives the place back for the next round — and an offer not answered in time expires the same way,
 * once, whichever comes first.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;

const offers = () => store().find('unifiedOffers', {}) as unknown as UnifiedOffer[];
const leadOf = (o: UnifiedOffer) => store().find('leads', { formId: o.formId, schoolId: o.schoolId })[0] as unknown as Lead;
const held = (o: UnifiedOffer) => (store().getById('admissionPlaces', admissionPlacesId(o.schoolId, 2027, o.majorId))?.doc as { held: number }).held;

/** The contested season committed: two offers held, with the families who got them. */
async function committed() {
  const { forms } = await contestedSeason(store());
  await notices(store());
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  const [first, second] = offers();
  if (!first || !second) throw new Error('expected two offers');
  const familyOf = (o: UnifiedOffer) => forms.find((f) => f.formId === o.formId)?.family ?? '';
  return { first, second, familyOf };
}

test('R26: an offer is held until the end of the season’s days to choose (Shanghai calendar); accepting keeps the admission, and is answered once', async () => {
  const { first, familyOf } = await committed();
  // committed 2027-06-02 09:00 in Shanghai, three days to answer: by the end of 2027-06-05
  expect(first).toMatchObject({ status: 'held', respondBy: new Date('2027-06-05T23:59:59.999+08:00') });
  expect(await expectOk(offerAnswer, { formId: first.formId, answer: 'accept' }, familyOf(first))).toEqual({ status: 'accepted' });
  expect(offers().find((o) => o._id === first._id)).toMatchObject({ status: 'accepted', answeredAt: expect.any(Date) });
  expect(leadOf(first).status).toBe('admitted');
  expect(held(first)).toBe(1);
  for (const answer of ['accept', 'decline']) {
    expect(await invoke(offerAnswer, { formId: first.formId, answer }, familyOf(first))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/^(您已经接受了这个录取|现在没有需要答复的录取)/) },
    });
  }
  expect(leadOf(first).status).toBe('admitted');
});

test('R26: declining gives the place back — the lead released, the major’s place free, the form no longer admitted', async () => {
  const { second, familyOf } = await committed();
  expect(await expectOk(offerAnswer, { formId: second.formId, answer: 'decline' }, familyOf(second))).toEqual({ status: 'declined' });
  expect(offers().find((o) => o._id === second._id)?.status).toBe('declined');
  const lead = leadOf(second);
  expect(lead.status).toBe('released');
  expect(lead.history.at(-1)).toMatchObject({ status: 'released', note: '家庭放弃统一录取的录取' });
  expect(held(second)).toBe(0);
  expect(store().getById('choiceForms', second.formId)?.doc).toMatchObject({ placement: 'none' });
});

test('R26: after its day an offer cannot be answered; the hourly timer expires it and gives the place back, once', async () => {
  const { first, second, familyOf } = await committed();
  await expectOk(offerAnswer, { formId: second.formId, answer: 'accept' }, familyOf(second));
  process.env.LOCAL_EMULATOR_NOW = '2027-06-06T00:00:01+08:00';
  expect(await invoke(offerAnswer, { formId: first.formId, answer: 'accept' }, familyOf(first))).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: '答复期限已过，这个录取已经放弃。' },
  });
  expect(await expectOk(offerExpire, {}, '')).toEqual({ expired: 1 });
  expect(offers().find((o) => o._id === first._id)).toMatchObject({ status: 'expired' });
  expect(leadOf(first)).toMatchObject({ status: 'released' });
  expect(leadOf(first).history.at(-1)).toMatchObject({ note: '逾期未答复，统一录取的录取已放弃' });
  expect(held(first)).toBe(0);
  // the accepted one is untouched; a second run finds nothing
  expect(leadOf(second).status).toBe('admitted');
  expect(await expectOk(offerExpire, {}, '')).toEqual({ expired: 0 });
  expect(await invoke(offerAnswer, { formId: first.formId, answer: 'decline' }, familyOf(first))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('R26: a family declining at the moment the timer would expire it, and answering twice at once: one outcome, the place given back once', async () => {
  const { first, second, familyOf } = await committed();
  const answers = await Promise.all([
    invoke(offerAnswer, { formId: first.formId, answer: 'decline' }, familyOf(first)),
    invoke(offerAnswer, { formId: first.formId, answer: 'accept' }, familyOf(first)),
  ]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  const lead = leadOf(first);
  expect(lead.history.filter((h) => h.status === 'released').length).toBe(lead.status === 'released' ? 1 : 0);
  expect(held(first)).toBe(lead.status === 'admitted' ? 1 : 0);

  // a decline sent in the last second of the day, arriving as the timer runs just after it: one outcome
  process.env.LOCAL_EMULATOR_NOW = '2027-06-05T23:59:59+08:00';
  const decline = invoke(offerAnswer, { formId: second.formId, answer: 'decline' }, familyOf(second));
  process.env.LOCAL_EMULATOR_NOW = '2027-06-06T00:00:01+08:00';
  const [answered, timer] = await Promise.all([decline, expectOk(offerExpire, {}, '')]);
  const status = offers().find((o) => o._id === second._id)?.status;
  expect(status === 'declined' || status === 'expired').toBe(true);
  expect(timer.expired + (answered.ok ? 1 : 0)).toBe(1);
  expect(leadOf(second).history.filter((h) => h.status === 'released')).toHaveLength(1);
  expect(held(second)).toBe(0);
});

test('R26: another family’s form is answered as missing; hostile input is refused in Chinese; only families answer', async () => {
  const { first, second, familyOf } = await committed();
  expect(await invoke(offerAnswer, { formId: first.formId, answer: 'accept' }, familyOf(second))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  for (const event of [
    { formId: first.formId, answer: 'maybe' },
    { formId: `${first.formId}\u0000`, answer: 'accept' },
    { formId: first.formId, answer: 'accept', status: 'accepted' },
    { formId: first.formId },
    'accept',
  ]) {
    expect(await invoke(offerAnswer, event, familyOf(first))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
  }
  for (const who of ['recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin']) {
    expect(await invoke(offerAnswer, { formId: first.formId, answer: 'decline' }, openidOf(who))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(offers().every((o) => o.status === 'held')).toBe(true);
  expect([XZ.schoolId, XF.schoolId]).toContain(first.schoolId);
});

test('R26: a school sees its offers and refuses one only for a reason on the fixed list — the family told and shown the reason, the place given back, once', async () => {
  const { first, second } = await committed();
  const xz = first.schoolId === XZ.schoolId ? first : second;
  const admin = openidOf('schoolAdmin');
  const listed = await expectOk(schoolOffers, {}, admin);
  expect(listed).toMatchObject({
    year: 2027,
    unified: true,
    offers: [
      {
        leadId: leadOf(xz)._id,
        studentName: expect.stringMatching(/^学生\d$/),
        status: 'held',
        statusLabel: '待家庭答复',
        respondBy: expect.any(String),
        refusedReason: null,
      },
    ],
  });
  // a free-text reason, a made-up one, another school's lead: refused, nothing changed
  for (const event of [
    { leadId: leadOf(xz)._id, reason: '成绩太低' },
    { leadId: leadOf(xz)._id, reason: 'health', note: '色盲' },
  ]) {
    expect(await invoke(offerRefuse, event, admin)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
  }
  const other = first.schoolId === XZ.schoolId ? second : first;
  expect(await invoke(offerRefuse, { leadId: leadOf(other)._id, reason: 'health' }, admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(leadOf(xz).status).toBe('admitted');

  expect(await expectOk(offerRefuse, { leadId: leadOf(xz)._id, reason: 'health' }, admin)).toEqual({ refused: true });
  expect(leadOf(xz)).toMatchObject({ status: 'lost' });
  expect(leadOf(xz).history.at(-1)).toMatchObject({ status: 'lost', note: '学校未予录取：不符合该专业招生简章中写明的身体条件要求' });
  expect(held(xz)).toBe(0);
  expect(offers().find((o) => o._id === xz._id)).toMatchObject({ status: 'refused', refused: { reason: 'health', staffName: expect.any(String) } });
  expect((await expectOk(schoolOffers, {}, admin)).offers[0]).toMatchObject({
    status: 'refused',
    statusLabel: '学校未予录取',
    refusedReason: '不符合该专业招生简章中写明的身体条件要求',
  });
  const form = store().getById('choiceForms', xz.formId)?.doc as { openid: string; placement: string };
  expect(form.placement).toBe('none');
  // R28: told once that the school recorded the child as not attending
  expect(
    store()
      .find('outbox', { kind: 'school-recorded', recipientOpenid: form.openid })
      .filter((m) => Object.values(m.data as Record<string, string>).includes('未就读')),
  ).toHaveLength(1);
  // the bureau sees the round's answers and the refusal with its reason
  expect(await expectOk(unifiedRoundView, {}, bureau)).toMatchObject({
    year: 2027,
    round: { round: 1, status: 'committed', offers: 2, applied: 2, void: 0, voided: [] },
    answers: [
      { status: 'held', label: '待家庭答复', count: 1 },
      { status: 'refused', label: '学校未予录取', count: 1 },
    ],
    refusals: [
      {
        schoolName: '忻州市职业技术学校',
        majorName: xz.majorName,
        reason: '不符合该专业招生简章中写明的身体条件要求',
        staffName: expect.any(String),
        at: expect.any(String),
      },
    ],
  });
  // once; and the family can no longer answer it
  expect(await invoke(offerRefuse, { leadId: leadOf(xz)._id, reason: 'age' }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(offers().find((o) => o._id === xz._id)?.refused?.reason).toBe('health');
  for (const who of ['guardian', 'recruiter', 'reviewer', 'juniorStaff', 'bureauAdmin']) {
    expect(await invoke(offerRefuse, { leadId: leadOf(xz)._id, reason: 'age' }, openidOf(who))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
});

test('R26: a school refusing while the family declines: one outcome, the place given back once', async () => {
  const { first, second, familyOf } = await committed();
  const xz = first.schoolId === XZ.schoolId ? first : second;
  const [refused, declined] = await Promise.all([
    invoke(offerRefuse, { leadId: leadOf(xz)._id, reason: 'age' }, openidOf('schoolAdmin')),
    invoke(offerAnswer, { formId: xz.formId, answer: 'decline' }, familyOf(xz)),
  ]);
  expect([refused.ok, declined.ok].filter(Boolean)).toHaveLength(1);
  const lead = leadOf(xz);
  expect(lead.history.filter((h) => h.status === 'lost' || h.status === 'released')).toHaveLength(1);
  expect(held(xz)).toBe(0);
  expect(['refused', 'declined']).toContain(offers().find((o) => o._id === xz._id)?.status);
});

test('R26: a school’s own steps follow the offer — marking the student 未就读 must go through a refusal with its reason; 报到 accepts an offer still waiting for its answer', async () => {
  const { first, second } = await committed();
  const xz = first.schoolId === XZ.schoolId ? first : second;
  const admin = openidOf('schoolAdmin');
  const lost = await invoke(leadProgress, { id: leadOf(xz)._id, status: 'lost', note: '家长说不来了' }, admin);
  expect(lost).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('请在“统一录取”页面选择原因') } });
  expect(leadOf(xz).status).toBe('admitted');
  expect(offers().find((o) => o._id === xz._id)?.status).toBe('held');
  process.env.LOCAL_EMULATOR_NOW = '2027-08-26T09:00:00+08:00';
  await expectOk(leadProgress, { id: leadOf(xz)._id, status: 'enrolled' }, admin);
  expect(leadOf(xz).status).toBe('enrolled');
  expect(offers().find((o) => o._id === xz._id)).toMatchObject({ status: 'accepted', answeredAt: new Date('2027-08-26T09:00:00+08:00') });
  // an offer taken up does not expire; the other school's, unanswered by now, does
  expect(await expectOk(offerExpire, {}, '')).toEqual({ expired: 1 });
  expect(offers().find((o) => o._id === xz._id)?.status).toBe('accepted');
  expect(leadOf(xz).status).toBe('enrolled');
});

test('R26: 我的志愿 shows the offer — the school, major and choice, the day to answer — then the answer; and how admission works this year', async () => {
  const { first, familyOf } = await committed();
  const mine = await expectOk(choiceMine, {}, familyOf(first));
  expect(mine.howAdmitted[0]).toMatch(/^今年实行统一录取/);
  const form = mine.forms.find((f) => f.formId === first.formId);
  expect(form?.offer).toEqual({
    schoolName: first.schoolId === XZ.schoolId ? '忻州市职业技术学校' : '忻府区职业中学',
    majorName: first.majorName,
    rank: first.rank,
    status: 'held',
    statusLabel: '待家庭答复',
    respondBy: new Date('2027-06-05T23:59:59.999+08:00').toISOString(),
    refusedReason: null,
    mayAnswer: true,
  });
  await expectOk(offerAnswer, { formId: first.formId, answer: 'decline' }, familyOf(first));
  expect((await expectOk(choiceMine, {}, familyOf(first))).forms.find((f) => f.formId === first.formId)?.offer).toMatchObject({
    status: 'declined',
    statusLabel: '家庭已放弃',
    mayAnswer: false,
  });
});

test('R26: round 2 fills a declined place from its waiting list — the student moves up to the choice ranked higher, the earlier admission given back (one at a time), the places counted; rounds go in order', async () => {
  await makeUnified();
  planPlaces(store(), XF.brochureId, XF.majorId, 1);
  const XZ2 = { brochureId: XZ.brochureId, majorId: 'major-xz-002' };
  // 原平市's student ranks 忻府区's school first; 忻府区's own student takes its one place in round 1
  const mover = await file(1, [XF, XZ2], 'junior-yp-1');
  const local = await file(2, [XF]);
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  await notices(store());
  expect(await invoke(unifiedCommit, { round: 2 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '第1轮统一录取确认完成后，才能确认第2轮。' },
  });
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  const offerOf = (formId: string) => offers().filter((o) => o.formId === formId && o.status !== 'moved');
  expect(offerOf(local.formId)).toMatchObject([{ schoolId: XF.schoolId, rank: 1, status: 'held' }]);
  expect(offerOf(mover.formId)).toMatchObject([{ schoolId: XZ.schoolId, majorId: 'major-xz-002', rank: 2, status: 'held' }]);

  await expectOk(offerAnswer, { formId: local.formId, answer: 'decline' }, local.family);
  expect(await expectOk(unifiedCommit, { round: 2 }, bureau)).toEqual({ round: 2, status: 'committed', offers: 1, applied: 1, void: 0, voided: [] });
  const [moved] = offers().filter((o) => o.formId === mover.formId && o.status === 'moved');
  expect(moved).toMatchObject({ round: 1, schoolId: XZ.schoolId });
  expect(offerOf(mover.formId)).toMatchObject([{ round: 2, schoolId: XF.schoolId, rank: 1, status: 'held', replaces: moved?._id }]);
  const leadAt = (schoolId: string) => store().find('leads', { formId: mover.formId, schoolId })[0] as unknown as Lead;
  expect(leadAt(XF.schoolId).status).toBe('admitted');
  expect(leadAt(XZ.schoolId)).toMatchObject({ status: 'released' });
  expect(leadAt(XZ.schoolId).history.at(-1)).toMatchObject({ note: '统一录取第2轮录取到更靠前的志愿' });
  expect(held(offerOf(mover.formId)[0] as UnifiedOffer)).toBe(1);
  expect(held(moved as UnifiedOffer)).toBe(0);
  // one admission at a time: no choice between two left to the family
  expect(store().getById('choiceForms', mover.formId)?.doc).toMatchObject({ placement: 'admitted' });
  expect((store().getById('choiceForms', mover.formId)?.doc as { admissionChoice?: unknown }).admissionChoice).toBeUndefined();
  // 我的志愿 shows the newest offer
  expect((await expectOk(choiceMine, {}, mover.family)).forms[0]?.offer).toMatchObject({ schoolName: '忻府区职业中学', rank: 1, status: 'held' });
  // a round with nothing given up changes nothing; a round out of order is refused
  expect(await expectOk(unifiedCommit, { round: 3 }, bureau)).toEqual({ round: 3, status: 'committed', offers: 0, applied: 0, void: 0, voided: [] });
  expect(await invoke(unifiedCommit, { round: 5 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '第4轮统一录取确认完成后，才能确认第5轮。' },
  });
});
