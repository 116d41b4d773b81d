import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonSave } from '../../../cloudfunctions/bureau/seasonSave';
import { main as unifiedRoundView } from '../../../cloudfunctions/bureau/unifiedRoundView';
import { main as unifiedRoundsClose } from '../../../cloudfunctions/bureau/unifiedRoundsClose';
import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as offerAnswer } from '../../../cloudfunctions/family/offerAnswer';
import { main as admissionAdmit } from '../../../cloudfunctions/school/admissionAdmit';
import { main as admissionList } from '../../../cloudfunctions/school/admissionList';
import { main as offerRefuse } from '../../../cloudfunctions/school/offerRefuse';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { main as offerExpire } from '../../../cloudfunctions/timers/offerExpire';
import { main as unifiedCommitContinue } from '../../../cloudfunctions/timers/unifiedCommitContinue';
import { main as lotterySeedPublish } from '../../../cloudfunctions/bureau/lotterySeedPublish';
import { main as lotterySeedReveal } from '../../../cloudfunctions/bureau/lotterySeedReveal';
import * as exportModule from '../../../cloudfunctions/domains/admission/unified/export';
import * as transactionModule from '../../../cloudfunctions/_kit/platform/transaction';
import { closeRounds } from '../../../cloudfunctions/domains/admission/unified/later-rounds';
import { currentSeason } from '../../../cloudfunctions/domains/season/season';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { Lead } from '../../../shared/records/lead';
import type { LaterRounds } from '../../../shared/records/season';
import { schoolNoticeIdOf, unifiedRoundIdOf, type UnifiedOffer, type UnifiedRound } from '../../../shared/records/unified-round';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { AFTER_DEADLINE, bureau, file, makeUnified, NOTICE, notices, planPlaces, XF, XZ } from '../../helpers/unified';

/**
 * R26, the rounds after the first and their end: places declined, expired or refused go to those
 * waiting in the next round — committed by the every-minute timer itself when the season says the
 * later rounds are automatic (once the answers are settled, within the window and the season's
 * limit), through the same claim as the bureau's, so the two racing run one round — and when the
 * rounds end (the bureau closes them, or the limit is reached) schools admit the students still
 * unplaced on their own desk (补录), within places, never a student holding an offer (R25).
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const XZ_ADMIN = openidOf('schoolAdmin');

const offers = () => store().find('unifiedOffers', {}) as unknown as UnifiedOffer[];
const rounds = () => (store().find('unifiedRounds', {}) as unknown as UnifiedRound[]).sort((a, b) => a.round - b.round);
const leadAt = (formId: string, schoolId: string) => store().find('leads', { formId, schoolId })[0] as unknown as Lead;
const held = (m: { schoolId: string; majorId: string }) =>
  (store().getById('admissionPlaces', admissionPlacesId(m.schoolId, 2027, m.majorId))?.doc as { held: number } | undefined)?.held ?? 0;
const timer = () => expectOk(unifiedCommitContinue, {}, '');

async function setLaterRounds(laterRounds: LaterRounds, maxRounds = 3) {
  const { version, settings } = await expectOk(seasonGet, {}, bureau);
  await expectOk(seasonSave, { year: 2027, version, settings: { ...settings, laterRounds, maxRounds } }, bureau);
}

/**
 * One place of 忻州市职业技术学校's major (XZ) for three students who rank only it, and one of
 * 忻府区's (XF) for a fourth who ranks it first and XZ second: round 1 gives XZ's place to one of the
 * three by lottery (`holder`), the other two wait (`unplaced`), and XF's to the fourth (`other`).
 */
