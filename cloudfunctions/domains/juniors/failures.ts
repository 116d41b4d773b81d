import { Failure } from '../../_kit/platform/failures';

/** The refusals of junior highs: targets, early study and sending statistics (R8, R13): named like the rule they enforce, with the words a person reads. */
export const juniorFailures = {
  // targets (R11)
  targetsChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这个区县的送培目标刚刚被他人修改过，请刷新后在最新数据上修改。'),

  // early study (R8)
  earlyStudyNotYet: (from: string) => new Failure('WINDOW_CLOSED', undefined, `提前到中职学校学习从 ${from} 起才能申请。`),
  earlyStudyStanding: () => new Failure('CONFLICT', undefined, '这份志愿已有一项提前学习申请正在办理或已经确认；如需改到其他学校，请先等待结果。'),
  earlyStudySchoolNotChosen: () => new Failure('INVALID_INPUT', { schoolId: '只能申请到志愿表中填报的学校提前学习' }),
  earlyStudyNotDecidable: (message: string) => new Failure('CONFLICT', undefined, message),

  // sending statistics (R13)
  sendingStatsNotOpen: (opensOn: string) => new Failure('WINDOW_CLOSED', undefined, `送培统计从 ${opensOn}（录取开始）起才能提交：那时才有录取、报到的数字可以反馈给各初中。`),
  sendingStatsSubmitted: () => new Failure('CONFLICT', undefined, '本校今年的送培统计已经提交，提交后不能更改；如需更正，请联系教育局。'),
};
