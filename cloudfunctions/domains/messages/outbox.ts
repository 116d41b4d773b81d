import { createHash } from 'node:crypto';
import type { MessageKind } from '../../../config/subscribe-messages';
import type { OutboxEntry } from '../../../shared/records/outbox';
import { records } from '../../_kit/platform/collections';
import type { Tx } from '../../_kit/platform/transaction';
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
  await tx.outbox.add({
    kind,
    recipientOpenid,
    schoolId,
    page,
    data: messageData(kind, values),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
  });
}

/**
 * A reminder sent at most once per occasion and recipient (a year's sending statistics, a day of
 * registration, a month's table): its id is a digest of both, so it fits the 64-character id
 * whatever the ids it names, and a second run, or two at once, adds nothing. Not in a transaction:
 * the unique id is the guard. Answers whether it was added now.
 */
export async function remindOnce<K extends MessageKind>(occasion: string, recipientId: string, message: Message<K>, at: Date): Promise<boolean> {
  const _id = `remind-${createHash('sha256').update(`${occasion}|${recipientId}`).digest('hex').slice(0, 40)}`;
  const { kind, values, recipientOpenid, schoolId, page } = message;
  try {
    await records.outbox.add({
      _id,
      kind,
      recipientOpenid,
      schoolId,
      page,
      data: messageData(kind, values),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
    });
    return true;
  } catch (error) {
    // already reminded (by an earlier run, or one running at the same moment)
    if (String((error as { message?: unknown }).message ?? '').includes('E11000')) return false;
    throw error;
  }
}
