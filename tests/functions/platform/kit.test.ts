import type { Emulator } from '../../../emulator/server';
import { main as reports } from '../../../cloudfunctions/family/reports';
import { main as session } from '../../../cloudfunctions/public/session';
import { main as staffHome } from '../../../cloudfunctions/staff/staffHome';
import { invoke, localBackend, openidOf } from '../../helpers/backend';

/** Every function goes through the kit: input first, identity from the context, role from staff. */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await localBackend();
});
afterAll(() => emulator.close());

const reportCount = () => emulator.store.count('reports', {});
const goodReport = { category: 'payment', description: '有人自称能“办名额”，要求先交两千元。', schoolName: '某培训学校' };

test('bad input answers INVALID_INPUT with a Chinese message per field, and writes nothing', async () => {
  const before = reportCount();
  const result = await invoke(reports, { category: 'gossip', description: '太短', contactPhone: '12345' }, openidOf('guardian'));
  expect(result).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/[\u4e00-\u9fa5]/),
      fields: {
        category: '请选择举报类型',
        description: '请至少用 10 个字描述您遇到的情况',
        contactPhone: '请填写正确的手机号或带区号的固定电话',
      },
    },
  });
  expect(reportCount()).toBe(before);
});

test('input that is not an object is refused the same way', async () => {
  const result = await invoke(reports, 'drop table', openidOf('guardian'));
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('good input is recorded with the caller from the context, not from the body', async () => {
  const result = await invoke(reports, { ...goodReport, openid: 'someone-else' }, openidOf('guardian'));
  expect(result).toMatchObject({ ok: true, data: { reportId: expect.any(String) } });
  if (!result.ok) throw new Error('unreachable');
  const stored = emulator.store.getById('reports', result.data.reportId)?.doc;
  expect(stored).toMatchObject({ ...goodReport, openid: openidOf('guardian'), status: 'received' });
});

test('WeChat’s appended userInfo is not taken for part of the request', async () => {
  const result = await invoke(reports, { ...goodReport, userInfo: { appId: 'wx', openId: 'x' } }, openidOf('student'));
  expect(result.ok).toBe(true);
});

test('a caller without the role gets FORBIDDEN', async () => {
  const result = await invoke(staffHome, {}, openidOf('guardian'));
  expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/权限/) } });
});

test('a caller with the role gets their workbench', async () => {
  const result = await invoke(staffHome, {}, openidOf('reviewer'));
  expect(result).toMatchObject({
    ok: true,
    data: {
      role: 'reviewer',
      name: '刘科长',
      counts: [
        { label: '待审核简章', value: 1 },
        { label: '已备案简章', value: 1 },
      ],
    },
  });
});

test('a call without an OPENID is UNAUTHENTICATED', async () => {
  expect(await invoke(session, {}, '')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test('the role comes from the staff collection, never from the request', async () => {
  expect(await invoke(session, {}, openidOf('recruiter'))).toEqual({ ok: true, data: { role: 'recruiter', name: '王老师', schoolName: '忻州市职业技术学校' } });
  expect(await invoke(session, { role: 'reviewer' }, openidOf('student'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await invoke(session, {}, 'a-new-family')).toEqual({ ok: true, data: { role: 'family', name: null, schoolName: null } });
});

test('concurrent invocations each see their own caller', async () => {
  const callers = ['student', 'guardian', 'recruiter', 'schoolAdmin', 'reviewer'];
  const expected = ['family', 'family', 'recruiter', 'schoolAdmin', 'reviewer'];
  const rounds = await Promise.all(Array.from({ length: 8 }, () => Promise.all(callers.map((c) => invoke(session, {}, openidOf(c))))));
  for (const round of rounds) expect(round.map((r) => (r.ok ? r.data.role : r.error.code))).toEqual(expected);
});

test('a database failure answers INTERNAL in Chinese and the caller can retry', async () => {
  const before = reportCount();
  // The collection's table vanishes under the function: the SDK call fails mid-handler.
  emulator.store.sql.exec('ALTER TABLE "c_reports" RENAME TO "c_reports_away"');
  try {
    const result = await invoke(reports, goodReport, openidOf('guardian'));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试。您填写的内容没有丢失。' } });
  } finally {
    emulator.store.sql.exec('ALTER TABLE "c_reports_away" RENAME TO "c_reports"');
  }
  expect(reportCount()).toBe(before);
  expect(await invoke(reports, goodReport, openidOf('guardian'))).toMatchObject({ ok: true });
});

test('each invocation writes one structured log line: function, role, duration, outcome', async () => {
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  process.env.FUNCTION_LOG = 'on';
  try {
    await invoke(staffHome, {}, openidOf('guardian'));
    await invoke(session, {}, openidOf('recruiter'));
  } finally {
    process.env.FUNCTION_LOG = 'off';
    spy.mockRestore();
  }
  expect(lines.map((l) => JSON.parse(l))).toEqual([
    { level: 'warn', fn: 'staffHome', role: 'family', ms: expect.any(Number), outcome: 'FORBIDDEN' },
    { level: 'info', fn: 'session', role: 'recruiter', ms: expect.any(Number), outcome: 'ok' },
  ]);
});
