import type { Emulator } from '../../../emulator/server';
import { main as brochureList } from '../../../cloudfunctions/public/brochureList';
import { main as choiceOptions } from '../../../cloudfunctions/family/choiceOptions';
import { main as home } from '../../../cloudfunctions/public/home';
import { main as subsidyInfo } from '../../../cloudfunctions/public/subsidyInfo';
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
