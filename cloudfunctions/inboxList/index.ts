import { inboxListInput, inboxListOutput } from '../../shared/api/inbox';
import { inboxEntrySchema } from '../../shared/records/inbox';
import { db } from '../_kit/app';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { everyone } from '../_kit/roles';

/** The in-app inbox: decisions for school admins, new leads for recruiters, progress for families. */
export const main = defineFunction({
  name: 'inboxList',
  input: inboxListInput,
  output: inboxListOutput,
  roles: everyone,
  async handler(_input, caller) {
    const { data } = await db.collection('inbox').where({ recipientOpenid: caller.openid }).orderBy('createdAt', 'desc').limit(50).get();
    const entries = data.map((e) => inboxEntrySchema.parse(e));
    await db.collection('inbox').where({ recipientOpenid: caller.openid, readAt: null }).update({ readAt: now() });
    return {
      items: entries.map((e) => ({ id: e._id, title: e.title, body: e.body, link: e.link ?? null, createdAt: e.createdAt.toISOString(), unread: e.readAt === null })),
    };
  },
});
