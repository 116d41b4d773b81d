import { outboxDeadInput, outboxDeadOutput } from '../../../shared/api/outbox';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';

const kindLabels = {
  'lead-assigned': '新线索通知',
  'status-changed': '志愿进展通知',
  'early-study-request': '提前学习申请提醒',
  'early-study-step': '提前学习进度通知',
  'sending-stats-due': '送培统计提醒',
  'form-voided': '志愿表作废通知',
  'admission-choice': '录取选择提醒',
  'admission-released': '录取放弃通知',
  'task-due': '工作提醒',
  'school-recorded': '学校记录学生通知',
} as const;

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
    const { schoolId } = caller.staff;
    let retried = 0;
    if (retry) {
      const target = retry === 'all' ? { schoolId, status: 'dead' } : { _id: retry, schoolId, status: 'dead' };
      retried = await records.outbox.updateWhere(target, { status: 'pending', attempts: 0, nextAttemptAt: now(), lastError: _.remove() });
    }
    const dead = await records.outbox.find({ schoolId, status: 'dead' }, { orderBy: [['createdAt', 'desc']], limit: 100 });
    return {
      items: dead.map((o) => ({
        id: o._id,
        kind: kindLabels[o.kind],
        summary: Object.values(o.data).slice(0, 2).join(' · '),
        attempts: o.attempts,
        lastError: o.lastError ?? '',
        createdAt: o.createdAt.toISOString(),
      })),
      retried,
    };
  },
});
