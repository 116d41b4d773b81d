import type { z } from 'zod';
import { fail, fieldErrorsFrom, ok, type Result } from '../../../shared/result';
import { roleSchema, staffRoles, type Role } from '../../../shared/roles';
import { openidFrom, resolveCaller, type CallerOf } from './caller';
import { failureForDatabaseError } from '../../domains/unique-indexes';
import { Failure } from './failures';
import { logError, logInvocation } from './log';

interface Common<I extends z.ZodType, O extends z.ZodType> {
  name: string;
  input: I;
  output: O;
}

export interface FunctionSpec<I extends z.ZodType, O extends z.ZodType, R extends Role> extends Common<I, O> {
  /** who may call; families are anyone with an OPENID. The handler's caller is narrowed to these roles. */
  roles: readonly R[];
  handler(input: z.infer<I>, caller: CallerOf<R>): Promise<z.input<O>>;
}

export interface SystemFunctionSpec<I extends z.ZodType, O extends z.ZodType> extends Common<I, O> {
  handler(input: z.infer<I>): Promise<z.input<O>>;
}

/** WeChat appends the caller's `userInfo` to every event; it is not part of the request. */
function requestOf(event: unknown): unknown {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return event ?? {};
  const { userInfo: _platform, ...request } = event as Record<string, unknown>;
  return request;
}

type Main<O extends z.ZodType> = (event: unknown, context: unknown) => Promise<Result<z.infer<O>>>;

/**
 * The frame of every function: parse the input first, then run `body`, answer `{ ok, data }` or
 * `{ ok, error }`, and log one line. A Failure answers its code; anything else is INTERNAL.
 */
function frame<I extends z.ZodType, O extends z.ZodType>(
  spec: Common<I, O>,
  body: (input: z.infer<I>, context: unknown, setRole: (r: string) => void) => Promise<Result<z.infer<O>>>,
): Main<O> {
  return async function main(event, context) {
    const started = Date.now();
    let role = 'unknown';
    const finish = (result: Result<z.infer<O>>) => {
      logInvocation({ fn: spec.name, role, ms: Date.now() - started, outcome: result.ok ? 'ok' : result.error.code });
      return result;
    };
    const parsed = spec.input.safeParse(requestOf(event));
    if (!parsed.success) return finish(fail('INVALID_INPUT', fieldErrorsFrom(parsed.error)));
    try {
      return finish(await body(parsed.data, context, (r) => (role = r)));
    } catch (error) {
      // a unique index refusing a write outside a transaction means the same as inside one
      const failure = error instanceof Failure ? error : failureForDatabaseError(error);
      if (failure) return finish(fail(failure.code, failure.fields, failure.customMessage));
      logError(spec.name, error);
      return finish(fail('INTERNAL'));
    }
  };
}

/**
 * The one way a function people call is written: the caller is resolved from the context's OPENID
 * and the staff collection, refused unless their role is among `roles`, and handed to the handler
 * already narrowed to those roles.
 */
export function defineFunction<I extends z.ZodType, O extends z.ZodType, R extends Role>(spec: FunctionSpec<I, O, R>): Main<O> {
  return frame(spec, async (input, context, setRole) => {
    const openid = openidFrom(context);
    if (!openid) return fail('UNAUTHENTICATED');
    const caller = await resolveCaller(openid);
    setRole(caller?.role ?? 'misconfigured-staff');
    if (!caller || !(spec.roles as readonly Role[]).includes(caller.role)) return fail('FORBIDDEN');
    return ok(spec.output.parse(await spec.handler(input, caller as CallerOf<R>)));
  });
}

export interface PublicFunctionSpec<I extends z.ZodType, O extends z.ZodType> extends Common<I, O> {
  handler(input: z.infer<I>, caller: { openid: string }): Promise<z.input<O>>;
}

/**
 * A function for everyone who opened the mini-program, answering the same whoever they are (the
 * public brochure list, the home page): only the OPENID is needed, so the staff collection is not
 * read — a round trip a parent's phone would wait for and nothing would use (issue 13).
 */
export function definePublicFunction<I extends z.ZodType, O extends z.ZodType>(spec: PublicFunctionSpec<I, O>): Main<O> {
  return frame(spec, async (input, context, setRole) => {
    const openid = openidFrom(context);
    if (!openid) return fail('UNAUTHENTICATED');
    setRole('anyone');
    return ok(spec.output.parse(await spec.handler(input, { openid })));
  });
}

/** A function only timers and other functions call (no OPENID): it refuses every end user. */
export function defineSystemFunction<I extends z.ZodType, O extends z.ZodType>(spec: SystemFunctionSpec<I, O>): Main<O> {
  return frame(spec, async (input, context, setRole) => {
    if (openidFrom(context)) return fail('FORBIDDEN');
    setRole('system');
    return ok(spec.output.parse(await spec.handler(input)));
  });
}

/** Anyone who opened the mini-program, family or staff. */
export const everyone = roleSchema.options;
/** Every staff role. */
export const staffOnly = staffRoles;
