import type { OutboxEntry } from '../shared/records/outbox';

/**
 * The WeChat subscribe-message templates the product sends, one per outbox kind: the template id
 * chosen in the WeChat admin console (微信公众平台 → 功能 → 订阅消息 → 我的模板), and the keyword
 * each of our values fills, with WeChat's type for it. The README's "Subscribe messages" section
 * says how to choose the templates and copy their ids and keyword names here. The client asks the
 * family to subscribe with the same ids; the server formats each value to its type's limits
 * (cloudfunctions/domains/messages/subscribe-message.ts).
 */
export type KeywordType = 'thing' | 'phrase' | 'name' | 'time' | 'date' | 'character_string' | 'number' | 'phone_number';

export interface KeywordSpec {
  /** the keyword's name in the console's template detail, e.g. thing1 */
  key: string;
  type: KeywordType;
  /** the keyword's caption in the console, to recognise it by */
  label: string;
}

export interface TemplateSpec {
  templateId: string;
  /** the template's title in WeChat's public template library */
  title: string;
  keywords: Record<string, KeywordSpec>;
}

export const subscribeMessages = {
  /** to a recruiter: a family chose their school, or the admin passed them a lead */
  'lead-assigned': {
    templateId: 'local-template-lead-assigned',
    title: '新客户分配提醒',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '客户姓名' },
      majors: { key: 'thing2', type: 'thing', label: '意向专业' },
      source: { key: 'thing3', type: 'thing', label: '来源' },
      at: { key: 'time4', type: 'time', label: '分配时间' },
    },
  },
  /** to a family: a school moved their choice on */
  'status-changed': {
    templateId: 'local-template-choice-status',
    title: '报名进度通知',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '学生姓名' },
      school: { key: 'thing2', type: 'thing', label: '报名学校' },
      status: { key: 'phrase3', type: 'phrase', label: '报名状态' },
      at: { key: 'time4', type: 'time', label: '更新时间' },
    },
  },
  /** to junior-high staff and the school's admins: a student asks to start early at the school (R8) */
  'early-study-request': {
    templateId: 'local-template-early-study-request',
    title: '审批提醒',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '申请人' },
      school: { key: 'thing2', type: 'thing', label: '申请事项' },
      junior: { key: 'thing3', type: 'thing', label: '所在学校' },
      at: { key: 'time4', type: 'time', label: '申请时间' },
    },
  },
  /** to a family: a school answered their early-study request, or it was settled (R8) */
  'early-study-step': {
    templateId: 'local-template-early-study-step',
    title: '申请进度通知',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '申请人' },
      school: { key: 'thing2', type: 'thing', label: '申请学校' },
      status: { key: 'phrase3', type: 'phrase', label: '审核状态' },
      at: { key: 'time4', type: 'time', label: '更新时间' },
    },
  },
  /** to a school's admins: its sending statistics are due in three days and not yet submitted (R13) */
  'sending-stats-due': {
    templateId: 'local-template-sending-stats-due',
    title: '工作提醒',
    keywords: {
      task: { key: 'thing1', type: 'thing', label: '工作内容' },
      due: { key: 'date2', type: 'date', label: '截止日期' },
    },
  },
  /** to the filer of a form and its schools' recruiters: the bureau voided it after a dispute (R7, R6) */
  'form-voided': {
    templateId: 'local-template-form-voided',
    title: '审核结果通知',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '学生姓名' },
      result: { key: 'phrase2', type: 'phrase', label: '审核结果' },
      reason: { key: 'thing3', type: 'thing', label: '原因' },
      at: { key: 'time4', type: 'time', label: '处理时间' },
    },
  },
  /** to a family admitted by two schools: choose one by the deadline, or the higher-ranked choice stands (R25) */
  'admission-choice': {
    templateId: 'local-template-admission-choice',
    title: '待办事项提醒',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '学生姓名' },
      schools: { key: 'thing2', type: 'thing', label: '待办事项' },
      due: { key: 'time3', type: 'time', label: '截止时间' },
    },
  },
  /** to a school's recruiter: the family took another school's admission, so this one is released (R25) */
  'admission-released': {
    templateId: 'local-template-admission-released',
    title: '录取结果变更通知',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '学生姓名' },
      major: { key: 'thing2', type: 'thing', label: '录取专业' },
      result: { key: 'phrase3', type: 'phrase', label: '变更结果' },
      at: { key: 'time4', type: 'time', label: '变更时间' },
    },
  },
  /**
   * to a family: a school recorded their child — admitted, 报到, 学籍 registered, left, or an
   * admission not taken up (R28); it opens the report page, for a school they never chose
   */
  'school-recorded': {
    templateId: 'local-template-school-recorded',
    title: '学生学籍变动通知',
    keywords: {
      student: { key: 'thing1', type: 'thing', label: '学生姓名' },
      school: { key: 'thing2', type: 'thing', label: '学校名称' },
      record: { key: 'phrase3', type: 'phrase', label: '变动类型' },
      at: { key: 'time4', type: 'time', label: '变动时间' },
      advice: { key: 'thing5', type: 'thing', label: '温馨提示' },
    },
  },
  /** to a school's admins or a district's staff: a piece of work is due and not yet done (R12, R15) */
  'task-due': {
    templateId: 'local-template-task-due',
    title: '工作提醒',
    keywords: {
      task: { key: 'thing1', type: 'thing', label: '工作内容' },
      due: { key: 'date2', type: 'date', label: '截止日期' },
    },
  },
} as const satisfies Record<OutboxEntry['kind'], TemplateSpec>;

export type MessageKind = keyof typeof subscribeMessages;
