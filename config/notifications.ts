/** The outbox's delivery policy (the templates it sends are in config/subscribe-messages.ts). */
export const delivery = {
  /** attempts before a message is marked dead and shown to the school admin */
  maxAttempts: 5,
  /** first retry after this long, doubling each time */
  firstBackoffMs: 30_000,
  /** how long one delivery run holds a message before another run may try it */
  leaseMs: 60_000,
  /** messages read per query, and delivered at once (each waits on WeChat and a few writes) */
  batch: 50,
  concurrency: 10,
  /**
   * How long one run keeps taking due messages: well inside outboxDeliver's timeout in
   * cloudbaserc.json (10 s; a test holds the two together), so a backlog drains over a few runs
   * instead of a run being killed halfway.
   */
  runBudgetMs: 6_000,
};
