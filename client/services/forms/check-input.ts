import type { z } from 'zod';
import { fieldErrorsFrom, type FieldErrors } from '../../../shared/result';

/**
 * An action's input checked on the phone with the schema its function parses it with (the server
 * checks again and has the last word): the input, or each problem under its field, in the
 * schema's Chinese words.
 */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): { input: z.output<S> | null; problems: FieldErrors } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { input: parsed.data, problems: {} } : { input: null, problems: fieldErrorsFrom(parsed.error) };
}
