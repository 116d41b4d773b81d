import './zod-locale';
import { z } from 'zod';
import { errorCodes, errorMessages, type ErrorCode } from './errors';

/** Field path (dotted) → Chinese explanation, for inline form errors. */
export const fieldErrorsSchema = z.record(z.string(), z.string());
export type FieldErrors = z.infer<typeof fieldErrorsSchema>;

export const appErrorSchema = z.object({
  code: z.enum(errorCodes as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  fields: fieldErrorsSchema.optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

/** The one shape every cloud function answers with, in WeChat and in H5 alike. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function resultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}

const resultEnvelopeSchema = resultSchema(z.unknown());

/**
 * What a client makes of a function's answer: the envelope as it came (the function has already
 * parsed `data` with its output schema), or INTERNAL when the answer is not a result at all.
 */
export function resultFrom<T>(raw: unknown): Result<T> {
  const parsed = resultEnvelopeSchema.safeParse(raw);
  return parsed.success ? (parsed.data as Result<T>) : fail('INTERNAL');
}

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, fields?: FieldErrors, message?: string): Result<never> {
  const error: AppError = { code, message: message ?? errorMessages[code] };
  if (fields && Object.keys(fields).length > 0) error.fields = fields;
  return { ok: false, error };
}

/** The same field errors under a parent path (e.g. a rule's `choices.end` as the request's `settings.choices.end`). */
export function under(prefix: string, fields: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [`${prefix}.${path}`, message]));
}

/** zod issues → one Chinese message per field path (the first issue for a field wins). */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}
