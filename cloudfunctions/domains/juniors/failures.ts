import { Failure } from '../../_kit/platform/failures';

/** The refusals of junior highs: their registry (R27), targets, early study and sending statistics (R8, R13): named like the rule they enforce, with the words a person reads. */
export const juniorFailures = {
  // the junior highs' registry (R27)
  juniorNameTaken: () => new Failure('INVALID_INPUT', { name: '这个区县已有同名的初中，请核对名称，或在名录中修改那一所' }),
  juniorCodeTaken: () => new Failure('INVALID_INPUT', { code: '这个学校代码已是另一所初中的，请核对' }),
  juniorChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这所初中刚刚被他人修改过，请刷新后在最新内容上修改。'),
  juniorOutsideDistrict: (own: string) => new Failure('INVALID_INPUT', { district: `只能管理本区县（${own}）的初中` }),
  juniorClosedNoEdit: () => new Failure('CONFLICT', undefined, '这所初中已关闭，不能修改；如需修改，请先在名录中恢复它。'),
  /** a closed junior high chosen for something new: a form, an invitation, a visit, a target row */
  juniorClosed: (field: string) => new Failure('INVALID_INPUT', { [field]: '这所初中已在名录中关闭，不能再选择' }),
  posterJuniorClosed: () => new Failure('CONFLICT', undefined, '本校已在初中名录中关闭，不能再生成招生宣传海报；如有疑问，请联系教育局。'),

  // targets (R11)
  targetsChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这个区县的送培目标刚刚被他人修改过，请刷新后在最新数据上修改。'),

  // early study (R8)
  earlyStudyNotYet: (from: string) => new Failure('WINDOW_CLOSED', undefined, `提前到中职学校学习从 ${from} 起才能申请。`),
  earlyStudyStanding: () => new Failure('CONFLICT', undefined, '这份志愿已有一项提前学习申请正在办理或已经确认；如需改到其他学校，请先等待结果。'),
  earlyStudySchoolNotChosen: () => new Failure('INVALID_INPUT', { schoolId: '只能申请到志愿表中填报的学校提前学习' }),
  earlyStudyNotDecidable: (message: string) => new Failure('CONFLICT', undefined, message),

  // sending statistics (R13)
  sendingStatsNotOpen: (opensOn: string) =>
    new Failure('WINDOW_CLOSED', undefined, `送培统计从 ${opensOn}（录取开始）起才能提交：那时才有录取、报到的数字可以反馈给各初中。`),
  sendingStatsSubmitted: () => new Failure('CONFLICT', undefined, '本校今年的送培统计已经提交，提交后不能更改；如需更正，请联系教育局。'),
};
