import type { LeadStatus } from '../../../shared/records/lead';
import { Failure } from '../../_kit/platform/failures';

// Required when a refusal is made, not when this file loads: the refusal is rare, the schema it reads is not small (issue 13).
const refusedStepMessage = (from: LeadStatus, to: LeadStatus): string =>
  (require('../../../shared/lead-steps') as typeof import('../../../shared/lead-steps')).refusedStepMessage(from, to);

/** The refusals of leads (R24): named like the rule they enforce, with the words a person reads. */
export const leadFailures = {
  /** R24. A lead the family withdrew conflicts with the family's own action; any other refusal is a backward step. */
  stepNotAllowed: (from: LeadStatus, to: LeadStatus) =>
    new Failure(from === 'withdrawn' ? 'CONFLICT' : 'STEP_NOT_ALLOWED', undefined, refusedStepMessage(from, to)),
  recruiterNotOfSchool: () => new Failure('INVALID_INPUT', { recruiterStaffId: '请选择本校的招生老师' }),
  leadWithdrawn: () => new Failure('CONFLICT', undefined, '学生已撤回这份志愿或不再报考本校，不能再转交。'),
};
