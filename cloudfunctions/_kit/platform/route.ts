import { deployedFunctions, timerTriggersOf, type FunctionUnit, type TimerTrigger } from '../../../config/functions';
import { fail } from '../../../shared/result';
import { logError, logInvocation } from './log';

/** What a deployed function and each of its actions export. */
type Main = (event: unknown, context: unknown) => Promise<unknown>;
/** Loads an action's module on its first call (esbuild bundles every action folder, evaluated lazily). */
type Load = (action: string) => { main: Main };

/**
 * The action a call names and its input: `{ action, input }` (input apart, so an action's own fields
 * — a step's `action`, say — never collide with the name; WeChat's `userInfo` stays outside it).
 */
function split(event: unknown): { action: string | null; input: unknown } {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return { action: null, input: undefined };
  const { action, input } = event as Record<string, unknown>;
  return { action: typeof action === 'string' ? action : null, input: input ?? {} };
}

/**
 * The entry of a deployed function (config/functions.ts): runs the action named in the call with its
 * input. An action this function does not serve — another function's, or
 * none — answers UNKNOWN_FUNCTION before anything is loaded, and the log names what was asked. Who
 * may call an action is decided by the action itself (its roles), never by the function.
 */
export function routeActions(unit: FunctionUnit, load: Load): Main {
  const served = new Set<string>(deployedFunctions[unit].actions);
  return async function main(event, context) {
    const { action, input } = split(event);
    if (!action || !served.has(action)) {
      logInvocation({ fn: `${unit}/${action ?? '(none)'}`, role: 'unknown', ms: 0, outcome: 'UNKNOWN_FUNCTION' });
      return fail('UNKNOWN_FUNCTION');
    }
    return load(action).main(input, context);
  };
}

/** CloudBase's timer event: `{ Type: 'Timer', TriggerName, Time, Message }`. */
function triggerNameOf(event: unknown): string | null {
  if (!event || typeof event !== 'object') return null;
  const { Type, TriggerName } = event as Record<string, unknown>;
  return typeof TriggerName === 'string' && String(Type).toLowerCase() === 'timer' ? TriggerName : null;
}

export interface JobOutcome {
  job: string;
  ok: boolean;
  answer: unknown;
}

/**
 * The entry of the timers function: a timer event runs the jobs of the trigger it names, one after
 * another, and one that fails (an answer not ok, or a throw) does not stop the others. Any other
 * call names one job as an action (a manual run, the tests), as routeActions does.
 */
export function routeTimers(unit: FunctionUnit, load: Load): Main {
  const triggers = new Map<string, TimerTrigger>(timerTriggersOf(unit).map((t) => [t.name, t]));
  const actions = routeActions(unit, load);
  return async function main(event, context) {
    const name = triggerNameOf(event);
    if (name === null) return actions(event, context);
    const trigger = triggers.get(name);
    if (!trigger) {
      logInvocation({ fn: `${unit}/${name}`, role: 'system', ms: 0, outcome: 'UNKNOWN_FUNCTION' });
      return fail('UNKNOWN_FUNCTION');
    }
    const jobs: JobOutcome[] = [];
    for (const job of trigger.jobs) {
      try {
        const answer = await load(job).main({}, context);
        jobs.push({ job, ok: Boolean(answer && typeof answer === 'object' && (answer as { ok?: unknown }).ok === true), answer });
      } catch (error) {
        logError(`${unit}/${job}`, error);
        jobs.push({ job, ok: false, answer: null });
      }
    }
    return { ok: jobs.every((j) => j.ok), data: { trigger: name, jobs } };
  };
}
