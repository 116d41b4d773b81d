import { errorMessages, type ErrorCode } from './errors';

/**
 * The result shape and the client's reading of it, without zod. Every page reads answers
 * through this; importing zod for one envelope check would put the whole library (the largest
 * module of the app) on the first screen of H5 and into the mini-program's main package.
 * shared/result.ts re-exports all of it next to the schemas the functions parse with.
 */

/** Field path (dotted) → Chinese explanation, for inline form errors. */
export type FieldErrors = Record<string, string>;

export interface AppError {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

/** The one shape every cloud function answers with, in WeChat and in H5 alike. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldErrors(value: unknown): value is FieldErrors {
  return isRecord(value) && Object.values(value).every((message) => typeof message === 'string');
}

function appErrorOf(value: unknown): AppError | null {
  if (!isRecord(value)) return null;
  const { code, message, fields } = value;
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(errorMessages, code) || typeof message !== 'string') return null;
  if (fields !== undefined && !isFieldErrors(fields)) return null;
  const error: AppError = { code: code as ErrorCode, message };
  if (fields !== undefined) error.fields = fields;
  return error;
}

/**
 * What a client makes of a function's answer: the envelope as it came (the function has already
 * parsed `data` with its output schema), or INTERNAL when the answer is not a result at all. Keys
 * outside the envelope are dropped, as a zod object would.
 */
export function resultFrom<T>(raw: unknown): Result<T> {
  if (isRecord(raw)) {
    if (raw.ok === true) return { ok: true, data: raw.data as T };
    if (raw.ok === false) {
      const error = appErrorOf(raw.error);
      if (error) return { ok: false, error };
    }
  }
  return fail('INTERNAL');
}
