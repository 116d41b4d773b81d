import { main as unifiedDryRun } from '../../../cloudfunctions/sheets/unifiedDryRun';
import { main as choiceErase } from '../../../cloudfunctions/family/choiceErase';
import { main as schoolNoticeGet } from '../../../cloudfunctions/school/schoolNoticeGet';
import { main as schoolNoticeSave } from '../../../cloudfunctions/school/schoolNoticeSave';
import { main as admissionAdmit } from '../../../cloudfunctions/school/admissionAdmit';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { main as unifiedCommitContinue } from '../../../cloudfunctions/timers/unifiedCommitContinue';
import { commitRound, TAKEOVER_MS } from '../../../cloudfunctions/domains/admission/unified/commit';
import { currentSeason } from '../../../cloudfunctions/domains/season/season';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { Lead } from '../../../shared/records/lead';
import { unifiedRoundIdOf, type UnifiedOffer, type UnifiedRound } from '../../../shared/records/unified-round';
import { CONTROL_MESSAGE } from '../../../shared/text';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { AFTER_DEADLINE, bureau, contestedSeason, everything, file, makeUnified, NOTICE, notices, XF, XZ } from '../../helpers/unified';

/**
 * R26: committing round 1 of 统一录取 — every offer of the allocation becomes the lead's admission
 * (R25's places and steps, R28's message by stepLead) once, whoever continues the commit, however
 * often it is cut off, with two bureau admins at it at once.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const schoolAdmin = openidOf('schoolAdmin');
const BUREAU_STAFF = { _id: 'staff-bureau-test', name: '教育局管理员' };

const leads = () => store().find('leads', { year: 2027 }) as unknown as Lead[];
const offers = () => store().find('unifiedOffers', {}) as unknown as UnifiedOffer[];
const round = () => (store().getById('unifiedRounds', unifiedRoundIdOf(2027, 1))?.doc ?? null) as unknown as UnifiedRound | null;
const held = (schoolId: string, majorId: string) =>
  (store().getById('admissionPlaces', admissionPlacesId(schoolId, 2027, majorId))?.doc as { held: number } | undefined)?.held ?? 0;

/** What every lead must satisfy after any commit: admitted once (one 'admitted' line), the places held counted exactly. */
function expectOneAdmissionEach() {
  for (const lead of leads()) {
    const lines = lead.history.filter((h) => h.status === 'admitted');
    expect(lines.length).toBe(lead.status === 'admitted' ? 1 : 0);
  }
  for (const m of [XZ, XF]) {
    const admitted = leads().filter((l) => l.status === 'admitted' && l.schoolId === m.schoolId && l.admission?.majorId === m.majorId).length;
    expect(held(m.schoolId, m.majorId)).toBe(admitted);
    expect(admitted).toBeLessThanOrEqual(1);
  }
}

test('R26: round 1 commits the dry run’s result — each offer the lead’s admission at the offered major with the school’s notice, the place taken, the form admitted; a second call changes nothing', async () => {
  await contestedSeason(store());
  const dry = await expectOk(unifiedDryRun, {}, bureau);
  await notices(store());
  const progress = await expectOk(unifiedCommit, { round: 1 }, bureau);
  expect(progress).toEqual({ round: 1, status: 'committed', offers: 2, applied: 2, void: 0, voided: [] });
  expect(round()).toMatchObject({ status: 'committed', exportDigest: dry.exportDigest, offers: dry.placed, students: dry.students, startedByName: '吴主任' });

  const admitted = leads().filter((l) => l.status === 'admitted');
  expect(admitted.map((l) => [l.schoolId, l.admission?.majorId]).sort()).toEqual(
    dry.majors
      .filter((m) => m.filled > 0)
      .map((m) => [m.schoolId, m.majorId])
      .sort(),
  );
  for (const lead of admitted) {
    expect(lead.admission).toMatchObject({ notice: NOTICE, staffName: '统一录取', rank: expect.any(Number) });
    expect(lead.history.at(-1)).toMatchObject({ status: 'admitted', actorStaffId: null, note: expect.stringContaining('统一录取第1轮') });
    const form = store().getById('choiceForms', lead.formId)?.doc as { placement: string; openid: string };
    expect(form.placement).toBe('admitted');
    // R28: the family is told the school recorded the admission, once
    expect(
      store()
        .find('outbox', { kind: 'school-recorded', recipientOpenid: form.openid })
        .filter((m) => Object.values(m.data as Record<string, string>).includes('已录取')),
    ).toHaveLength(1);
  }
  // nobody else was admitted; the unplaced keep their leads as they were
  expect(
    leads()
      .filter((l) => l.status !== 'admitted')
      .every((l) => l.status === 'new'),
  ).toBe(true);
  expectOneAdmissionEach();
  expect(offers().every((o) => o.status === 'held' && o.appliedAt !== null)).toBe(true);

  const after = everything(store());
  expect(await expectOk(unifiedCommit, { round: 1 }, bureau)).toEqual(progress);
  expect(everything(store())).toEqual(after);
});

