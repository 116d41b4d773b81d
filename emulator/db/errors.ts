/** Errors the emulator answers with, using CloudBase's own codes (the SDK reacts to some of them). */
export class DbError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The sentence Tencent Cloud ends these messages with. */
const TENCENT_CLOUD_SUFFIX = 'Please check your request, but if the problem persists, contact us.';

export const dbErrors = {
  duplicateKey: (collection: string, detail: string) =>
    new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} ${detail}`),
  collectionNotExist: (collection: string) => new DbError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${collection}`),
  // CloudBase's own wording (as its SDK's tests assert it), whatever ended the transaction
  conflict: () =>
    new DbError(
      'DATABASE_TRANSACTION_CONFLICT',
      `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. ${TENCENT_CLOUD_SUFFIX}`,
    ),
  transactionFail: () =>
    new DbError(
      'DATABASE_TRANSACTION_FAIL',
      `[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. ${TENCENT_CLOUD_SUFFIX}`,
    ),
  invalid: (message: string) => new DbError('INVALID_PARAM', message),
  /** MongoDB refused the query or pipeline itself (a bad operator argument, an unsupported keyword) */
  refused: (message: string) => new DbError('DATABASE_REQUEST_FAILED', message),
};
