import { delivery } from '../../../config/notifications';
import { outboxDeliverInput, outboxDeliverOutput } from '../../../shared/api/outbox';
import type { OutboxEntry } from '../../../shared/records/outbox';
import { _, app } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineSystemFunction } from '../../_kit/platform/define';
import { toldText } from '../../domains/messages/family-told';
import { messageValues, templateIdOf } from '../../domains/messages/subscribe-message';

type Outcome = 'sent' | 'retried' | 'dead' | 'skipped';

/** Takes the message for this run only if no other run took it since we read it (delivery is idempotent). */
async function claim(entry: OutboxEntry, at: Date): Promise<boolean> {
  const updated = await records.outbox.updateWhere(
    { _id: entry._id, status: 'pending', attempts: entry.attempts },
    { attempts: entry.attempts + 1, nextAttemptAt: new Date(at.getTime() + delivery.leaseMs) },
  );
  return updated === 1;
}

/** How each kind of message reads in the in-app inbox. */
function inboxText(entry: OutboxEntry): { title: string; body: string } {
  if (entry.kind === 'lead-assigned') {
    const v = messageValues(entry.kind, entry.data);
    return { title: `新的生源线索：${v.student}`, body: `意向专业：${v.majors}；${v.source}` };
  }
  if (entry.kind === 'early-study-request') {
    const v = messageValues(entry.kind, entry.data);
    return { title: `提前学习申请：${v.student}`, body: `${v.junior}的${v.student}申请到${v.school}提前学习，请确认或说明不同意的原因。` };
  }
  if (entry.kind === 'form-voided') {
    const v = messageValues(entry.kind, entry.data);
    return { title: `志愿表已作废：${v.student}`, body: `教育局核查后作废了这份志愿表。原因：${v.reason}` };
  }
  if (entry.kind === 'sending-stats-due') {
    const v = messageValues(entry.kind, entry.data);
    return { title: '请提交生源学校送培统计', body: `${v.task}，截止日期：${v.due}。` };
  }
  if (entry.kind === 'admission-choice') {
    const v = messageValues(entry.kind, entry.data);
    return { title: `请选择录取学校：${v.student}`, body: `${v.schools}。请在 ${v.due} 前在“我的志愿”中选择一所；逾期将保留您志愿排序靠前的录取。` };
  }
  if (entry.kind === 'admission-released') {
    const v = messageValues(entry.kind, entry.data);
    return { title: `录取已放弃：${v.student}`, body: `${v.student}（${v.major}）${v.result}，名额已释放。` };
  }
  if (entry.kind === 'task-due') {
    const v = messageValues(entry.kind, entry.data);
    return { title: `工作提醒：${v.task}`, body: `${v.task}，截止日期：${v.due}。` };
  }
  if (entry.kind === 'early-study-step') {
    const v = messageValues(entry.kind, entry.data);
    return { title: `提前学习申请：${v.school}`, body: `${v.student}的提前学习申请：${v.status}` };
  }
  if (entry.kind === 'school-recorded') return toldText(messageValues(entry.kind, entry.data));
  const v = messageValues(entry.kind, entry.data);
  return { title: `志愿进展：${v.school}`, body: `${v.student}的志愿：${v.status}` };
}

async function sendSubscribeMessage(entry: OutboxEntry): Promise<void> {
  const res = await app.callWxOpenApi({
    apiName: 'cloudbase.subscribeMessage.send',
    requestData: {
      touser: entry.recipientOpenid,
      templateId: templateIdOf(entry.kind),
      page: entry.page,
      data: Object.fromEntries(Object.entries(entry.data).map(([k, value]) => [k, { value }])),
    },
  });
  const result = (typeof res.result === 'string' ? JSON.parse(res.result) : res.result) as { errcode?: number; errmsg?: string } | undefined;
  if (result?.errcode) throw new Error(`WeChat errcode ${result.errcode}: ${result.errmsg ?? ''}`);
}

async function deliver(entry: OutboxEntry, at: Date): Promise<Outcome> {
  if (!(await claim(entry, at))) return 'skipped';
  // The in-app inbox does not depend on WeChat; its id makes writing it twice harmless.
  await records.inbox.set(`inbox-${entry._id}`, {
    recipientOpenid: entry.recipientOpenid,
    kind: entry.kind,
    ...inboxText(entry),
    link: entry.page,
    createdAt: entry.createdAt,
    readAt: null,
  });
  const attempts = entry.attempts + 1;
  try {
    await sendSubscribeMessage(entry);
    await records.outbox.update(entry._id, { status: 'sent', sentAt: at, lastError: _.remove() });
    return 'sent';
  } catch (error) {
    const lastError = error instanceof Error ? error.message : String(error);
    if (attempts >= delivery.maxAttempts) {
      await records.outbox.update(entry._id, { status: 'dead', lastError });
      return 'dead';
    }
    const backoff = delivery.firstBackoffMs * 2 ** (attempts - 1);
    await records.outbox.update(entry._id, { nextAttemptAt: new Date(at.getTime() + backoff), lastError });
    return 'retried';
  }
}

/** Delivers `entries`, at most `delivery.concurrency` at a time. */
async function deliverAll(entries: OutboxEntry[], at: Date): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const queue = [...entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) outcomes.push(await deliver(entry, at));
  };
  await Promise.all(Array.from({ length: delivery.concurrency }, worker));
  return outcomes;
}

/**
 * Every minute: delivers the due messages of the outbox, batch after batch until none is due or the
 * run's time budget is spent (elapsed time, not the business clock); failures retry with backoff,
 * then die visibly. A message tried in this run is not due again in it (its next attempt is later).
 */
export const main = defineSystemFunction({
  name: 'outboxDeliver',
  input: outboxDeliverInput,
  output: outboxDeliverOutput,
  async handler() {
    const at = now();
    const stopAt = performance.now() + delivery.runBudgetMs;
    const outcomes: Outcome[] = [];
    while (performance.now() < stopAt) {
      const due = await records.outbox.find({ status: 'pending', nextAttemptAt: _.lte(at) }, { orderBy: [['nextAttemptAt', 'asc']], limit: delivery.batch });
      outcomes.push(...(await deliverAll(due, at)));
      if (due.length < delivery.batch) break;
    }
    const countOf = (o: Outcome) => outcomes.filter((x) => x === o).length;
    return { sent: countOf('sent'), retried: countOf('retried'), dead: countOf('dead') };
  },
});