test('R26: a commit is refused until every school with an offer has its admission notice, naming the schools; nothing is stored', async () => {
  await contestedSeason(store());
  const before = everything(store());
  const refused = await invoke(unifiedCommit, { round: 1 }, bureau);
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringMatching(/^以下学校还没有填写统一录取的录取须知.*忻州市职业技术学校.*再确认本轮录取。$/) },
  });
  expect(everything(store())).toEqual(before);
});

test('R26: a city-sized commit goes on across calls — one cut short after its offers are stored, the timer finishing it — and applies each offer once', async () => {
  await makeUnified();
  const forms = [];
  for (let n = 1; n <= 6; n++) forms.push(await file(n, [XZ]));
  await expectOk((await import('../../../cloudfunctions/bureau/lotterySeedPublish')).main, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk((await import('../../../cloudfunctions/bureau/lotterySeedReveal')).main, {}, bureau);
  await notices(store());
  const season = await currentSeason();
  // no time at all: the offers are stored, none applied
  expect(await commitRound(season, BUREAU_STAFF, new Date(AFTER_DEADLINE), 0)).toEqual({
    round: 1,
    status: 'applying',
    offers: 6,
    applied: 0,
    void: 0,
    voided: [],
  });
  expect(leads().filter((l) => l.status === 'admitted')).toHaveLength(0);
  // two callers reaching the same pending offers at once: each offer applied by one of them, none voided
  const [one, other] = await Promise.all([commitRound(season, BUREAU_STAFF, new Date(AFTER_DEADLINE)), commitRound(season, null, new Date(AFTER_DEADLINE))]);
  expect([one.status, other.status]).toEqual(['committed', 'committed']);
  expect(offers().map((o) => o.status)).toEqual(Array(6).fill('held'));
  // the timer and an admin after it: nothing left to do
  const [timer, admin] = await Promise.all([expectOk(unifiedCommitContinue, {}, ''), expectOk(unifiedCommit, { round: 1 }, bureau)]);
  expect(timer.continued).toBe(false);
  expect(admin).toEqual({ round: 1, status: 'committed', offers: 6, applied: 6, void: 0, voided: [] });
  expect(leads().filter((l) => l.status === 'admitted')).toHaveLength(6);
  expect(held(XZ.schoolId, XZ.majorId)).toBe(6);
  for (const lead of leads()) expect(lead.history.filter((h) => h.status === 'admitted')).toHaveLength(1);
  // with nothing left, the timer reads and does nothing
  expect(await expectOk(unifiedCommitContinue, {}, '')).toEqual({ continued: false, applied: 0, automatic: null });
});

test('R26: a major’s offers are applied together — at most 10 database requests an admission (a city’s round is bounded by the plan’s request rate)', async () => {
  await makeUnified();
  for (let n = 1; n <= 10; n++) await file(n, [XZ]);
  await expectOk((await import('../../../cloudfunctions/bureau/lotterySeedPublish')).main, {}, bureau);
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  await expectOk((await import('../../../cloudfunctions/bureau/lotterySeedReveal')).main, {}, bureau);
  await notices(store());
  const season = await currentSeason();
  await commitRound(season, BUREAU_STAFF, new Date(AFTER_DEADLINE), 0);
  const { result, roundTrips } = await backend.emulator.measure(() => commitRound(season, BUREAU_STAFF, new Date(AFTER_DEADLINE)));
  expect(result).toMatchObject({ status: 'committed', applied: 10 });
  expect(roundTrips.total / 10).toBeLessThanOrEqual(10);
  // one transaction for the ten (they are one major's, under the group's size)
  expect(roundTrips.byAction['database.startTransaction']).toBe(1);
});

test('R26: two bureau admins committing at once — one round, each offer applied once', async () => {
  await contestedSeason(store());
  await notices(store());
  const answers = await Promise.all([invoke(unifiedCommit, { round: 1 }, bureau), invoke(unifiedCommit, { round: 1 }, bureau)]);
  for (const answer of answers) {
    if (!answer.ok) expect(answer).toMatchObject({ error: { code: 'CONFLICT', message: '本轮统一录取正在由另一位管理员确认，请稍后刷新查看进度。' } });
  }
  expect(answers.some((a) => a.ok)).toBe(true);
  expect(await expectOk(unifiedCommit, { round: 1 }, bureau)).toMatchObject({ status: 'committed', applied: 2 });
  expect(new Set(offers().map((o) => o.runId)).size).toBe(1);
  expectOneAdmissionEach();
});

test('R26: a commit cut off while storing its offers is taken over after a while by a new run; the old run’s offers are never applied', async () => {
  await contestedSeason(store());
  await notices(store());
  const at = new Date(AFTER_DEADLINE);
  // a run that stored one offer (to a student the allocation does not place) and was cut off
  const { _id: _ignored, ...doc } = {
    _id: '',
    year: 2027,
    round: 1,
    runId: 'aaaaaaaaaaaaaaaa',
    status: 'offering' as const,
    exportDigest: '0'.repeat(64),
    seedCommitment: '0'.repeat(64),
    students: 4,
    offers: 1,
    startedAt: at,
    startedByName: '另一位管理员',
    touchedAt: at,
    committedAt: null,
  };
  const [unplaced] = leads().filter((l) => l.schoolId === XZ.schoolId);
  store().write([
    { collection: 'unifiedRounds', id: unifiedRoundIdOf(2027, 1), doc, insert: true },
    {
      collection: 'unifiedOffers',
      id: 'aaaaaaaaaaaaaaaa-0',
      doc: {
        year: 2027,
        round: 1,
        runId: 'aaaaaaaaaaaaaaaa',
        studentId: 'f'.repeat(64),
        formId: unplaced?.formId,
        schoolId: XZ.schoolId,
        majorId: XZ.majorId,
        majorName: '计算机应用',
        planned: 1,
        rank: 1,
        status: 'pending',
        appliedAt: null,
      },
      insert: true,
    },
  ]);
  // within the while: the other run may still be working
  expect(await invoke(unifiedCommit, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('正在由另一位管理员确认') },
  });
  process.env.LOCAL_EMULATOR_NOW = new Date(at.getTime() + TAKEOVER_MS + 1000).toISOString();
  expect(await expectOk(unifiedCommit, { round: 1 }, bureau)).toMatchObject({ status: 'committed', offers: 2, applied: 2 });
  expect(round()?.runId).not.toBe('aaaaaaaaaaaaaaaa');
  expect(store().getById('unifiedOffers', 'aaaaaaaaaaaaaaaa-0')?.doc).toMatchObject({ status: 'pending' });
  expectOneAdmissionEach();
});

