import type { BrochureStatus } from '../../../shared/records/brochure';
import { Failure } from '../../_kit/platform/failures';

// Required when a refusal is made, not when this file loads: the refusal is rare, the schema it reads is not small (issue 13).
const brochureStatusLabel = (status: BrochureStatus): string =>
  (require('../../../shared/records/brochure') as typeof import('../../../shared/records/brochure')).brochureStatusLabels[status];

/** The refusals of brochures (R1, R2, R3): named like the rule they enforce, with the words a person reads. */
export const brochureFailures = {
  notEditable: () => new Failure('NOT_EDITABLE'),
  draftChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这份招生简章草稿刚刚被本校其他管理员修改过，请刷新后在最新内容上修改。'),
  notQualified: () => new Failure('NOT_QUALIFIED'),
  brochureNotDecidable: (status: BrochureStatus, withdrawing: boolean) =>
    new Failure('CONFLICT', undefined, `这份简章当前为“${brochureStatusLabel(status)}”，不能${withdrawing ? '撤回' : '审核'}。`),
  filingNumberFormat: (example: string) => new Failure('INVALID_INPUT', { filingNumber: `备案编号格式应如：${example}` }),
  filingNumberTaken: () => new Failure('INVALID_INPUT', { filingNumber: '该备案编号已被使用' }),
  newerVersionApproved: (version: number) => new Failure('CONFLICT', undefined, `该校第 ${version} 版招生简章已经备案，旧版本不能再通过；请退回这一版。`),
};
