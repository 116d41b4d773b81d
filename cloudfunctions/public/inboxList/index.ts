import { inboxListInput, inboxListOutput } from '../../../shared/api/inbox';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction, everyone } from '../../_kit/platform/define';

/** The in-app inbox: decisions for school admins, new leads for recruiters, progress for families. */
export const main = defineFunction({
  name: 'inboxList',
  input: inboxListInput,
  output: inboxListOutput,
  roles: everyone,
  async handler(_input, caller) {
    const entries = await records.inbox.find({ recipientOpenid: caller.openid }, { orderBy: [['createdAt', 'desc']], limit: 50 });
    await records.inbox.updateWhere({ recipientOpenid: caller.openid, readAt: null }, { readAt: now() });
    return {
      items: entries.map((e) => ({ id: e._id, title: e.title, body: e.body, link: e.link ?? null, createdAt: e.createdAt.toISOString(), unread: e.readAt === null })),
    };
  },
});
