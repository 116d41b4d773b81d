import { main as choiceOptions } from '../../../cloudfunctions/family/choiceOptions';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonNarrow } from '../../../cloudfunctions/bureau/seasonNarrow';
import { main as seasonOpen } from '../../../cloudfunctions/bureau/seasonOpen';
import { main as seasonSave } from '../../../cloudfunctions/bureau/seasonSave';
import { currentSeason, forgetSeasons } from '../../../cloudfunctions/domains/season/season';
import { demoSeason } from '../../../emulator/seed/season';
import type { SeasonSettings } from '../../../shared/records/season';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R21, R9: the bureau runs the season in the product; every function reads it from the database. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const cityReviewer = openidOf('reviewer');
const xinfuReviewer = 'seed-openid-reviewer-xinfu';
const { _id, year, districts, updatedAt, revision, ...demoSettings } = demoSeason;
const settings = (over: Partial<SeasonSettings> = {}): SeasonSettings => ({ ...demoSettings, ...over });

async function current() {
  return expectOk(seasonGet, {}, bureau);
}

test('R21: the bureau admin moves the choice window; families are held to it at once; the change is in the history with who, before and after', async () => {
  const before = await current();
  expect(before).toMatchObject({ year: 2027, inForce: true, editable: true, past: false, narrowable: null, history: [] });
  await expectOk(seasonSave, { year: 2027, version: before.version, settings: settings({ choices: { start: '2027-04-20', end: '2027-05-31' } }) }, bureau);
  // 15 April is now before the window, for the form and for the options alike
  expect(await invoke(choiceSubmit, aForm(), openidOf('student'))).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: expect.stringContaining('2027-04-20 至 2027-05-31') },
  });
  expect((await expectOk(choiceOptions, {}, openidOf('student'))).window).toEqual({ start: '2027-04-20', end: '2027-05-31', open: false });
  const after = await current();
  expect(after.history).toEqual([
    {
      at: expect.any(String),
      actorName: '吴主任',
      action: '修改招生季设置',
      changes: [{ field: 'choices', label: '志愿填报时间', before: '2027-04-01 至 2027-05-31', after: '2027-04-20 至 2027-05-31' }],
    },
  ]);
  expect(backend.emulator.store.find('auditLog', { action: 'season.save' })).toEqual([
    expect.objectContaining({ staffId: 'staff-bureau-admin', subjectId: 'season-2027' }),
  ]);
});

test.each([
  ['a window that ends before it starts', { choices: { start: '2027-05-01', end: '2027-04-01' } }, 'choices.end', '志愿填报时间的结束日期不能早于开始日期'],
  ['a window outside the year', { admission: { start: '2027-06-01', end: '2028-01-31' } }, 'admission.end', '录取与报到时间应在 2027 年内'],
  ['admission before choices end', { admission: { start: '2027-05-15', end: '2027-10-31' } }, 'admission.start', '录取应在志愿填报结束之后开始'],
  [
    'campus visits outside publicity',
    { campusVisits: { districtSchools: { start: '2027-05-20', end: '2027-05-26' }, otherSchools: demoSettings.campusVisits.otherSchools } },
    'campusVisits.districtSchools.start',
    '区属学校进校宣传时间应在宣传时间之内',
  ],
  ['a day that does not exist', { earlyStudyFrom: '2027-02-30' }, 'earlyStudyFrom', '这一天不存在，请核对日期'],
  [
    'an example that does not fit the filing format',
    { filingNumber: { pattern: '^忻教职招备〔2027〕\\d{3}号$', example: '2027-008' } },
    'filingNumber.example',
    '示例与备案编号格式不符',
  ],
  [
    'a quota above the district total',
    { targets: [{ district: '忻府区', ownSchoolsQuota: 2100, total: 2000 }] },
    'targets.0.ownSchoolsQuota',
    '区属学校的指标不能超过区县的总目标',
  ],
])('R21: %s is refused with a Chinese field error, and nothing changes', async (_what, over, field, message) => {
  const { version } = await current();
  const result = await invoke(seasonSave, { year: 2027, version, settings: settings(over as Partial<SeasonSettings>) }, bureau);
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [`settings.${field}`]: message } } });
  expect(backend.emulator.store.getById('seasons', 'season-2027')?.doc.choices).toEqual(demoSeason.choices);
  expect(backend.emulator.store.count('auditLog', {})).toBe(0);
});

test('R21: two people changing the settings from the same version: the second is told to refresh, nothing is overwritten unseen', async () => {
  const { version } = await current();
  const first = invoke(seasonSave, { year: 2027, version, settings: settings({ maxChoices: 4 }) }, bureau);
  const second = invoke(seasonSave, { year: 2027, version, settings: settings({ maxChoices: 2 }) }, bureau);
  const answers = await Promise.all([first, second]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('刷新') } });
  expect(backend.emulator.store.count('auditLog', { action: 'season.save' })).toBe(1);
});

test('R21: a new year starts from a copy of the last with its dates moved on; only the next year opens; a past year is read-only', async () => {
  expect(await invoke(seasonOpen, { year: 2029 }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { year: '只能开启下一个年度：2028 年' } },
  });
  await expectOk(seasonOpen, { year: 2028 }, bureau);
  await expectOk(seasonOpen, { year: 2028 }, bureau);
  const next = await expectOk(seasonGet, { year: 2028 }, bureau);
  expect(next.settings).toMatchObject({
    choices: { start: '2028-04-01', end: '2028-05-31' },
    filingNumber: { example: '忻教职招备〔2028〕008号' },
    maxChoices: 3,
  });
  expect(next.years).toEqual([2027, 2028]);
  // 2027's work goes on until its end date, then 2028 is in force and 2027 is history
  expect((await current()).year).toBe(2027);
  process.env.LOCAL_EMULATOR_NOW = '2027-12-01T00:00:01+08:00';
  forgetSeasons();
  expect((await current()).year).toBe(2028);
  const past = await expectOk(seasonGet, { year: 2027 }, bureau);
  expect(past).toMatchObject({ past: true, editable: false, inForce: false });
  expect(await invoke(seasonSave, { year: 2027, version: past.version, settings: settings({ maxChoices: 5 }) }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('只能查看') },
  });
});

