import type { MessageKind } from '../../config/subscribe-messages';
import type { OutboxEntry } from '../../shared/records/outbox';
import type { Tx } from './platform/transaction';
import { messageData, type MessageValues } from './subscribe-message';

interface Message<K extends MessageKind> extends Pick<OutboxEntry, 'recipientOpenid' | 'schoolId' | 'page'> {
  kind: K;
  values: MessageValues<K>;
}

/**
 * Puts a message in the outbox inside the caller's transaction, so it exists exactly when what
 * caused it does; `outboxDeliver` sends it later. Its values are fitted to WeChat's rules here.
 */
export async function enqueue<K extends MessageKind>(tx: Tx, message: Message<K>, at: Date): Promise<void> {
  const { kind, values, recipientOpenid, schoolId, page } = message;
  await tx.outbox.add({ kind, recipientOpenid, schoolId, page, data: messageData(kind, values), status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at });
}