test('R26: a family withdrawing its form (its consent: erased, which the choice deadline does not stop) between the storing of the offers and their applying — its offer is void, the lead not admitted, the place not taken', async () => {
  const { forms } = await contestedSeason(store());
  await notices(store());
  const season = await currentSeason();
  const progress = await commitRound(season, BUREAU_STAFF, new Date(AFTER_DEADLINE), 0);
  expect(progress.offers).toBe(2);
  const offered = offers().map((o) => o.formId);
  const leaving = forms.find((f) => offered.includes(f.formId));
  if (!leaving) throw new Error('expected an offered form');
  await expectOk(choiceErase, { formId: leaving.formId, confirm: true }, leaving.family);
  expect(await expectOk(unifiedCommit, { round: 1 }, bureau)).toEqual({
    round: 1,
    status: 'committed',
    offers: 2,
    applied: 2,
    void: 1,
    voided: [{ reason: 'formWithdrawn', label: '志愿表在计算后已撤回', count: 1 }],
  });
  expect(offers().find((o) => o.formId === leaving.formId)).toMatchObject({ status: 'void', voidReason: 'formWithdrawn' });
  expect(
    leads()
      .filter((l) => l.formId === leaving.formId)
      .every((l) => l.status !== 'admitted'),
  ).toBe(true);
  expectOneAdmissionEach();
});

