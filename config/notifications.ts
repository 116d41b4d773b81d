/**
 * WeChat subscribe-message templates (set the real ids in the function's environment) and the
 * outbox's delivery policy.
 */
export const templates = {
  leadAssigned: process.env.WX_TEMPLATE_LEAD_ASSIGNED ?? 'local-template-lead-assigned',
  choiceStatus: process.env.WX_TEMPLATE_CHOICE_STATUS ?? 'local-template-choice-status',
};

export const delivery = {
  /** attempts before a message is marked dead and shown to the school admin */
  maxAttempts: 5,
  /** first retry after this long, doubling each time */
  firstBackoffMs: 30_000,
  /** how long one delivery run holds a message before another run may try it */
  leaseMs: 60_000,
  batch: 50,
};
