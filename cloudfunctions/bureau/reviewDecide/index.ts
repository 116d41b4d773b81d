import type { Season } from '../../../shared/records/season';
import { reviewDecideInput, reviewDecideOutput, type ReviewDecideInput } from '../../../shared/api/review';
import { brochureActions, mayApply } from '../../../shared/brochure-lifecycle';
import { mayDecide } from '../../../shared/brochure-rules';
import { brochureStatusLabels, seriesId, type Brochure } from '../../../shared/records/brochure';
import type { Staff } from '../../../shared/records/staff';
import { refreshCard } from '../../domains/brochures/brochure-cards';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction, type Tx } from '../../_kit/platform/transaction';
import { schoolAdminsOf } from '../../domains/staff/staff';
import { currentSeason } from '../../domains/season/season';
import { brochureFailures } from '../../domains/brochures/failures';

/**
 * A filing number must follow the season's format and be unused. Checked here for a quick answer;
 * two approvals racing for one number meet the unique index at commit, which answers the same
 * (platform/failures.ts).
 */
async function assertFilingNumberFree(season: Season, input: ReviewDecideInput): Promise<void> {
  if (input.decision !== 'approve') return;
  if (!new RegExp(season.filingNumber.pattern).test(input.filingNumber)) throw brochureFailures.filingNumberFormat(season.filingNumber.example);
  if (await records.brochures.count({ 'filing.number': input.filingNumber })) throw brochureFailures.filingNumberTaken();
}

/** Writes the brochure's new state, and on approval supersedes the version families saw until now. */
async function applyDecision(tx: Tx, input: ReviewDecideInput, brochure: Brochure, staff: Staff, at: Date): Promise<void> {
  const sid = seriesId(brochure.schoolId, brochure.year);
  const series = await tx.brochureSeries.get(sid);
  const { to } = brochureActions[input.decision];
  if (input.decision === 'approve') {
    const previous = series?.currentApprovedId && series.currentApprovedId !== brochure._id ? await tx.brochures.get(series.currentApprovedId) : null;
    if (previous && previous.version > brochure.version) throw brochureFailures.newerVersionApproved(previous.version);
    if (previous && mayApply('supersede', previous.status)) await tx.brochures.update(previous._id, { status: brochureActions.supersede.to, updatedAt: at });
    const filing = { number: input.filingNumber, date: at, reviewerName: staff.name };
    await tx.brochures.update(brochure._id, { status: to, decidedAt: at, updatedAt: at, filing });
    await tx.brochureSeries.update(sid, { currentApprovedId: brochure._id });
    // R1, R2: the new version's card replaces the one families saw, in this same transaction
    await refreshCard(tx, brochure.schoolId, brochure.year, {
      series: { currentApprovedId: brochure._id },
      current: { ...brochure, status: to, decidedAt: at, updatedAt: at, filing },
    });
    return;
  }
  await tx.brochures.update(brochure._id, {
    status: to,
    decidedAt: at,
    updatedAt: at,
    ...(input.decision === 'reject' ? { rejectionReason: input.reason } : {}),
  });
  if (input.decision === 'withdraw') {
    await tx.brochureSeries.update(sid, { currentApprovedId: null });
    // R2: a withdrawn brochure leaves the list at once
    await refreshCard(tx, brochure.schoolId, brochure.year, { series: { currentApprovedId: null } });
  }
  // a rejection decides a version that was never published: the card does not change
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
    const { staff } = caller;
    const found = await records.brochures.get(input.brochureId);
    if (!found) throw failures.notFound();
    if (!mayDecide(staff, found)) throw failures.forbidden();
    await assertFilingNumberFree(await currentSeason(), input);
    const admins = await schoolAdminsOf(found.schoolId);
    const { to } = brochureActions[input.decision];
    const at = now();
    await inTransaction(async (tx) => {
      const brochure = await tx.brochures.get(found._id);
      if (!brochure) throw failures.notFound();
      if (!mayApply(input.decision, brochure.status)) throw brochureFailures.brochureNotDecidable(brochure.status, input.decision === 'withdraw');
      await applyDecision(tx, input, brochure, staff, at);
      const reason = input.decision === 'approve' ? undefined : input.reason;
      await tx.reviewDecisions.add({
        brochureId: brochure._id,
        schoolId: brochure.schoolId,
        version: brochure.version,
        decision: to as 'approved' | 'rejected' | 'withdrawn',
        ...(reason ? { reason } : {}),
        ...(input.decision === 'approve' ? { filingNumber: input.filingNumber } : {}),
        reviewerStaffId: staff._id,
        reviewerName: staff.name,
        at,
      });
      for (const admin of admins) {
        await tx.inbox.add({
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