test('R26: refused before the deadline, in a school season, before the seed is revealed; a school cannot admit on its own desk in a unified season', async () => {
  expect(await invoke(unifiedCommit, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本年度按学校录取') },
  });
  await makeUnified();
  expect(await invoke(unifiedCommit, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: '志愿填报到 2027-05-31 截止，截止之后才能确认统一录取。' },
  });
  process.env.LOCAL_EMULATOR_NOW = AFTER_DEADLINE;
  expect(await invoke(unifiedCommit, { round: 1 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('没有在志愿填报截止前公布') },
  });
  expect(await invoke(admissionAdmit, { majorId: XZ.majorId, leadIds: ['lead-any'], notice: NOTICE }, schoolAdmin)).toMatchObject({
    ok: false,
    error: {
      code: 'CONFLICT',
      message: '本年度实行统一录取。教育局结束统一录取的各轮之后，学校才能补录还没有被录取的学生；在此之前由教育局按学生的志愿统一录取。',
    },
  });
});

test('R26: the school’s notice is saved on the revision read, checked like an admission notice; hostile input refused in Chinese; only the right roles', async () => {
  expect(await invoke(schoolNoticeSave, { notice: NOTICE, revision: 0 }, schoolAdmin)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本年度按学校录取') },
  });
  await makeUnified();
  expect(await expectOk(schoolNoticeGet, {}, schoolAdmin)).toEqual({
    year: 2027,
    unified: true,
    tuitionExempt: true,
    notice: null,
    revision: 0,
    updatedAt: null,
    updatedByName: null,
  });
  expect(await expectOk(schoolNoticeSave, { notice: NOTICE, revision: 0 }, schoolAdmin)).toEqual({ revision: 1 });
  // a second admin's save on what they read before: refused, the first stands
  expect(await invoke(schoolNoticeSave, { notice: { ...NOTICE, place: '操场' }, revision: 0 }, schoolAdmin)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('请刷新后在最新内容上修改') },
  });
  expect(await expectOk(schoolNoticeGet, {}, schoolAdmin)).toMatchObject({ notice: NOTICE, revision: 1 });
  // R16: no tuition where it is exempt
  expect(await invoke(schoolNoticeSave, { notice: { ...NOTICE, bring: '录取通知书、学费 2000 元' }, revision: 1 }, schoolAdmin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'notice.bring': expect.stringContaining('免学费') } },
  });
  for (const notice of [
    { ...NOTICE, place: '报到\u0000处' },
    { ...NOTICE, bring: '材'.repeat(201) },
    { ...NOTICE, reportOn: '明天' },
    { ...NOTICE, extra: 1 },
  ]) {
    const answer = await invoke(schoolNoticeSave, { notice, revision: 1 }, schoolAdmin);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
  }
  expect(JSON.stringify(await invoke(schoolNoticeSave, { notice: { ...NOTICE, place: '报到\u0007处' }, revision: 1 }, schoolAdmin))).toContain(
    CONTROL_MESSAGE.slice(0, 6),
  );
  expect(await expectOk(schoolNoticeGet, {}, schoolAdmin)).toMatchObject({ notice: NOTICE, revision: 1 });
  for (const who of ['guardian', 'recruiter', 'reviewer', 'juniorStaff', 'bureauAdmin']) {
    expect(await invoke(schoolNoticeSave, { notice: NOTICE, revision: 1 }, openidOf(who))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  for (const who of ['guardian', 'schoolAdmin', 'recruiter', 'reviewer', 'juniorStaff']) {
    expect(await invoke(unifiedCommit, { round: 1 }, openidOf(who))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  for (const event of [{ round: 0 }, { round: '1' }, { round: 1.5 }, {}, { round: 1, all: true }, 'commit', [{}]])
    expect(await invoke(unifiedCommit, event, bureau)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});
