import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonOpen } from '../../../cloudfunctions/bureau/seasonOpen';
import { main as seasonSave } from '../../../cloudfunctions/bureau/seasonSave';
import { main as choiceOptions } from '../../../cloudfunctions/family/choiceOptions';
import { forgetSeasons } from '../../../cloudfunctions/domains/season/season';
import { demoSeason } from '../../../emulator/seed/season';
import type { SeasonSettings } from '../../../shared/records/season';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/** R26: the season chooses the way of admission and, for a unified one, its priorities from the allocation's fixed menu. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const { _id, year, districts, updatedAt, revision, ...demoSettings } = demoSeason;
const settings = (over: Partial<SeasonSettings> = {}): SeasonSettings => ({ ...demoSettings, ...over });
const unified = (over: Partial<SeasonSettings> = {}) =>
  settings({ admissionMode: 'unified', priorities: [{ kind: 'ownDistrict' }, { kind: 'learnerGroup', order: ['current-graduate'] }], ...over });

test('R26: a season stored before the setting existed reads as admission by the schools, with no priorities', async () => {
  const stored = backend.emulator.store.getById('seasons', 'season-2027')?.doc as Record<string, unknown>;
  const { admissionMode: _m, priorities: _p, ...old } = stored;
  backend.emulator.store.write([{ collection: 'seasons', id: 'season-2027', doc: old }]);
  forgetSeasons();
  const view = await expectOk(seasonGet, {}, bureau);
  expect(view.settings).toMatchObject({ admissionMode: 'school', priorities: [] });
});

test('R26: the bureau makes the season unified with priorities in order; it reads back, is audited in words, and carries into the next year', async () => {
  const { version } = await expectOk(seasonGet, {}, bureau);
  await expectOk(seasonSave, { year: 2027, version, settings: unified() }, bureau);
  const view = await expectOk(seasonGet, {}, bureau);
  expect(view.settings).toMatchObject({
    admissionMode: 'unified',
    priorities: [{ kind: 'ownDistrict' }, { kind: 'learnerGroup', order: ['current-graduate'] }],
  });
  const changes = view.history[0]?.changes ?? [];
  expect(changes).toEqual(
    expect.arrayContaining([
      { field: 'admissionMode', label: '录取方式', before: '各校按计划录取', after: '统一录取' },
      {
        field: 'priorities',
        label: '统一录取的优先顺序',
        before: '只按抽签号（小者优先）',
        after: expect.stringContaining('区属学校先录取本区县的学生；按学生类别：应届初中毕业生优先'),
      },
    ]),
  );
  await expectOk(seasonOpen, { year: 2028 }, bureau);
  expect((await expectOk(seasonGet, { year: 2028 }, bureau)).settings).toMatchObject({ admissionMode: 'unified', priorities: view.settings.priorities });
});

test.each([
  ['more than six choices in a unified season', unified({ maxChoices: 7 }), 'settings.maxChoices', '统一录取时每名学生最多填报 6 个志愿'],
  ['a criterion named twice', unified({ priorities: [{ kind: 'score' }, { kind: 'score' }] }), 'settings.priorities', '每项优先规则只能出现一次'],
  [
    'a learner group named twice',
    unified({ priorities: [{ kind: 'learnerGroup', order: ['veteran', 'veteran'] }] }),
    'settings.priorities.0.order',
    '学生类别的顺序中不能重复',
  ],
])('R26: %s is refused with a Chinese field error, and nothing changes', async (_what, bad, field, message) => {
  const { version } = await expectOk(seasonGet, {}, bureau);
  expect(await invoke(seasonSave, { year: 2027, version, settings: bad }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { [field]: message } },
  });
  expect(backend.emulator.store.getById('seasons', 'season-2027')?.doc.admissionMode).toBe('school');
  expect(backend.emulator.store.count('auditLog', {})).toBe(0);
});

test('R26: a school season may still allow ten choices; six is the cap only for a unified one', async () => {
  const { version } = await expectOk(seasonGet, {}, bureau);
  await expectOk(seasonSave, { year: 2027, version: version, settings: settings({ maxChoices: 10 }) }, bureau);
});

test('R26: hostile priorities — a criterion off the menu, the lottery named, an unknown group, too many — are refused in Chinese, nothing written', async () => {
  const { version } = await expectOk(seasonGet, {}, bureau);
  for (const priorities of [
    [{ kind: 'wealth' }],
    [{ kind: 'lottery' }],
    [{ kind: 'learnerGroup', order: ['vip'] }],
    [{ kind: 'learnerGroup', order: [] }],
    [{ kind: 'score' }, { kind: 'ownDistrict' }, { kind: 'learnerGroup', order: ['veteran'] }, { kind: 'score' }],
    'score',
    [null],
  ]) {
    const result = await invoke(seasonSave, { year: 2027, version, settings: { ...unified(), priorities } }, bureau);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
  }
  expect(await invoke(seasonSave, { year: 2027, version, settings: { ...unified(), admissionMode: 'lottery' } }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'settings.admissionMode': expect.stringMatching(/[\u4e00-\u9fa5]/) } },
  });
  expect(backend.emulator.store.count('auditLog', {})).toBe(0);
  expect(backend.emulator.store.getById('seasons', 'season-2027')?.doc.admissionMode).toBe('school');
});

test('R26: once the choice deadline has passed, the way of admission and the priorities are fixed; other settings still change', async () => {
  const { version } = await expectOk(seasonGet, {}, bureau);
  await expectOk(seasonSave, { year: 2027, version, settings: unified() }, bureau);
  process.env.LOCAL_EMULATOR_NOW = '2027-06-01T09:00:00+08:00';
  forgetSeasons();
  const after = await expectOk(seasonGet, {}, bureau);
  expect(await invoke(seasonSave, { year: 2027, version: after.version, settings: unified({ priorities: [{ kind: 'score' }] }) }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'settings.priorities': '志愿填报已经截止，统一录取的优先顺序不能再修改' } },
  });
  expect(await invoke(seasonSave, { year: 2027, version: after.version, settings: settings() }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { 'settings.admissionMode': '志愿填报已经截止，本年度的录取方式不能再修改' } },
  });
  await expectOk(seasonSave, { year: 2027, version: after.version, settings: unified({ registrationDeadline: '2027-11-09' }) }, bureau);
});

test('R26: the choice form says how admission works this year — in a unified season the priorities in words, that ranking a school first never costs a place, and when results come; in a school season the schools’ dates and the days to choose', async () => {
  const family = openidOf('student');
  const school = await expectOk(choiceOptions, {}, family);
  expect(school.howAdmitted).toEqual([
    '今年由各中职学校按招生计划分别录取，录取时间为 2027-06-01 至 2027-10-31。',
    '如果同时被几所学校录取，请在 3 天内在“我的志愿”中选择其中一所；逾期未选的，保留您排在最前面的那所学校的录取。',
  ]);
  const { version } = await expectOk(seasonGet, {}, bureau);
  await expectOk(seasonSave, { year: 2027, version, settings: unified() }, bureau);
  const words = (await expectOk(choiceOptions, {}, family)).howAdmitted;
  expect(words[0]).toMatch(/^今年实行统一录取：志愿填报于 2027-05-31 截止后/);
  expect(words[1]).toBe('录取规则：区属学校先录取本区县的学生；按学生类别：应届初中毕业生优先；然后按抽签号（小者优先）。');
  expect(words.join('')).toContain('排在前面的志愿不会让您失去后面志愿的机会');
  expect(words.at(-1)).toBe('录取结果自 2027-06-01 起在“我的志愿”中查看，学校和家庭都会收到通知。');
  // what happens to places given back, and 补录 after the rounds (the bureau's rounds by default)
  expect(words.at(-2)).toBe(
    '获得录取后，请在 3 天内接受或放弃；放弃、逾期未答复或学校未予录取而空出的名额，在教育局进行的下一轮里按同样的规则录取给候补的学生。各轮结束后仍未被录取的，还有名额的学校可以直接补录。',
  );
  // words for a parent: no English keys, no rule codes
  expect(words.join('')).not.toMatch(/[A-Za-z]|R\d/);
});
