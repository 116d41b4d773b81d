import type { Season } from '../../../shared/records/season';
import { Failure } from '../../_kit/platform/failures';

/** The refusals of the choice form, its erasure, and a student’s ID number used by someone else (R6, R7, R9): named like the rule they enforce, with the words a person reads. */
export const formFailures = {
  // the choice form (R6, R7, R9)
  windowClosed: (season: Pick<Season, 'year' | 'choices'>) =>
    new Failure('WINDOW_CLOSED', undefined, `现在不在志愿填报时间内。${season.year}年的志愿填报时间为 ${season.choices.start} 至 ${season.choices.end}。`),
  alreadySubmitted: () => new Failure('ALREADY_SUBMITTED'),
  formWithdrawn: () => new Failure('CONFLICT', undefined, '这份志愿表已经撤回，请重新填报。'),
  formChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这份志愿表刚刚在别处被修改过，请刷新后再试。'),
  studentChanged: () => new Failure('INVALID_INPUT', { 'student.idNumber': '修改志愿不能更换学生；如需为其他学生填报，请撤回后重新填报' }),
  juniorSchoolUnknown: () => new Failure('INVALID_INPUT', { 'student.juniorSchoolId': '请从列表中选择毕业的初中学校' }),
  schoolAlreadyEnrolled: (schoolName: string) => new Failure('CONFLICT', undefined, `${schoolName}已为该学生办理报到，不能再撤回或去掉这所学校。`),
  admittedMajorDropped: (schoolName: string, majorName: string) =>
    new Failure(
      'CONFLICT',
      undefined,
      `${schoolName}已录取该学生就读“${majorName}”专业，修改志愿时不能去掉这个专业。如需改换专业，请先联系学校；不再报考这所学校，可以去掉整所学校。`,
    ),

  // erasure of a form's personal data (PIPL)
  erasureKeptBySchool: (schoolName: string) =>
    new Failure('CONFLICT', undefined, `${schoolName}已为该学生办理报到，学校需要保留学生的信息，这份志愿表不能删除。如有疑问请联系学校。`),
  erasureTooLate: (year: number) => new Failure('CONFLICT', undefined, `${year}年的招生工作已经结束，未报到学生的个人信息将由系统自动删除，无需再申请。`),
  formErased: () => new Failure('NOT_FOUND', undefined, '这份志愿表不存在或已经删除。'),

  // a student's ID used first by someone else (R7, R6)
  idInUseByAnother: () => new Failure('ID_IN_USE'),
  tooManyIdChecks: () =>
    new Failure(
      'TOO_MANY_ATTEMPTS',
      undefined,
      '今天用这个微信查询的身份证号已经太多了，请明天再试。如果孩子的身份证号被他人冒用，请带孩子的户口本或身份证到教育局当面申请核查。',
    ),
  noFormToDispute: () =>
    new Failure('NOT_FOUND', undefined, '这个身份证号今年没有由其他微信提交的有效志愿表，无需核查；如是您自己提交的，请在“我的志愿”中修改。'),
  disputeOpen: () => new Failure('CONFLICT', undefined, '您已就这名学生申请过核查，教育局正在处理，请耐心等待结果。'),
  disputeDecided: () => new Failure('CONFLICT', undefined, '这项核查已有结论，不能再更改。'),
};
