import { Failure } from '../../_kit/platform/failures';

/** The refusals of admission, admitted lists and registration (R25, R14, R15): named like the rule they enforce, with the words a person reads. */
export const admissionFailures = {
  // admission (R25)
  admissionClosed: (window: { start: string; end: string }) =>
    new Failure('WINDOW_CLOSED', undefined, `现在不在录取时间内。本年度录取时间为 ${window.start} 至 ${window.end}。`),
  majorNotPlanned: () => new Failure('INVALID_INPUT', { majorId: '本校已备案的招生简章中没有这个专业' }),
  planFull: (majorName: string, left: number) =>
    new Failure('PLAN_FULL', undefined, left > 0 ? `${majorName}只剩 ${left} 个计划名额，请减少录取人数。` : `${majorName}的计划招生名额已满，不能再录取。`),
  notApplicantOfMajor: (studentName: string, majorName: string) =>
    new Failure('INVALID_INPUT', { leadIds: `${studentName}没有填报${majorName}，不能录取到这个专业` }),
  admittedOtherMajor: (studentName: string, majorName: string) =>
    new Failure('CONFLICT', undefined, `${studentName}已被本校录取到${majorName}，不能重复录取。`),
  enrolledElsewhere: (studentName: string) => new Failure('CONFLICT', undefined, `${studentName}已在其他学校报到，不能再录取。`),
  studentErased: () => new Failure('CONFLICT', undefined, '这名学生的个人信息已按家长申请或到期规定删除，不能再办理录取或报到。'),
  formOfPastYear: (year: number) => new Failure('CONFLICT', undefined, `这是${year}年的志愿表，该年度的招生已经结束，不能再撤回或修改。`),
  noAdmissionChoice: () => new Failure('CONFLICT', undefined, '这份志愿现在没有需要选择的录取结果，请刷新后查看。'),
  noticeInvalid: (fields: Record<string, string>) => new Failure('INVALID_INPUT', fields),

  // admitted lists (R14)
  admittedListMajorUnknown: () => new Failure('INVALID_INPUT', { majorId: '本校没有这个专业，请从列表中选择' }, '本校没有这个专业，请从列表中选择。'),
  admittedListEmpty: (majorName: string) => new Failure('CONFLICT', undefined, `${majorName}现在没有录取的学生，不能发布空的录取名单。`),
  admittedListSeasonEnded: (year: number) => new Failure('CONFLICT', undefined, `${year}年的招生工作已经结束，不能再发布录取名单。`),
  admittedListUnchanged: (majorName: string, version: number) =>
    new Failure('CONFLICT', undefined, `${majorName}的录取名单自第 ${version} 版发布以来没有变化，无需再次发布。`),
  admittedListBusy: () => new Failure('CONFLICT', undefined, '这个专业的录取名单正在被同时发布，请刷新后查看是否已经发布。'),
  admittedListSchoolUnknown: () => new Failure('NOT_FOUND', undefined, '没有找到这所学校的录取名单，请从学校的招生简章进入。'),
  admittedListYearUnknown: (year: number) => new Failure('NOT_FOUND', undefined, `${year}年没有招生工作安排，也就没有录取名单。`),
  admittedListVersionUnknown: () => new Failure('NOT_FOUND', undefined, '没有这一版录取名单，请返回查看最新的名单。'),
  admittedListVersionNeedsMajor: () => new Failure('INVALID_INPUT', { version: '查看某一版名单时请同时选择专业' }, '查看某一版名单时请同时选择专业。'),

  // registration (R15)
  /** another school's lead and an id that does not exist are answered alike, so neither is revealed */
  registrationNotOwn: (count: number) =>
    new Failure(
      'NOT_FOUND',
      { leadIds: `有 ${count} 名学生不是本校的学生记录` },
      `有 ${count} 名学生不是本校的学生记录，本次未作任何更改；请刷新后重新选择本校已报到的学生。`,
    ),
  registrationRefused: (reasons: string[]) => new Failure('CONFLICT', undefined, `以下学生不能确认已注册，本次未作任何更改：${reasons.join('；')}。`),

  // unified admission (R26): the lottery seed and the dry run
  notUnified: () => new Failure('CONFLICT', undefined, '本年度按学校录取，不进行统一录取；如需统一录取，请在志愿填报截止前的招生季设置中选择。'),
  seedCommitTooLate: (deadline: string) => new Failure('WINDOW_CLOSED', undefined, `志愿填报已于 ${deadline} 截止；抽签种子的承诺值只能在截止之前公布。`),
  seedAlreadyPublished: () => new Failure('CONFLICT', undefined, '本年度的抽签种子承诺值已经公布，不能重新抽取。'),
  seedNeverCommitted: () => new Failure('CONFLICT', undefined, '本年度没有在志愿填报截止前公布抽签种子的承诺值，不能公布种子，也不能抽签。'),
  beforeChoiceDeadline: (deadline: string, what: string) => new Failure('WINDOW_CLOSED', undefined, `志愿填报到 ${deadline} 截止，截止之后才能${what}。`),
  seedNotRevealed: () => new Failure('CONFLICT', undefined, '抽签种子还没有公布，请先公布种子，再试运行统一录取。'),
  formsOverChoiceCap: (count: number, cap: number) =>
    new Failure('CONFLICT', undefined, `有 ${count} 份志愿表的志愿超过 ${cap} 个，统一录取最多按 ${cap} 个志愿进行；请先请这些家庭修改志愿后再试运行。`),
  nothingToAllocate: () => new Failure('CONFLICT', undefined, '本年度没有可参加统一录取的学校专业，请先确认各校的招生简章已经审核备案。'),
  // the round's commit (R26)
  roundNotNext: (round: number) =>
    new Failure('CONFLICT', undefined, round > 1 ? `第${round - 1}轮统一录取确认完成后，才能确认第${round}轮。` : '请先确认第1轮统一录取。'),
  roundBusy: () => new Failure('CONFLICT', undefined, '本轮统一录取正在由另一位管理员确认，请稍后刷新查看进度。'),
  noticesMissing: (schoolNames: string[]) =>
    new Failure(
      'CONFLICT',
      undefined,
      `以下学校还没有填写统一录取的录取须知（报到日期、地点和携带材料）：${schoolNames.join('、')}。请通知学校在“录取”页面填写后，再确认本轮录取。`,
    ),
  noticeChangedMeanwhile: () => new Failure('CONFLICT', undefined, '录取须知刚刚被本校其他管理员修改过，请刷新后在最新内容上修改。'),
  offerAnswered: (status: string | null) =>
    new Failure(
      'CONFLICT',
      undefined,
      status === 'accepted'
        ? '您已经接受了这个录取。'
        : status === 'declined'
          ? '您已经放弃了这个录取。'
          : status === 'expired'
            ? '答复期限已过，这个录取已经放弃。'
            : '现在没有需要答复的录取，请刷新后查看。',
    ),
  noOfferToRefuse: () => new Failure('CONFLICT', undefined, '这名学生现在没有本校可以不予录取的统一录取结果（可能家庭已放弃或已处理），请刷新后查看。'),
  refuseThroughOffer: () =>
    new Failure('CONFLICT', undefined, '这名学生是教育局统一录取到本校的。如不予录取，请在“统一录取”页面选择原因；原因会告知家庭和教育局。'),
  offerExpired: () => new Failure('WINDOW_CLOSED', undefined, '答复期限已过，这个录取已经放弃。'),
  // the end of the rounds and 补录 (R26)
  roundsClosed: () => new Failure('CONFLICT', undefined, '本年度统一录取的轮次已经结束，不再进行新的一轮；还没有录取的学生由学校补录。'),
  roundsNotClosable: (latest: number | null) =>
    new Failure(
      'CONFLICT',
      undefined,
      latest === null ? '没有找到这一轮已确认的统一录取，请刷新后再决定是否结束轮次。' : `第${latest}轮统一录取还没有确认完成，完成之后才能结束轮次。`,
    ),
  roundsCloseStale: (latest: number) => new Failure('CONFLICT', undefined, `统一录取已经进行到第${latest}轮，请刷新后再决定是否结束轮次。`),
  /** R26: in a unified season no school admits on its own desk until the rounds have ended (补录) */
  supplementaryNotOpen: () =>
    new Failure(
      'CONFLICT',
      undefined,
      '本年度实行统一录取。教育局结束统一录取的各轮之后，学校才能补录还没有被录取的学生；在此之前由教育局按学生的志愿统一录取。',
    ),
  offerStands: (studentName: string) =>
    new Failure('CONFLICT', undefined, `${studentName}已经有统一录取的录取结果（待答复或已接受），学校不能再录取这名学生。`),
  // a round's export (R26)
  roundNotCommitted: (round: number) => new Failure('CONFLICT', undefined, `第${round}轮统一录取还没有确认，确认之后才能导出本轮的数据和结果。`),
  roundInputsMissing: (round: number) =>
    new Failure('CONFLICT', undefined, `第${round}轮统一录取是在保存输入数据的功能上线之前确认的，无法导出本轮的输入数据。`),
  // the 中考 scores (R26)
  scoresFrozen: () => new Failure('CONFLICT', undefined, '抽签种子已经公布，统一录取的输入数据已经冻结，不能再导入或修改中考成绩。'),
  scoresHaveProblems: () => new Failure('INVALID_INPUT', { content: '表格中有错误的行，请按提示修正后重新导入；这次没有写入任何成绩' }),
  scoresChangedSincePreview: () => new Failure('CONFLICT', undefined, '表格或已导入的成绩在预览之后有变化，请重新预览后再确认导入。'),
  scoresAlreadyApplied: () => new Failure('CONFLICT', undefined, '这次导入已经确认并写入成绩，无需再次确认；重新预览可以看到成绩现在的样子。'),
};
