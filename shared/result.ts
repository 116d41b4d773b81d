import './zod-locale';
import { z } from 'zod';
import { errorCodes, type ErrorCode } from './errors';
import type { AppError, FieldErrors } from './result-core';

// The shape itself, ok/fail and the client's reading of answers live in result-core.ts, free of
// zod, so the pages of the main package use them without loading zod; the schemas stay here.
export { fail, ok, resultFrom, under, type AppError, type FieldErrors, type Result } from './result-core';

export const fieldErrorsSchema = z.record(z.string(), z.string());

export const appErrorSchema = z.object({
  code: z.enum(errorCodes as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  fields: fieldErrorsSchema.optional(),
});
// Checked when compiling: the schema and the zod-free type describe the same error, both ways.
const sameErrorShape: [z.infer<typeof appErrorSchema>, AppError] extends [AppError, z.infer<typeof appErrorSchema>] ? true : never = true;
void sameErrorShape;

export function resultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: appErrorSchema })]);
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
