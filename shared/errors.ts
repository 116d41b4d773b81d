/**
 * Error codes every function may answer with, and the Chinese sentence a parent reads.
 * The code is for programs (and tests); the message is for people.
 */
export const errorMessages = {
  INVALID_INPUT: '填写的信息有误，请按提示修改后再提交。',
  UNAUTHENTICATED: '无法确认您的身份，请在微信中重新打开小程序。',
  FORBIDDEN: '您没有办理此项业务的权限。如需开通，请联系学校或教育局。',
  NOT_FOUND: '没有找到相关信息，可能已下架或链接有误。',
  CONFLICT: '信息已被他人修改或重复提交，请刷新后再试。',
  NOT_EDITABLE: '这一版本已提交或已审核，不能再修改；如需修改，请在最新版本上编辑后重新提交。',
  ALREADY_SUBMITTED: '该学生今年已有一份有效的志愿表（普职不兼报，每人只能有一份）。如需修改，请在“我的志愿”中修改。',
  ID_IN_USE:
    '这个身份证号今年已有一份有效的志愿表，是用另一个微信提交的（每名学生只能有一份）。如果是您的家人提交的，请用提交的那个微信在“我的志愿”中修改；如果不是您或您的家人提交的，请申请教育局核查。',
  WINDOW_CLOSED: '现在不在志愿填报时间内。',
  STEP_NOT_ALLOWED: '这一步不能这样记录：生源线索只能向前推进。',
  PLAN_FULL: '这个专业的计划招生名额已满，不能再录取。',
  NOT_QUALIFIED: '学校不具备本年度招生资质或未通过年检，不能发布招生简章。',
  TOO_MANY_ATTEMPTS: '尝试次数过多，请一小时后再试。',
  UNKNOWN_FUNCTION: '请求的服务不存在，请更新小程序后再试。',
  INTERNAL: '系统繁忙，请稍后再试。您填写的内容没有丢失。',
  NETWORK: '网络连接不稳定，请检查网络后重试。',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.keys(errorMessages) as ErrorCode[];
