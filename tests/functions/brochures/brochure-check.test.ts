import { main as brochureCheck } from '../../../cloudfunctions/public/brochureCheck';
import type { Emulator } from '../../../emulator/server';
import { invoke, localBackend } from '../../helpers/backend';

/** brochureCheck answers with the server's clock (moved only in the local environment). */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await localBackend();
});
afterAll(() => {
  delete process.env.LOCAL_EMULATOR_NOW;
  return emulator.close();
});

const check = (event: object) => invoke(brochureCheck, event, 'a-family');

test('R9: choosing is refused before the window by the server’s clock, whatever the phone says, and allowed inside it', async () => {
  process.env.LOCAL_EMULATOR_NOW = '2027-03-31T23:59:00+08:00';
  expect(await check({ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001', now: '2027-04-15' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(await check({ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' })).toEqual({
    ok: true,
    data: { allowed: false, rule: 'R9', reason: '志愿填报时间为 2027-04-01 至 2027-05-31' },
  });
  process.env.LOCAL_EMULATOR_NOW = '2027-04-01T00:00:00+08:00';
  expect(await check({ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-001' })).toEqual({ ok: true, data: { allowed: true } });
});

test('R5 and R2 through the function: an unfiled major, a draft brochure, an unknown id', async () => {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:00:00+08:00';
  expect(await check({ brochureId: 'brochure-xz-vocational-v2', majorId: 'major-xz-004' })).toMatchObject({ ok: true, data: { allowed: false, rule: 'R5' } });
  expect(await check({ brochureId: 'brochure-xinfu-vocational-v2', purpose: 'show' })).toMatchObject({ ok: true, data: { allowed: false, rule: 'R2' } });
  expect(await check({ brochureId: 'no-such-brochure' })).toMatchObject({ ok: true, data: { allowed: false, rule: 'R2', reason: '没有找到这份招生简章' } });
});
