import { emulatorWithSdk, postAdmin } from '../helpers/emulator';

/** Whatever arrives, the emulator answers JSON in CloudBase's error shape and keeps serving. */
let ctx: Awaited<ReturnType<typeof emulatorWithSdk>>;
beforeEach(async () => {
  ctx = await emulatorWithSdk();
});
afterEach(() => ctx.emulator.close());

test.each([
  ['not JSON', '{oops', 'INVALID_JSON'],
  ['a JSON array', '[1,2]', 'INVALID_JSON'],
  ['no action', {}, 'INVALID_ACTION'],
  ['an unknown action', { action: 'database.dropEverything' }, 'INVALID_ACTION'],
  ['a get without a collection', { action: 'database.getDocument' }, 'INVALID_PARAM'],
  ['a query that is not EJSON', { action: 'database.getDocument', collectionName: 'schools', query: '{"a":' }, 'SYS_ERR'],
  [
    'an update of a missing document id',
    { action: 'database.modifyDocument', collectionName: 'schools', queryType: 'DOC', query: '{}', data: '{}' },
    'INVALID_PARAM',
  ],
  ['an unknown transaction', { action: 'database.commitTransaction', transactionId: 'nope' }, 'DATABASE_TRANSACTION_FAIL'],
])('%s gets a JSON error with a code', async (_what, body, code) => {
  const res = await postAdmin(ctx.emulator.adminUrl, body);
  expect(res).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
  // and the server still answers
  expect((await ctx.db.collection('schools').count()).total).toBe(0);
});

test('an unknown path or method gets a JSON error, not a crash', async () => {
  const get = await fetch(ctx.emulator.adminUrl);
  expect(get.status).toBe(405);
  expect(await get.json()).toMatchObject({ ok: false, error: { code: 'METHOD_NOT_ALLOWED' } });
  const missing = await fetch(`${ctx.emulator.url}/functions/nothing`, { method: 'POST', body: '{}' });
  expect(missing.status).toBe(404);
  expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FUNCTION', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
});

test('WeChat open APIs are recorded, not sent, and can be read back', async () => {
  const requestData = { touser: 'openid-1', templateId: 'tpl', data: { thing1: { value: '新线索' } } };
  const res = await ctx.app.callWxOpenApi({ apiName: 'cloudbase.subscribeMessage.send', requestData });
  expect(res.result).toEqual({ errcode: 0, errmsg: 'ok' });
  expect(ctx.emulator.wx.list()).toEqual([expect.objectContaining({ apiName: 'cloudbase.subscribeMessage.send', requestData })]);
  const seen = await (await fetch(`${ctx.emulator.url}/dev/wx-messages`)).json();
  expect(seen.calls).toHaveLength(1);
});

test('calling a function that does not exist through the SDK is refused', async () => {
  await expect(ctx.app.callFunction({ name: 'nothing', data: {} })).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND' });
});
