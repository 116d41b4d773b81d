import { inboxListInput, inboxListOutput } from '../../../shared/api/inbox';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { definePublicFunction } from '../../_kit/platform/define';

/**
 * The in-app inbox: decisions for school admins, new leads for recruiters, progress for families.
 * Entries are addressed to the OPENID alone, so the staff collection is not read; the read-mark is
 * written only when something shown was unread (most opens of the 消息 tab change nothing), and only
 * on what was shown: an entry that arrives meanwhile stays unread for the next open.
 */
export const main = definePublicFunction({
  name: 'inboxList',
  input: inboxListInput,
  output: inboxListOutput,
  async handler(_input, caller) {
    const entries = await records.inbox.find({ recipientOpenid: caller.openid }, { orderBy: [['createdAt', 'desc']], limit: 50 });
    const unread = entries.filter((e) => e.readAt === null).map((e) => e._id);
    if (unread.length > 0) await records.inbox.updateWhere({ _id: _.in(unread), recipientOpenid: caller.openid, readAt: null }, { readAt: now() });
    return {
      items: entries.map((e) => ({
        id: e._id,
        title: e.title,
        body: e.body,
        link: e.link ?? null,
        createdAt: e.createdAt.toISOString(),
        unread: e.readAt === null,
      })),
    };
  },
});
