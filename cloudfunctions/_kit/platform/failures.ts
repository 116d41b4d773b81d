import type { Season } from '../../../config/season';
import type { ErrorCode } from '../../../shared/errors';
import type { BrochureStatus } from '../../../shared/records/brochure';
import type { LeadStatus } from '../../../shared/records/lead';
import type { FieldErrors } from '../../../shared/result';

/*
 * The words for a brochure's and a lead's status live beside their zod schemas. Every function
 * loads this file, and these two refusals are rare: their words are required when one is made, so
 * a function's load does not build the brochure and lead schemas it may never use (issue 13).
 */
const brochureStatusLabel = (status: BrochureStatus): string =>
  (require('../../../shared/records/brochure') as typeof import('../../../shared/records/brochure')).brochureStatusLabels[status];
const refusedStepMessage = (from: LeadStatus, to: LeadStatus): string =>
  (require('../../../shared/lead-steps') as typeof import('../../../shared/lead-steps')).refusedStepMessage(from, to);

/** Thrown by a handler to answer with an error code; the kit turns it into `{ ok: false, error }`. */
export class Failure extends Error {
  constructor(public readonly code: ErrorCode, public readonly fields?: FieldErrors, public readonly customMessage?: string) {
    super(customMessage ?? code);
  }
}

/**
 * Every refusal a handler gives, named like the rule it enforces, with the words a person reads.
 * Handlers throw `failures.formWithdrawn()`, never a code with positional messages.
 */
