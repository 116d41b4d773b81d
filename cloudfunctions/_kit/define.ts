import type { z } from 'zod';
import { fail, fieldErrorsFrom, ok, type Result } from '../../shared/result';
import type { Role } from '../../shared/roles';
import { openidFrom, resolveCaller, type Caller } from './caller';
import { Failure } from './failure';
import { logError, logInvocation } from './log';

export interface FunctionSpec<I extends z.ZodType, O extends z.ZodType> {
  name: string;
  input: I;
  output: O;
  /** who may call; families are anyone with an OPENID (ignored for systemOnly functions) */
  roles: readonly Role[];
  /** timers and other functions call with no OPENID: such a function refuses every end user */
  systemOnly?: boolean;
  handler(input: z.infer<I>, caller: Caller): Promise<z.input<O>>;
}

/** WeChat appends the caller's `userInfo` to every event; it is not part of the request. */
function requestOf(event: unknown): unknown {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return event ?? {};
  const { userInfo: _platform, ...request } = event as Record<string, unknown>;
  return request;
}

/**
 * The one way a cloud function is written: parse the input first, then resolve the caller from the
 * context and check their role, then run the handler; answer `{ ok, data }` or `{ ok, error }`.
 */
export function defineFunction<I extends z.ZodType, O extends z.ZodType>(spec: FunctionSpec<I, O>) {
  return async function main(event: unknown, context: unknown): Promise<Result<z.infer<O>>> {
    const started = Date.now();
    let role = 'unknown';
    const finish = (result: Result<z.infer<O>>) => {
      logInvocation({ fn: spec.name, role, ms: Date.now() - started, outcome: result.ok ? 'ok' : result.error.code });
      return result;
    };
    const parsed = spec.input.safeParse(requestOf(event));
    if (!parsed.success) return finish(fail('INVALID_INPUT', fieldErrorsFrom(parsed.error)));
    try {
      const openid = openidFrom(context);
      if (spec.systemOnly) {
        if (openid) return finish(fail('FORBIDDEN'));
        role = 'system';
        return finish(ok(spec.output.parse(await spec.handler(parsed.data, { openid, role: 'family', staff: null }))));
      }
      if (!openid) return finish(fail('UNAUTHENTICATED'));
      const caller = await resolveCaller(openid);
      role = caller.role;
      if (!spec.roles.includes(caller.role)) return finish(fail('FORBIDDEN'));
      const data = spec.output.parse(await spec.handler(parsed.data, caller));
      return finish(ok(data));
    } catch (error) {
      if (error instanceof Failure) return finish(fail(error.code, error.fields, error.customMessage));
      logError(spec.name, error);
      return finish(fail('INTERNAL'));
    }
  };
}
