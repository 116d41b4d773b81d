import type { ErrorCode } from '../../shared/errors';
import type { FieldErrors } from '../../shared/result';

/** Thrown by a handler to answer with an error code; the kit turns it into `{ ok: false, error }`. */
export class Failure extends Error {
  constructor(public readonly code: ErrorCode, public readonly fields?: FieldErrors, public readonly customMessage?: string) {
    super(customMessage ?? code);
  }
}

export const forbidden = () => new Failure('FORBIDDEN');
export const notFound = () => new Failure('NOT_FOUND');