export const failures = {
  forbidden: () => new Failure('FORBIDDEN'),
  notFound: () => new Failure('NOT_FOUND'),
  invalid: (fields: FieldErrors) => new Failure('INVALID_INPUT', fields),

  // the choice form (R6, R7, R9)
  windowClosed: (season: Pick<Season, 'year' | 'choices'>) =>
    new Failure('WINDOW_CLOSED', undefined, `现在不在志愿填报时间内。${season.year}年的志愿填报时间为 ${season.choices.start} 至 ${season.choices.end}。`),
  alreadySubmitted: () => new Failure('ALREADY_SUBMITTED'),
  formWithdrawn: () => new Failure('CONFLICT', undefined, '这份志愿表已经撤回，请重新填报。'),
  formChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这份志愿表刚刚在别处被修改过，请刷新后再试。'),
  studentChanged: () => new Failure('INVALID_INPUT', { 'student.idNumber': '修改志愿不能更换学生；如需为其他学生填报，请撤回后重新填报' }),
  juniorSchoolUnknown: () => new Failure('INVALID_INPUT', { 'student.juniorSchoolId': '请从列表中选择毕业的初中学校' }),
  schoolAlreadyEnrolled: (schoolName: string) =>
    new Failure('CONFLICT', undefined, `${schoolName}已为该学生办理报到，不能再撤回或去掉这所学校（R24）。`),
  admittedMajorDropped: (schoolName: string, majorName: string) =>
    new Failure('CONFLICT', undefined, `${schoolName}已录取该学生就读“${majorName}”专业，修改志愿时不能去掉这个专业。如需改换专业，请先联系学校；不再报考这所学校，可以去掉整所学校。`),
  // erasure of a form's personal data (PIPL)
  erasureKeptBySchool: (schoolName: string) =>
    new Failure('CONFLICT', undefined, `${schoolName}已为该学生办理报到，学校需要保留学生的信息，这份志愿表不能删除。如有疑问请联系学校。`),
  erasureTooLate: (year: number) =>
    new Failure('CONFLICT', undefined, `${year}年的招生工作已经结束，未报到学生的个人信息将由系统自动删除，无需再申请。`),
  formErased: () => new Failure('NOT_FOUND', undefined, '这份志愿表不存在或已经删除。'),

  // the season (R21)
  seasonNotFound: () => new Failure('NOT_FOUND', undefined, '没有这一年度的招生季设置。'),
  seasonPast: (year: number) => new Failure('CONFLICT', undefined, `${year}年的招生工作已经结束，设置只能查看，不能修改（R21）。`),
  seasonChangedMeanwhile: () => new Failure('CONFLICT', undefined, '招生季设置刚刚被他人修改过，请刷新后在最新设置上修改。'),
  targetsChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这个区县的送培目标刚刚被他人修改过，请刷新后在最新数据上修改。'),
  seasonNotNext: (next: number) => new Failure('INVALID_INPUT', { year: `只能开启下一个年度：${next} 年` }),

  // the registry (R22)
  registryChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这条名录刚刚被他人修改过，请刷新后在最新内容上修改。'),

  importHasProblems: () => new Failure('INVALID_INPUT', { content: '表格中有错误的行，请按提示修正后重新导入；这次没有写入任何内容' }),
  importChangedSincePreview: () => new Failure('CONFLICT', undefined, '表格或名录在预览之后有变化，请重新预览后再确认导入。'),
  importAlreadyApplied: () => new Failure('CONFLICT', undefined, '这次导入已经确认并写入名录，无需再次确认；重新预览可以看到名录现在的样子。'),
  unreadableSpreadsheet: () => new Failure('INVALID_INPUT', { content: '无法读取这个文件，请确认是 Excel（.xlsx）或 CSV 表格' }, '无法读取这个文件，请确认是 Excel（.xlsx）或 CSV 表格，可用 Excel 另存为 .xlsx 后重新选择。'),

  // staff and invitations (R20)
  mayNotInvite: () => new Failure('FORBIDDEN', undefined, '您不能邀请这一角色的工作人员（学校管理员只能邀请本校招生老师）。'),
  invitationUnusable: (why: 'unknown' | 'used' | 'expired' | 'revoked') => {
    const message = { unknown: '邀请码不正确，请核对后再输入', used: '这个邀请码已经被使用过了，请向邀请人索取新的邀请码', expired: '这个邀请码已过期，请向邀请人索取新的邀请码', revoked: '这个邀请码已被作废，请向邀请人索取新的邀请码' }[why];
    return new Failure(why === 'unknown' ? 'NOT_FOUND' : 'CONFLICT', { code: message }, message);
  },
  alreadyStaff: () => new Failure('CONFLICT', undefined, '您的微信已经绑定了工作人员身份；如需更换，请先请管理员取消原身份。'),
  tooManyAttempts: () => new Failure('TOO_MANY_ATTEMPTS'),
  notInScope: () => new Failure('FORBIDDEN', undefined, '只能管理本单位的工作人员。'),
  lastBureauAdmin: () => new Failure('CONFLICT', undefined, '这是最后一位教育局管理员，不能取消；请先邀请另一位管理员。'),
  roleNotChangeable: () => new Failure('INVALID_INPUT', { role: '只能在招生老师与学校管理员之间更改，且只能由教育局管理员更改' }),
  invitationRedeemedCannotRevoke: () => new Failure('CONFLICT', undefined, '这个邀请码已经被使用，不能作废；如需取消对方的身份，请在工作人员名单中操作。'),

  // leads (R24)
  /** R24. A lead the family withdrew conflicts with the family's own action; any other refusal is a backward step. */
  stepNotAllowed: (from: LeadStatus, to: LeadStatus) => new Failure(from === 'withdrawn' ? 'CONFLICT' : 'STEP_NOT_ALLOWED', undefined, refusedStepMessage(from, to)),
  recruiterNotOfSchool: () => new Failure('INVALID_INPUT', { recruiterStaffId: '请选择本校的招生老师' }),

  // brochures (R1, R2, R3)
  notEditable: () => new Failure('NOT_EDITABLE'),
  draftChangedMeanwhile: () => new Failure('CONFLICT', undefined, '这份招生简章草稿刚刚被本校其他管理员修改过，请刷新后在最新内容上修改。'),
  notQualified: () => new Failure('NOT_QUALIFIED'),
  brochureNotDecidable: (status: BrochureStatus, withdrawing: boolean) =>
    new Failure('CONFLICT', undefined, `这份简章当前为“${brochureStatusLabel(status)}”，不能${withdrawing ? '撤回' : '审核'}。`),
  filingNumberFormat: (example: string) => new Failure('INVALID_INPUT', { filingNumber: `备案编号格式应如：${example}` }),
  filingNumberTaken: () => new Failure('INVALID_INPUT', { filingNumber: '该备案编号已被使用' }),
  newerVersionApproved: (version: number) => new Failure('CONFLICT', undefined, `该校第 ${version} 版招生简章已经备案，旧版本不能再通过；请退回这一版（R2、R3）。`),
  leadWithdrawn: () => new Failure('CONFLICT', undefined, '学生已撤回这份志愿或不再报考本校，不能再转交（R24）。'),

  // admission (R25)
  admissionClosed: (window: { start: string; end: string }) =>
    new Failure('WINDOW_CLOSED', undefined, `现在不在录取时间内。本年度录取时间为 ${window.start} 至 ${window.end}。`),
  majorNotPlanned: () => new Failure('INVALID_INPUT', { majorId: '本校已备案的招生简章中没有这个专业' }),
  planFull: (majorName: string, left: number) =>
    new Failure('PLAN_FULL', undefined, left > 0 ? `${majorName}只剩 ${left} 个计划名额，请减少录取人数（R25）。` : `${majorName}的计划招生名额已满，不能再录取（R25）。`),
  notApplicantOfMajor: (studentName: string, majorName: string) => new Failure('INVALID_INPUT', { leadIds: `${studentName}没有填报${majorName}，不能录取到这个专业` }),
  admittedOtherMajor: (studentName: string, majorName: string) => new Failure('CONFLICT', undefined, `${studentName}已被本校录取到${majorName}，不能重复录取。`),
  enrolledElsewhere: (studentName: string) => new Failure('CONFLICT', undefined, `${studentName}已在其他学校报到，不能再录取（R25）。`),
  studentErased: () => new Failure('CONFLICT', undefined, '这名学生的个人信息已按家长申请或到期规定删除，不能再办理录取或报到。'),
  formOfPastYear: (year: number) => new Failure('CONFLICT', undefined, `这是${year}年的志愿表，该年度的招生已经结束，不能再撤回或修改。`),
  noAdmissionChoice: () => new Failure('CONFLICT', undefined, '这份志愿现在没有需要选择的录取结果，请刷新后查看。'),
  noticeInvalid: (fields: Record<string, string>) => new Failure('INVALID_INPUT', fields),

  // early study (R8)
  earlyStudyNotYet: (from: string) => new Failure('WINDOW_CLOSED', undefined, `提前到中职学校学习从 ${from} 起才能申请（R8）。`),
  earlyStudyStanding: () => new Failure('CONFLICT', undefined, '这份志愿已有一项提前学习申请正在办理或已经确认；如需改到其他学校，请先等待结果（R8）。'),
  earlyStudySchoolNotChosen: () => new Failure('INVALID_INPUT', { schoolId: '只能申请到志愿表中填报的学校提前学习' }),
  earlyStudyNotDecidable: (message: string) => new Failure('CONFLICT', undefined, message),

  // violation reports (R19)
  tooManyReports: () => new Failure('TOO_MANY_ATTEMPTS', undefined, '您提交举报过于频繁，请稍后再试；情况紧急请直接拨打教育局电话。'),
  reportPlaceUnknown: (field: 'schoolId' | 'juniorSchoolId') => new Failure('INVALID_INPUT', { [field]: '请从名录中选择学校' }),
  reportStepNotAllowed: (message: string) => new Failure('CONFLICT', undefined, message),
  assigneeNotBureau: () => new Failure('INVALID_INPUT', { assigneeStaffId: '只能交给教育局的工作人员处理' }),

  // a student's ID used first by someone else (R7, R6)
  idInUseByAnother: () => new Failure('ID_IN_USE'),
  tooManyIdChecks: () =>
    new Failure('TOO_MANY_ATTEMPTS', undefined, '今天用这个微信查询的身份证号已经太多了，请明天再试。如果孩子的身份证号被他人冒用，请带孩子的户口本或身份证到教育局当面申请核查。'),
  noFormToDispute: () => new Failure('NOT_FOUND', undefined, '这个身份证号今年没有由其他微信提交的有效志愿表，无需核查；如是您自己提交的，请在“我的志愿”中修改。'),
  disputeOpen: () => new Failure('CONFLICT', undefined, '您已就这名学生申请过核查，教育局正在处理，请耐心等待结果。'),
  disputeDecided: () => new Failure('CONFLICT', undefined, '这项核查已有结论，不能再更改。'),

  // campus publicity visits (R10)
  visitOverlaps: (other: { schoolName: string; start: string; end: string }) =>
    new Failure('CONFLICT', { start: `这所初中当天 ${other.start}–${other.end} 已批准${other.schoolName}进校宣传，时间不能重叠（R10）` }, `这所初中当天 ${other.start}–${other.end} 已批准${other.schoolName}进校宣传，时间不能重叠（R10）。`),
  visitNotMovable: (message: string) => new Failure('CONFLICT', undefined, message),
  permitNumberTaken: () => new Failure('INVALID_INPUT', { permitNumber: '该准入证编号已被使用' }),

  // sending statistics (R13)
  sendingStatsNotOpen: (opensOn: string) => new Failure('WINDOW_CLOSED', undefined, `送培统计从 ${opensOn}（录取开始）起才能提交：那时才有录取、报到的数字可以反馈给各初中。`),
  sendingStatsSubmitted: () => new Failure('CONFLICT', undefined, '本校今年的送培统计已经提交，提交后不能更改；如需更正，请联系教育局。'),

  // admitted lists (R14)
  admittedListMajorUnknown: () => new Failure('INVALID_INPUT', { majorId: '本校没有这个专业，请从列表中选择' }, '本校没有这个专业，请从列表中选择。'),
  admittedListEmpty: (majorName: string) => new Failure('CONFLICT', undefined, `${majorName}现在没有录取的学生，不能发布空的录取名单。`),
  admittedListSeasonEnded: (year: number) => new Failure('CONFLICT', undefined, `${year}年的招生工作已经结束，不能再发布录取名单。`),
  admittedListBusy: () => new Failure('CONFLICT', undefined, '这个专业的录取名单正在被同时发布，请刷新后查看是否已经发布。'),
  admittedListSchoolUnknown: () => new Failure('NOT_FOUND', undefined, '没有找到这所学校的录取名单，请从学校的招生简章进入。'),
  admittedListYearUnknown: (year: number) => new Failure('NOT_FOUND', undefined, `${year}年没有招生工作安排，也就没有录取名单。`),
  admittedListVersionUnknown: () => new Failure('NOT_FOUND', undefined, '没有这一版录取名单，请返回查看最新的名单。'),
  admittedListVersionNeedsMajor: () => new Failure('INVALID_INPUT', { version: '查看某一版名单时请同时选择专业' }, '查看某一版名单时请同时选择专业。'),

  // the monthly statistics table (R12)
  monthlyReportNotAMonth: (year: number, months: number[]) =>
    new Failure('INVALID_INPUT', { month: `${year}年只需报送 ${months.map((m) => `${m}月`).join('、')} 的统计表` }, `${year}年只需报送 ${months.map((m) => `${m}月`).join('、')} 的招生情况统计表。`),
  monthlyReportNoUnit: () => new Failure('FORBIDDEN', undefined, '您不是统计表的填报单位，请选择要查看的单位。'),
  monthlyReportNotYourUnit: () => new Failure('FORBIDDEN', undefined, '只能查看和提交本单位的招生情况统计表。'),
  monthlyReportByDistrict: () => new Failure('FORBIDDEN', undefined, '区县职业学校的招生情况统计表由所在区县教育局汇总报送，本校不单独报送。'),
  monthlyReportUnknownUnit: () => new Failure('NOT_FOUND', undefined, '今年没有这个填报单位（市属学校或区县）的招生情况统计表。'),
  monthlyReportSubmitted: (month: number) => new Failure('CONFLICT', undefined, `本单位${month}月的招生情况统计表已经提交，提交后不能更改；如需更正，请联系市教育局。`),
  monthlyReportWindow: (message: string) => new Failure('WINDOW_CLOSED', undefined, message),
  monthlyReportNotSubmitted: (month: number) => new Failure('CONFLICT', undefined, `这个单位${month}月的招生情况统计表还没有提交（或已经退回），没有可退回的表。`),

  // registration (R15)
  /** another school's lead and an id that does not exist are answered alike, so neither is revealed */
  registrationNotOwn: (count: number) => new Failure('NOT_FOUND', { leadIds: `有 ${count} 名学生不是本校的学生记录` }, `有 ${count} 名学生不是本校的学生记录，本次未作任何更改；请刷新后重新选择本校已报到的学生。`),
  registrationRefused: (reasons: string[]) => new Failure('CONFLICT', undefined, `以下学生不能确认已注册，本次未作任何更改：${reasons.join('；')}。`),

  // spreadsheets read from an upload (cloudfunctions/_kit/platform/spreadsheet-read.ts): each refusal is on
  // the file (field `content`) and is also the message the clerk's dialog shows, saying what to do
  spreadsheetTooLarge: (maxMb: number) => {
    const message = `文件过大：最大 ${maxMb} MB。请只保留名单所在的工作表，或分成几个文件。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooManyRows: (maxRows: number, row: number) => {
    const message = `表格过大：最多读取 ${maxRows} 行（含表头），这个文件的第 ${row} 行还有内容。请删去多余的行（包括远处误填的单元格）后重新选择；名单确实更长时，请分成几个文件。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooManyColumns: (maxColumns: number, lastColumn: string, column: string, row: number) => {
    const message = `表格过宽：最多读取 ${maxColumns} 列（A 至 ${lastColumn} 列），这个文件第 ${row} 行的 ${column} 列还有内容。请删去多余的列后重新选择。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooManyCells: (maxCells: number) => {
    const message = `表格内容过多：最多读取 ${maxCells} 个有内容的单元格。请只保留名单所需的列，或分成几个文件。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetUnpacksTooLarge: (maxMb: number) => {
    const message = `表格过大：文件解压后超过 ${maxMb} MB。请只保留名单所在的工作表，另存为新的 .xlsx 文件后重新选择。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
  spreadsheetTooSlow: (seconds: number) => {
    const message = `表格读取超时（超过 ${seconds} 秒）：请只保留名单所在的工作表和所需的列，另存为新文件后重新选择。`;
    return new Failure('INVALID_INPUT', { content: message }, message);
  },
};

/**
 * Unique-index violations, mapped in one place to the failure they mean, by the index's name in
 * config/database.ts (CloudBase and the emulator both name the index in the E11000 message).
 */
const uniqueIndexFailures: Record<string, () => Failure> = {
  active_student_year: failures.alreadySubmitted,
  // earlyStudies.activeKey: two requests for one form at the same moment
  active_form: failures.earlyStudyStanding,
  // disputes.activeKey: the same family asking twice for the same student at once
  active_raiser_student: failures.disputeOpen,
  permit_number: failures.permitNumberTaken,
  filing_number: failures.filingNumberTaken,
  // staff.openid: one WeChat identity redeeming two codes at the same moment
  openid: failures.alreadyStaff,
};

export function failureForDatabaseError(error: unknown): Failure | null {
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (!message.includes('E11000')) return null;
  for (const [index, failure] of Object.entries(uniqueIndexFailures)) if (new RegExp(`(?:\\b|_)${index}\\b`).test(message)) return failure();
  return null;
}
