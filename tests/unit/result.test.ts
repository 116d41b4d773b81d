import { fail, fieldErrorsFrom, ok, resultFrom } from '../../shared/result';
import { reportInput } from '../../shared/api/reports';

/** The one result shape, as the client reads whatever came back. */
test('a function’s answer passes through as it is', () => {
  expect(resultFrom({ ok: true, data: { n: 1 } })).toEqual({ ok: true, data: { n: 1 } });
  const error = { ok: false, error: { code: 'FORBIDDEN', message: '您没有办理此项业务的权限。' } };
  expect(resultFrom(error)).toEqual(error);
});

test.each([
  ['an HTML error page', '<html>502 Bad Gateway</html>'],
  ['nothing', undefined],
  ['an error with an unknown code', { ok: false, error: { code: 'BOOM', message: 'x' } }],
  ['a bare object', { data: 1 }],
])('%s becomes INTERNAL with the Chinese message', (_what, raw) => {
  expect(resultFrom(raw)).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试。您填写的内容没有丢失。' } });
});

test('field errors keep the first message per field, in Chinese', () => {
  const parsed = reportInput.safeParse({ category: 'x', description: 1 });
  if (parsed.success) throw new Error('should not parse');
  expect(fieldErrorsFrom(parsed.error)).toEqual({ category: '请选择举报类型', description: '请描述您遇到的情况' });
  expect(fail('NETWORK')).toEqual({ ok: false, error: { code: 'NETWORK', message: '网络连接不稳定，请检查网络后重试。' } });
  expect(ok(3)).toEqual({ ok: true, data: 3 });
});
