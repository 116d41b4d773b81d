import type { OutboxEntry } from '../../shared/records/outbox';
import { inShanghai } from '../../shared/time';
import type { Tx } from './platform/transaction';

/** WeChat subscribe messages allow 20 characters in a `thing` field. */
export function clip(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function wechatTime(at: Date): string {
  return inShanghai(at).format('YYYY-MM-DD HH:mm');
}

/**
 * Puts a message in the outbox inside the caller's transaction, so it exists exactly when what
 * caused it does; `outboxDeliver` sends it later.
 */
export async function enqueue(tx: Tx, message: Pick<OutboxEntry, 'kind' | 'recipientOpenid' | 'schoolId' | 'data' | 'page'>, at: Date): Promise<void> {
  await tx.outbox.add({ ...message, status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at });
}
