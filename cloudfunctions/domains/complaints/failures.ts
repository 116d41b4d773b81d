import { Failure } from '../../_kit/platform/failures';

/** The refusals of violation reports (R19): named like the rule they enforce, with the words a person reads. */
export const complaintFailures = {
  tooManyReports: () => new Failure('TOO_MANY_ATTEMPTS', undefined, '您提交举报过于频繁，请稍后再试；情况紧急请直接拨打教育局电话。'),
  reportPlaceUnknown: (field: 'schoolId' | 'juniorSchoolId') => new Failure('INVALID_INPUT', { [field]: '请从名录中选择学校' }),
  reportStepNotAllowed: (message: string) => new Failure('CONFLICT', undefined, message),
  reportReceiptBusy: () => new Failure('CONFLICT', undefined, '举报暂时没有提交成功，请稍后再提交一次。'),
  assigneeNotBureau: () => new Failure('INVALID_INPUT', { assigneeStaffId: '只能交给教育局的工作人员处理' }),
};
