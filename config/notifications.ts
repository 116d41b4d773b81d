/** The outbox's delivery policy (the templates it sends are in config/subscribe-messages.ts). */
export const delivery = {
  /** attempts before a message is marked dead and shown to the school admin */
  maxAttempts: 5,
  /** first retry after this long, doubling each time */
  firstBackoffMs: 30_000,
  /** how long one delivery run holds a message before another run may try it */
  leaseMs: 60_000,
  batch: 50,
};
