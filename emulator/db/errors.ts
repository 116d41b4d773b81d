/** Errors the emulator answers with, using CloudBase's own codes (the SDK reacts to some of them). */
export class DbError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
  }
}

export const dbErrors = {
  duplicateKey: (collection: string, detail: string) =>
    new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} ${detail}`),
  collectionNotExist: (collection: string) =>
    new DbError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${collection}`),
  conflict: () =>
    new DbError('DATABASE_TRANSACTION_CONFLICT', '[ResourceUnavailable.TransactionConflict] Transaction is conflicting with another write; it has been aborted'),
  transactionFail: (id: string) =>
    new DbError('DATABASE_TRANSACTION_FAIL', `[ResourceUnavailable.TransactionNotExist] Transaction ${id} does not exist, has expired or has ended`),
  invalid: (message: string) => new DbError('INVALID_PARAM', message),
  /** MongoDB refused the query or pipeline itself (a bad operator argument, an unsupported keyword) */
  refused: (message: string) => new DbError('DATABASE_REQUEST_FAILED', message),
};
