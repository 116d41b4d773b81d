import { Failure } from '../../_kit/platform/failures';

/** The refusals of campus publicity visits (R10): named like the rule they enforce, with the words a person reads. */
export const visitFailures = {
  visitOverlaps: (other: { schoolName: string; start: string; end: string }) =>
    new Failure(
      'CONFLICT',
      { start: `这所初中当天 ${other.start}–${other.end} 已批准${other.schoolName}进校宣传，时间不能重叠` },
      `这所初中当天 ${other.start}–${other.end} 已批准${other.schoolName}进校宣传，时间不能重叠。`,
    ),
  visitNotMovable: (message: string) => new Failure('CONFLICT', undefined, message),
  permitNumberTaken: () => new Failure('INVALID_INPUT', { permitNumber: '该准入证编号已被使用' }),
};
