import { reportInput, reportOutput } from '../../shared/api/reports';
import { db } from '../_kit/app';
import { defineFunction } from '../_kit/define';
import { everyone } from '../_kit/roles';

/** R19: anyone may report a violation; the report is kept for the bureau with the reporter's OPENID. */
export const main = defineFunction({
  name: 'reports',
  input: reportInput,
  output: reportOutput,
  roles: everyone,
  async handler(input, caller) {
    const receivedAt = new Date();
    const { id } = await db.collection('reports').add({
      ...input,
      openid: caller.openid,
      status: 'received',
      createdAt: receivedAt,
    });
    return { reportId: String(id), receivedAt: receivedAt.toISOString() };
  },
});