async function season(laterRounds: LaterRounds, maxRounds = 3) {
  await makeUnified();
  await setLaterRounds(laterRounds, maxRounds);
  planPlaces(store(), XZ.brochureId, XZ.majorId, 1);
  planPlaces(store(), XF.brochureId, XF.majorId, 1);
  const forms = [await file(1, [XZ]), await file(2, [XZ]), await file(4, [XZ]), await file(3, [XF, XZ])];
  await expectOk(lotterySeedPublish, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk(lotterySeedReveal, {}, bureau);
  await notices(store());
  await expectOk(unifiedCommit, { round: 1 }, bureau);
  const offerOf = (formId: string) => offers().find((o) => o.formId === formId && o.round === 1);
  const holder = forms.find((f) => offerOf(f.formId)?.schoolId === XZ.schoolId);
  const other = forms[3];
  if (!holder || !other) throw new Error('expected round 1 to place XZ and XF');
  expect(offerOf(other.formId)).toMatchObject({ schoolId: XF.schoolId, status: 'held' });
  const unplaced = forms.filter((f) => f !== holder && f !== other);
  expect(unplaced.map((f) => offerOf(f.formId))).toEqual([undefined, undefined]);
  return { holder, other, unplaced };
}

const answer = (f: { formId: string; family: string }, how: 'accept' | 'decline') => expectOk(offerAnswer, { formId: f.formId, answer: how }, f.family);

test('R26: the timer and a bureau admin starting the automatic next round at the same moment run it once — one claim, one run, each place given once', async () => {
  const { holder, other, unplaced } = await season('automatic');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  const [byTimer, byAdmin] = await Promise.all([invoke(unifiedCommitContinue, {}, ''), invoke(unifiedCommit, { round: 2 }, bureau)]);
  expect(byTimer.ok).toBe(true);
  if (!byAdmin.ok) expect(byAdmin.error).toMatchObject({ code: 'CONFLICT', message: '本轮统一录取正在由另一位管理员确认，请稍后刷新查看进度。' });
  // whoever lost goes on with the one run
  expect(await expectOk(unifiedCommit, { round: 2 }, bureau)).toMatchObject({ round: 2, status: 'committed', offers: 1, applied: 1, void: 0 });
  expect(rounds().map((r) => r.round)).toEqual([1, 2]);
  const second = offers().filter((o) => o.round === 2);
  expect(second).toHaveLength(1);
  expect(second[0]).toMatchObject({ schoolId: XZ.schoolId, status: 'held' });
  expect(unplaced.map((f) => f.formId)).toContain(second[0]?.formId);
  const lead = leadAt(second[0]?.formId ?? '', XZ.schoolId);
  expect(lead.history.filter((h) => h.status === 'admitted')).toHaveLength(1);
  expect(held(XZ)).toBe(1);
  // nothing was given back since round 2 started, and its offer waits for its answer: no round 3
  expect(await timer()).toEqual({ continued: false, applied: 0, automatic: null });
  expect(rounds()).toHaveLength(2);
});

test('R26: the bureau ending the rounds while the timer starts the next one — one or the other, never both', async () => {
  const { holder, other } = await season('automatic');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  const [close, byTimer] = await Promise.all([invoke(unifiedRoundsClose, { round: 1 }, bureau), invoke(unifiedCommitContinue, {}, '')]);
  expect(byTimer.ok).toBe(true);
  const ended = rounds()[0]?.closed !== undefined;
  const next = rounds().length === 2;
  expect(ended !== next).toBe(true);
  expect(close.ok).toBe(ended);
  if (!close.ok) expect(close.error).toMatchObject({ code: 'CONFLICT', message: '统一录取已经进行到第2轮，请刷新后再决定是否结束轮次。' });
  if (ended) expect(offers().filter((o) => o.round === 2)).toEqual([]);
});

test('R26: the rounds ended after the timer found round 1 open but before it claimed round 2 — its claim, in the transaction, finds them ended and claims nothing', async () => {
  const { holder, other } = await season('automatic');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  // the bureau's close lands while the timer computes the round (after its first look, before its claim)
  const real = exportModule.unifiedExport;
  const spy = jest.spyOn(exportModule, 'unifiedExport').mockImplementation(async (...args) => {
    await closeRounds(await currentSeason(), { _id: 'staff-bureau-test', name: '教育局管理员' }, 1, new Date());
    return real(...args);
  });
  try {
    expect(await timer()).toEqual({ continued: false, applied: 0, automatic: null });
    expect(spy).toHaveBeenCalledTimes(1);
  } finally {
    spy.mockRestore();
  }
  expect(rounds()).toHaveLength(1);
  expect(rounds()[0]?.closed).toMatchObject({ why: 'bureau' });
  expect(offers().filter((o) => o.round === 2)).toEqual([]);
});

test("R26: the close and the timer's claim in the very same moment — the close has read the rounds, the claim commits round 2, and the close's write then conflicts; run again, it sees round 2 and is refused", async () => {
  const { holder, other } = await season('automatic');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  // the close's transaction is held between its reads and its write while the timer claims round 2
  let reached!: () => void;
  const closeHasRead = new Promise<void>((resolve) => (reached = resolve));
  let release!: () => void;
  const claimDone = new Promise<void>((resolve) => (release = resolve));
  const real = transactionModule.inTransaction;
  let heldOnce = false;
  const spy = jest.spyOn(transactionModule, 'inTransaction').mockImplementation((work) =>
    real((tx) => {
      if (heldOnce) return work(tx);
      heldOnce = true;
      const rounds = new Proxy(tx.unifiedRounds, {
        get: (target, key, receiver) =>
          key === 'update'
            ? async (...args: Parameters<typeof target.update>) => {
                reached();
                await claimDone;
                return target.update(...args);
              }
            : Reflect.get(target, key, receiver),
      });
      return work(new Proxy(tx, { get: (target, key, receiver) => (key === 'unifiedRounds' ? rounds : Reflect.get(target, key, receiver)) }));
    }),
  );
  try {
    const closing = invoke(unifiedRoundsClose, { round: 1 }, bureau);
    await closeHasRead;
    expect(await timer()).toMatchObject({ automatic: 2 });
    release();
    const close = await closing;
    expect(close.ok).toBe(false);
    if (!close.ok) expect(close.error).toMatchObject({ code: 'CONFLICT', message: '统一录取已经进行到第2轮，请刷新后再决定是否结束轮次。' });
  } finally {
    spy.mockRestore();
  }
  expect(rounds()).toHaveLength(2);
  expect(rounds()[0]?.closed).toBeUndefined();
  expect(offers().filter((o) => o.round === 2).length).toBeGreaterThan(0);
});

test('R26: no automatic round while any offer still waits for its answer; once the hourly expiry closes it at its day, the timer commits the next round itself', async () => {
  const { holder, unplaced } = await season('automatic');
  expect(await timer()).toEqual({ continued: false, applied: 0, automatic: null });
  await answer(holder, 'decline');
  // the fourth family has not answered yet
  expect(await timer()).toMatchObject({ automatic: null });
  expect(rounds()).toHaveLength(1);
  const view = await expectOk(unifiedRoundView, {}, bureau);
  expect(view.laterRounds).toMatchObject({ mode: 'automatic', label: '家庭答复结束后自动进行', maxRounds: 3 });
  // families read it too, under their forms
  expect((await expectOk(choiceMine, {}, holder.family)).howAdmitted.join('')).toContain('在所有家庭答复之后自动进行的下一轮里（连同第一轮最多 3 轮）');
  expect(view.laterRounds.next).toBe(
    '第2轮将在所有家庭答复之后自动进行；最晚答复期限是 2027年6月5日 23:59，逾期未答复的在此后一小时内视为放弃，随后约一分钟内开始。',
  );
  process.env.LOCAL_EMULATOR_NOW = '2027-06-06T00:15:00+08:00';
  expect(await expectOk(offerExpire, {}, '')).toEqual({ expired: 1 });
  expect((await expectOk(unifiedRoundView, {}, bureau)).laterRounds.next).toBe('第2轮将在一分钟内自动进行。');
  expect(await timer()).toEqual({ continued: false, applied: 1, automatic: 2 });
  expect(rounds()).toMatchObject([{ round: 1 }, { round: 2, status: 'committed', startedByName: '自动轮次' }]);
  const [offered] = offers().filter((o) => o.round === 2);
  expect(unplaced.map((f) => f.formId)).toContain(offered?.formId);
  expect(store().find('auditLog', { action: 'unified.commit', subjectId: unifiedRoundIdOf(2027, 2) })[0]).toMatchObject({ actorName: '自动轮次' });
});

test('R26: a place a school refused (for a stated reason) goes to those waiting in the automatic next round', async () => {
  const { holder, other, unplaced } = await season('automatic');
  await answer(other, 'accept');
  // the school refuses the offer its family has not answered yet: every offer is settled, one place given back
  await expectOk(offerRefuse, { leadId: leadAt(holder.formId, XZ.schoolId)._id, reason: 'health' }, XZ_ADMIN);
  expect(await timer()).toMatchObject({ automatic: 2 });
  const [offered] = offers().filter((o) => o.round === 2);
  expect(offered).toMatchObject({ schoolId: XZ.schoolId, status: 'held' });
  expect(unplaced.map((f) => f.formId)).toContain(offered?.formId);
  expect(held(XZ)).toBe(1);
});

test('R26: every family answered and nothing given back — no automatic round, and the bureau’s page says one follows a place given back', async () => {
  const { holder, other } = await season('automatic');
  await answer(holder, 'accept');
  await answer(other, 'accept');
  expect(await timer()).toMatchObject({ automatic: null });
  expect(rounds()).toHaveLength(1);
  expect((await expectOk(unifiedRoundView, {}, bureau)).laterRounds.next).toBe(
    '家庭都已答复，目前没有放弃或退回的名额需要递补；一旦有名额退回，约一分钟内自动进行第2轮。',
  );
});

test('R26: in a season whose later rounds the bureau runs, the timer never starts one', async () => {
  const { holder, other } = await season('bureau');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  expect(await timer()).toEqual({ continued: false, applied: 0, automatic: null });
  expect(rounds()).toHaveLength(1);
  expect((await expectOk(unifiedRoundView, {}, bureau)).laterRounds).toEqual({
    mode: 'bureau',
    label: '由教育局逐轮确认',
    maxRounds: 3,
    next: '第二轮起由教育局在本页确认每一轮。',
  });
});

test('R26: no automatic round after the admission window ends', async () => {
  const { holder, other } = await season('automatic');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  process.env.LOCAL_EMULATOR_NOW = '2027-11-01T09:00:00+08:00';
  expect(await timer()).toEqual({ continued: false, applied: 0, automatic: null });
  expect(rounds()).toHaveLength(1);
  expect((await expectOk(unifiedRoundView, {}, bureau)).laterRounds.next).toBe('录取时间已经结束，不再进行新的一轮。');
});

test('R26: at the season’s limit the automatic rounds end — recorded on the last round, no round after it, by the timer or the bureau', async () => {
  const { holder, other } = await season('automatic', 2);
  await answer(holder, 'decline');
  await answer(other, 'accept');
  expect(await timer()).toMatchObject({ automatic: 2 });
  const [second] = offers().filter((o) => o.round === 2);
  const family = (store().getById('choiceForms', second?.formId ?? '')?.doc as { openid: string }).openid;
  await answer({ formId: second?.formId ?? '', family }, 'decline');
  // the limit: the timer ends the rounds instead of starting round 3
  expect(await timer()).toEqual({ continued: false, applied: 0, automatic: null });
  expect(rounds()).toHaveLength(2);
  expect(rounds()[1]?.closed).toMatchObject({ why: 'limit', byName: '自动轮次', at: expect.any(Date) });
  expect(await timer()).toEqual({ continued: false, applied: 0, automatic: null });
  expect(await invoke(unifiedCommit, { round: 3 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '本年度统一录取的轮次已经结束，不再进行新的一轮；还没有录取的学生由学校补录。' },
  });
  expect(rounds()).toHaveLength(2);
  const view = await expectOk(unifiedRoundView, {}, bureau);
  expect(view).toMatchObject({
    mayClose: false,
    closed: { afterRound: 2, byName: '自动轮次', why: '已达到招生季设置的最多轮数' },
    laterRounds: { next: '统一录取的轮次已经结束。' },
  });
});

test('R26: 补录 — refused before the rounds close; after the bureau closes them a school admits students still unplaced within the major’s places, never one holding an offer; the family sees it on 我的志愿 and is told', async () => {
  const { holder, other, unplaced } = await season('bureau');
  const [first, second] = unplaced;
  if (!first || !second) throw new Error('two unplaced');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  const admit = (forms: Array<{ formId: string }>) =>
    invoke(admissionAdmit, { majorId: XZ.majorId, leadIds: forms.map((f) => leadAt(f.formId, XZ.schoolId)._id), notice: NOTICE }, XZ_ADMIN);
  expect(await admit([first])).toMatchObject({
    ok: false,
    error: {
      code: 'CONFLICT',
      message: '本年度实行统一录取。教育局结束统一录取的各轮之后，学校才能补录还没有被录取的学生；在此之前由教育局按学生的志愿统一录取。',
    },
  });
  expect((await expectOk(choiceMine, {}, first.family)).forms[0]?.supplementary).toBeNull();
  expect((await expectOk(admissionList, { majorId: XZ.majorId }, XZ_ADMIN)).unified).toEqual({
    open: false,
    note: expect.stringContaining('教育局结束各轮之后，才能在这里补录'),
  });

  // the bureau closes the rounds after round 1 (the page asks first); a stale page's round is refused
  expect(await expectOk(unifiedRoundView, {}, bureau)).toMatchObject({ mayClose: true, closed: null });
  expect(await invoke(unifiedRoundsClose, { round: 2 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '没有找到这一轮已确认的统一录取，请刷新后再决定是否结束轮次。' },
  });
  const closed = await expectOk(unifiedRoundsClose, { round: 1 }, bureau);
  expect(closed).toMatchObject({ round: 1, byName: expect.any(String) });
  expect(await expectOk(unifiedRoundsClose, { round: 1 }, bureau)).toEqual(closed);
  expect(rounds()[0]?.closed).toMatchObject({ why: 'bureau' });
  expect(store().find('auditLog', { action: 'unified.close' })).toHaveLength(1);
  expect(await expectOk(unifiedRoundView, {}, bureau)).toMatchObject({ mayClose: false, closed: { afterRound: 1, why: '教育局结束了统一录取的轮次' } });
  expect(await invoke(unifiedCommit, { round: 2 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('轮次已经结束') },
  });

  // 我的志愿: the rounds are over, which of its choices still have places; nothing of the kind for a placed form
  const mine = (await expectOk(choiceMine, {}, first.family)).forms[0];
  expect(mine?.supplementary?.lines[0]).toMatch(/^统一录取的各轮已于 2027年6月2日 结束，孩子目前还没有被录取。现在进入补录/);
  expect(mine?.supplementary?.places).toEqual([{ schoolName: expect.any(String), majorName: expect.any(String), left: 1 }]);
  expect((await expectOk(choiceMine, {}, other.family)).forms[0]?.supplementary).toBeNull();

  // the desk says 补录 is open and marks the student holding an offer (at another school)
  const desk = await expectOk(admissionList, { majorId: XZ.majorId }, XZ_ADMIN);
  expect(desk.unified).toMatchObject({ open: true });
  expect(desk.candidates.find((c) => c.leadId === leadAt(other.formId, XZ.schoolId)._id)).toMatchObject({ offer: true, admitted: false });
  expect(desk.candidates.find((c) => c.leadId === leadAt(first.formId, XZ.schoolId)._id)).toMatchObject({ offer: false });
  // a student holding an accepted offer (at another school) is never admitted again
  expect(await admit([other])).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^学生3已经有统一录取的录取结果/) } });
  // within the major's places: one left
  expect(await admit([first, second])).toMatchObject({ ok: false, error: { code: 'PLAN_FULL', message: expect.stringContaining('只剩 1 个') } });
  expect(await expectOk(admissionAdmit, { majorId: XZ.majorId, leadIds: [leadAt(first.formId, XZ.schoolId)._id], notice: NOTICE }, XZ_ADMIN)).toEqual({
    admitted: 1,
    already: 0,
    placesLeft: 0,
  });
  expect(await admit([second])).toMatchObject({ ok: false, error: { code: 'PLAN_FULL' } });
  expect(held(XZ)).toBe(1);
  expect(leadAt(first.formId, XZ.schoolId)).toMatchObject({ status: 'admitted' });
  // R28: the family is told, and its page no longer says it waits
  const form = store().getById('choiceForms', first.formId)?.doc as { openid: string };
  expect(store().find('outbox', { kind: 'school-recorded', recipientOpenid: form.openid })).toHaveLength(1);
  expect((await expectOk(choiceMine, {}, first.family)).forms[0]?.supplementary).toBeNull();
  // and only within the admission window
  process.env.LOCAL_EMULATOR_NOW = '2027-11-01T09:00:00+08:00';
  expect(await admit([second])).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } });
});

