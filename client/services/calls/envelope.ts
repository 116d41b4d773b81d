import { fail, resultFrom, type Result } from '../../../shared/result-core';

/**
 * What the page gets from a call, whatever happened on the way: the function's own
 * `{ ok, data } | { ok, error }`; NETWORK when the request never got an answer; INTERNAL when the
 * answer is not a result at all. Pages never need try/catch.
 */
export async function answerOf<T>(send: () => Promise<unknown>): Promise<Result<T>> {
  let raw: unknown;
  try {
    raw = await send();
  } catch {
    return fail('NETWORK');
  }
  return resultFrom<T>(raw);
}
