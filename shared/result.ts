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

/** The envelope alone, for a client that trusts the function's own parse of `data`. */
export const resultEnvelopeSchema = resultSchema(z.unknown());

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, fields?: FieldErrors, message?: string): Result<never> {
  const error: AppError = { code, message: message ?? errorMessages[code] };
  if (fields && Object.keys(fields).length > 0) error.fields = fields;
  return { ok: false, error };
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
