import type { Emulator } from '../../../emulator/server';
import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as choiceOptions } from '../../../cloudfunctions/family/choiceOptions';
import { main as home } from '../../../cloudfunctions/public/home';
import { main as subsidyInfo } from '../../../cloudfunctions/public/subsidyInfo';
import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonOpen } from '../../../cloudfunctions/bureau/seasonOpen';
import { main as letterGet } from '../../../cloudfunctions/bureau/letterGet';
import { main as cityGet } from '../../../cloudfunctions/bureau/cityGet';
import { main as citySave } from '../../../cloudfunctions/bureau/citySave';
import { atServerTime } from '../../../emulator/clock';
import { seasonProblems } from '../../../shared/season-rules';
import { expectOk } from '../../helpers/calls';
import { invoke, localBackend } from '../../helpers/backend';

/**
 * R27: a new city before the bureau sets its first season. A family who opens the mini-program
 * then is told in words that admission has not started — not 系统繁忙, which would send them to
 * try again — and nothing is written.
 */
let emulator: Emulator;
beforeEach(async () => {
  emulator = await localBackend({ seed: false });
});
afterEach(() => emulator.close());

test.each([
  ['home', home],
  ['subsidyInfo', subsidyInfo],
  ['brochureList', brochureList],
  ['choiceOptions', choiceOptions],
])('R27: %s in a city with no season yet says admission has not started', async (_name, main) => {
  expect(await invoke(main, {}, 'openid-family')).toEqual({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: '本市今年的中职招生工作还没有开始，请留意教育局的通知。' },
  });
  expect(emulator.store.find('seasons', {})).toEqual([]);
});

test("R27: the first bureau admin opens the city's first season — this year's or next — from the usual months, with no targets and a neutral filing format to set; the letter starts blank", async () => {
  // the first admin, as the setup code makes them (tests/functions/staff/setup-code.test.ts)
  emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-first',
      insert: true,
      doc: { _id: 'staff-first', openid: 'openid-first', name: '首位管理员', role: 'bureauAdmin', status: 'active', createdAt: new Date() },
    },
  ]);
  await atServerTime('2026-12-06T10:00:00+08:00', async () => {
    expect(await invoke(seasonGet, {}, 'openid-first')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await invoke(seasonOpen, { year: 2029 }, 'openid-first')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { year: '第一个招生季只能是 2026 年或 2027 年' } },
    });
    expect(emulator.store.find('seasons', {})).toEqual([]);
    await expectOk(seasonOpen, { year: 2027 }, 'openid-first');
    const season = await expectOk(seasonGet, {}, 'openid-first');
    expect(season).toMatchObject({
      year: 2027,
      editable: true,
      settings: { choices: { start: '2027-04-01', end: '2027-05-31' }, targets: [], filingMark: '已经教育局审查备案', admissionMode: 'school' },
    });
    // what it opens with passes the season's own checks: the bureau can save it as it is
    expect(seasonProblems(season.settings, 2027)).toEqual({});
    expect(await expectOk(letterGet, {}, 'openid-first')).toMatchObject({
      year: 2027,
      startsFrom: { kind: 'blank' },
      published: [],
      letter: { issuedBy: '教育局' },
    });
  });
});

test("R27: a family's function instance that found no season reads again: the first season and the city's names are seen at once, not a minute later", async () => {
  // the public function in another warm instance: its own copy of the kept season and letters
  let otherHome: typeof home = home;
  jest.isolateModules(() => {
    otherHome = (require('../../../cloudfunctions/public/home') as { main: typeof home }).main;
  });
  expect(await invoke(otherHome, {}, 'openid-family')).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } });
  emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-first',
      insert: true,
      doc: { _id: 'staff-first', openid: 'openid-first', name: '首位管理员', role: 'bureauAdmin', status: 'active', createdAt: new Date() },
    },
  ]);
  await atServerTime('2027-04-15T10:00:00+08:00', async () => {
    await expectOk(seasonOpen, { year: 2027 }, 'openid-first');
    expect(await expectOk(otherHome, {}, 'openid-family')).toMatchObject({ letter: null, city: '' });
    const { version } = await expectOk(cityGet, {}, 'openid-first');
    await expectOk(
      citySave,
      {
        version,
        settings: { name: '新城市', bureauName: '新城市教育局', signature: '新城市教育局', districts: [{ name: '新城区', bureauName: '新城区教育局' }] },
      },
      'openid-first',
    );
    expect(await expectOk(otherHome, {}, 'openid-family')).toMatchObject({ city: '新城市' });
  });
});
