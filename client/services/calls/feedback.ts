import type { AppError } from '../../../shared/result-core';
import { tell } from '../platform/confirm';
import { readable } from './readable';

/** Tells the person, in the server's own Chinese words, that what they asked for did not happen. */
export function tellFailure(title: string, error: AppError): void {
  void tell(title, readable(error.message));
}
