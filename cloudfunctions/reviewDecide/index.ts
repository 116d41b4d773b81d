import { season } from '../../config/season';
import { reviewDecideInput, reviewDecideOutput, type ReviewDecideInput } from '../../shared/api/review';
import { mayDecide } from '../../shared/brochure-rules';
import { brochureSchema, brochureSeriesSchema, brochureStatusLabels, seriesId, type Brochure, type BrochureStatus } from '../../shared/records/brochure';
import type { Staff } from '../../shared/records/staff';
import { db } from '../_kit/app';
import { brochureById } from '../_kit/brochures';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure, forbidden, notFound } from '../_kit/failure';
import { reviewer, schoolAdminsOf } from '../_kit/staff';
import { inTransaction, type Tx } from '../_kit/transaction';

const outcome: Record<ReviewDecideInput['decision'], { from: BrochureStatus; to: BrochureStatus; record: 'approved' | 'rejected' | 'withdrawn' }> = {
  approve: { from: 'submitted', to: 'approved', record: 'approved' },
  reject: { from: 'submitted', to: 'rejected', record: 'rejected' },
  withdraw: { from: 'approved', to: 'withdrawn', record: 'withdrawn' },
};

async function assertFilingNumberFree(input: ReviewDecideInput): Promise<void> {
  if (input.decision !== 'approve') return;
  if (!new RegExp(season.filingNumber.pattern).test(input.filingNumber)) {
    throw new Failure('INVALID_INPUT', { filingNumber: `备案编号格式应如：${season.filingNumber.example}` });
  }
  const { total } = await db.collection('brochures').where({ 'filing.number': input.filingNumber }).count();
  if (total) throw new Failure('INVALID_INPUT', { filingNumber: '该备案编号已被使用' });
}

/** Writes the brochure's new state, and on approval retires the version families saw until now. */
async function applyDecision(tx: Tx, input: ReviewDecideInput, brochure: Brochure, staff: Staff, at: Date): Promise<void> {
  const sid = seriesId(brochure.schoolId, brochure.year);
  const series = brochureSeriesSchema.parse((await tx.collection('brochureSeries').doc(sid).get()).data);
  const { to } = outcome[input.decision];
  if (input.decision === 'approve') {
    if (series.currentApprovedId && series.currentApprovedId !== brochure._id) {
      await tx.collection('brochures').doc(series.currentApprovedId).update({ status: 'superseded', updatedAt: at });
    }
    await tx.collection('brochures').doc(brochure._id).update({ status: to, decidedAt: at, updatedAt: at, filing: { number: input.filingNumber, date: at, reviewerName: staff.name } });
    await tx.collection('brochureSeries').doc(sid).update({ currentApprovedId: brochure._id });
  } else {
    await tx.collection('brochures').doc(brochure._id).update({ status: to, decidedAt: at, updatedAt: at, ...(input.decision === 'reject' ? { rejectionReason: input.reason } : {}) });
    if (input.decision === 'withdraw') await tx.collection('brochureSeries').doc(sid).update({ currentApprovedId: null });
  }
}

/**
 * R2: the bureau of the right level approves (filing it), rejects with a reason, or withdraws.
 * The decision, its record and the message to the school's admins commit together.
 */
export const main = defineFunction({
  name: 'reviewDecide',
  input: reviewDecideInput,
  output: reviewDecideOutput,
  roles: ['reviewer'],
  async handler(input, caller) {
    const staff = reviewer(caller);
    const found = await brochureById(input.brochureId);
    if (!found) throw notFound();
    if (!mayDecide(staff, found)) throw forbidden();
    await assertFilingNumberFree(input);
    const admins = await schoolAdminsOf(found.schoolId);
    const { from, to, record } = outcome[input.decision];
    const at = now();
    await inTransaction(async (tx) => {
      const brochure = brochureSchema.parse((await tx.collection('brochures').doc(found._id).get()).data);
      if (brochure.status !== from) throw new Failure('CONFLICT', undefined, `这份简章当前为“${brochureStatusLabels[brochure.status]}”，不能${input.decision === 'withdraw' ? '撤回' : '审核'}。`);
      await applyDecision(tx, input, brochure, staff, at);
      const reason = input.decision === 'approve' ? undefined : input.reason;
      await tx.collection('reviewDecisions').add({
        brochureId: brochure._id,
        schoolId: brochure.schoolId,
        version: brochure.version,
        decision: record,
        ...(reason ? { reason } : {}),
        ...(input.decision === 'approve' ? { filingNumber: input.filingNumber } : {}),
        reviewerStaffId: staff._id,
        reviewerName: staff.name,
        at,
      });
      for (const admin of admins) {
        await tx.collection('inbox').add({
          recipientOpenid: admin.openid,
          kind: 'brochure-decision',
          title: `招生简章第 ${brochure.version} 版${brochureStatusLabels[to]}`,
          body: reason ?? `备案编号：${input.decision === 'approve' ? input.filingNumber : ''}`,
          link: `/staff/pages/brochure-edit/index`,
          createdAt: at,
          readAt: null,
        });
      }
    });
    return { id: found._id, status: to };
  },
});