test('R21: a district reviewer narrows the choice window for their district only; a wider window and the city reviewer are refused', async () => {
  const view = await expectOk(seasonGet, {}, xinfuReviewer);
  expect(view).toMatchObject({ narrowable: '忻府区', editable: false });
  expect(
    await invoke(seasonNarrow, { year: 2027, version: view.version, narrowing: { choices: { start: '2027-03-20', end: '2027-05-20' } } }, xinfuReviewer),
  ).toMatchObject({
    ok: false,
    error: { fields: { 'narrowing.choices.start': expect.stringContaining('2027-04-01 至 2027-05-31') } },
  });
  expect(await invoke(seasonNarrow, { year: 2027, version: view.version, narrowing: {} }, cityReviewer)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await invoke(seasonSave, { year: 2027, version: view.version, settings: settings() }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await expectOk(seasonNarrow, { year: 2027, version: view.version, narrowing: { choices: { start: '2027-04-20', end: '2027-05-20' } } }, xinfuReviewer);
  // 15 April: a student of a 忻府区 junior high waits; a student of 原平市 may submit
  expect(await invoke(choiceSubmit, aForm(), openidOf('student'))).toMatchObject({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: expect.stringContaining('2027-04-20 至 2027-05-20') },
  });
  const yuanping = aForm({ student: { ...aForm().student, juniorSchoolId: 'junior-yp-1', idNumber: idNumber('20110315', 333) } });
  await expectOk(choiceSubmit, yuanping, openidOf('guardian'));
  process.env.LOCAL_EMULATOR_NOW = '2027-04-20T00:00:00+08:00';
  await expectOk(choiceSubmit, aForm(), openidOf('student'));
  expect((await expectOk(seasonGet, {}, bureau)).districts).toEqual({ 忻府区: { choices: { start: '2027-04-20', end: '2027-05-20' } } });
  expect((await expectOk(seasonGet, {}, bureau)).history[0]).toMatchObject({ actorName: '陈老师', action: '区县调整本区日期' });
});

test('the season reader costs no database round trip within its minute, and reads again once forgotten', async () => {
  forgetSeasons();
  expect((await currentSeason()).year).toBe(2027);
  backend.emulator.store.sql.exec('ALTER TABLE "c_seasons" RENAME TO "c_seasons_away"');
  try {
    expect((await currentSeason()).year).toBe(2027);
    forgetSeasons();
    await expect(currentSeason()).rejects.toBeDefined();
  } finally {
    backend.emulator.store.sql.exec('ALTER TABLE "c_seasons_away" RENAME TO "c_seasons"');
    forgetSeasons();
  }
});

test('bad input to the season functions: a coded error in Chinese and nothing written', async () => {
  for (const event of [
    {},
    { year: '2027' },
    { year: 2027, version: 'x', settings: { ...demoSettings, maxChoices: 0 } },
    { year: 2027, version: 'x', settings: { ...demoSettings, filingMark: '已\u0000备案' } },
    'drop',
    { year: 1e9 },
  ]) {
    const result = await invoke(seasonSave, event, bureau);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
  }
  expect(await invoke(seasonOpen, { year: 'next' }, bureau)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await invoke(seasonNarrow, { year: 2027, version: 'x', narrowing: { choices: { start: '04-20', end: '2027-05-20' } } }, xinfuReviewer)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(await invoke(seasonGet, { year: 2031 }, bureau)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(backend.emulator.store.count('auditLog', {})).toBe(0);
  expect(backend.emulator.store.count('seasons', {})).toBe(1);
});

test('R21: the city cannot shrink a window past a district’s narrower one unseen; a district reviewer sees only their own district’s changes', async () => {
  const view = await expectOk(seasonGet, {}, xinfuReviewer);
  await expectOk(seasonNarrow, { year: 2027, version: view.version, narrowing: { choices: { start: '2027-04-10', end: '2027-05-20' } } }, xinfuReviewer);
  const { version } = await current();
  expect(await invoke(seasonSave, { year: 2027, version, settings: settings({ choices: { start: '2027-04-20', end: '2027-05-31' } }) }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { 'settings.choices.start': expect.stringContaining('忻府区') } },
  });
  // another district's narrowing is not shown to 忻府区's reviewer
  backend.emulator.store.write([
    {
      collection: 'auditLog',
      id: 'audit-other-district',
      doc: {
        _id: 'audit-other-district',
        staffId: 'staff-reviewer-yp',
        actorName: '原平',
        action: 'season.narrow',
        subjectId: 'season-2027',
        at: new Date(),
        after: { 原平市: {} },
      },
      insert: true,
    },
  ]);
  const history = (await expectOk(seasonGet, {}, xinfuReviewer)).history;
  expect(history.map((h) => h.actorName)).toEqual(['陈老师']);
  expect((await expectOk(seasonGet, {}, bureau)).history.map((h) => h.actorName).sort()).toEqual(['原平', '陈老师']);
});
