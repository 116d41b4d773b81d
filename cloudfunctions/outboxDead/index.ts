import { outboxDeadInput, outboxDeadOutput } from '../../shared/api/outbox';
import { outboxEntrySchema } from '../../shared/records/choice-form';
import { _, db } from '../_kit/app';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { schoolStaff } from '../_kit/staff';

const kindLabels = { 'lead-assigned': '新线索通知', 'status-changed': '志愿进展通知' } as const;

/**
 * Nothing is lost: a school admin sees the messages about their school that WeChat would not take,
 * and can put them back in the queue (they then get a fresh round of attempts).
 */
export const main = defineFunction({
  name: 'outboxDead',
  input: outboxDeadInput,
  output: outboxDeadOutput,
  roles: ['schoolAdmin'],
  async handler({ retry }, caller) {
    const { schoolId } = schoolStaff(caller);
    let retried = 0;
    if (retry) {
      const target = retry === 'all' ? { schoolId, status: 'dead' } : { _id: retry, schoolId, status: 'dead' };
      const { updated } = await db.collection('outbox').where(target).update({ status: 'pending', attempts: 0, nextAttemptAt: now(), lastError: _.remove() });
      retried = updated ?? 0;
    }
    const { data } = await db.collection('outbox').where({ schoolId, status: 'dead' }).orderBy('createdAt', 'desc').limit(100).get();
    return {
      items: data
        .map((o) => outboxEntrySchema.parse(o))
        .map((o) => ({ id: o._id, kind: kindLabels[o.kind], summary: Object.values(o.data).slice(0, 2).join(' · '), attempts: o.attempts, lastError: o.lastError ?? '', createdAt: o.createdAt.toISOString() })),
      retried,
    };
  },
});
