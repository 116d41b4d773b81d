import type { ChoiceFormRecord } from '../../../shared/records/form';
import { settleEarlyStudy } from '../juniors/early-study';
import { _ } from '../../_kit/platform/app';
import type { Tx } from '../../_kit/platform/transaction';
import { releasedClaim } from './active-form';
import { reconcileLeads } from './reconcile';

/**
 * What withdrawing an active form does, inside the caller's transaction (choiceWithdraw, choiceErase
 * before it anonymises, and disputeDecide voiding a form filed by someone else): every lead withdrawn
 * through reconcileLeads (R24), a standing early-study request cancelled (R8), a pending choice
 * between admissions dropped (R25), the student's claim released (R7). Answers the form's patch, for
 * the caller to write, and the leads as they now stand.
 */
export async function withdrawal(tx: Tx, current: ChoiceFormRecord, at: Date, change: 'withdrawn' | 'voided' = 'withdrawn') {
  const withdrawn = { ...current, status: 'withdrawn' as const };
  const { leadSchools, leads, placement } = await reconcileLeads(tx, withdrawn, { change, at });
  // R8: withdrawing the form cancels its early-study request
  const earlyStudy = current.earlyStudyId && !(await settleEarlyStudy(tx, withdrawn, at)) ? { earlyStudyId: _.remove() } : {};
  // R25: a withdrawn form has nothing left to choose between
  const choice = current.admissionChoice ? { admissionChoice: _.remove() } : {};
  const patch = { status: 'withdrawn' as const, ...releasedClaim(), leadSchools, placement, ...earlyStudy, ...choice, updatedAt: at };
  return { patch, leads };
}