test('R26: hostile input on ending the rounds and on the later rounds’ setting is refused in Chinese; a school season has no rounds to end', async () => {
  expect(await invoke(unifiedRoundsClose, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本年度按学校录取') },
  });
  for (const input of [{}, { round: 0 }, { round: 21 }, { round: 1.5 }, { round: '1' }, { round: 1, year: 2026 }, { round: { $gt: 0 } }, null]) {
    const answer = await invoke(unifiedRoundsClose, input, bureau);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!answer.ok) expect(JSON.stringify(answer.error)).not.toMatch(/Expected|Invalid|Unrecognized|received/);
  }
  await makeUnified();
  expect(await invoke(unifiedRoundsClose, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '没有找到这一轮已确认的统一录取，请刷新后再决定是否结束轮次。' },
  });
  const { version, settings } = await expectOk(seasonGet, {}, bureau);
  for (const [patch, field, message] of [
    [{ maxRounds: 1 }, 'settings.maxRounds', '至少 2 轮'],
    [{ maxRounds: 11 }, 'settings.maxRounds', '最多 10 轮'],
    [{ maxRounds: '3' }, 'settings.maxRounds', '请填写最多进行几轮'],
    [{ maxRounds: 2.5 }, 'settings.maxRounds', '请填写整数'],
    [{ laterRounds: 'sometimes' }, 'settings.laterRounds', '请选择第二轮起由谁进行'],
  ] as const) {
    expect(await invoke(seasonSave, { year: 2027, version, settings: { ...settings, ...patch } }, bureau)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { [field]: message } },
    });
  }
});

test("R26: an automatic round the timer cannot start says why on the bureau's page — not a round promised every minute — and starts once the cause is gone", async () => {
  const { holder, other } = await season('automatic');
  await answer(holder, 'decline');
  await answer(other, 'accept');
  // the school the next round offers has no notice (as for a school first offered in a later round)
  const xzNotice = store().getById('schoolNotices', schoolNoticeIdOf(XZ.schoolId, 2027))?.doc;
  store().write([{ collection: 'schoolNotices', id: schoolNoticeIdOf(XZ.schoolId, 2027), doc: null }]);
  expect(await invoke(unifiedCommitContinue, {}, '')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(rounds().map((r) => r.round)).toEqual([1]);
  const view = await expectOk(unifiedRoundView, {}, bureau);
  expect(JSON.stringify(view)).toContain('第2轮应自动进行，但没能开始：以下学校还没有填写统一录取的录取须知');
  // the school writes it: the next minute's timer starts the round
  store().write([{ collection: 'schoolNotices', id: schoolNoticeIdOf(XZ.schoolId, 2027), doc: xzNotice ?? null, insert: true }]);
  expect(await timer()).toMatchObject({ automatic: 2 });
  expect(rounds().map((r) => r.round)).toEqual([1, 2]);
});
