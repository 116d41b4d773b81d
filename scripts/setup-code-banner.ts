import { groupedCode } from '../shared/readable-code';
import { inShanghai } from '../shared/time';

/** What the operator reads when a setup code is issued (npm run setup, and the empty local start). */
export function setupCodeBanner(code: string, expiresAt: Date, where: string): string {
  return [
    '',
    `初始设置码（${where}，只显示这一次）：`,
    '',
    `    ${groupedCode(code)}`,
    '',
    `有效至 ${inShanghai(expiresAt).format('YYYY年M月D日 HH:mm')}（北京时间，72 小时），只能使用一次，只在还没有教育局管理员时有效。`,
    '请交给将担任教育局管理员的人：在小程序“我的 → 我是工作人员”中输入它，他的微信即成为第一位教育局管理员，之后的工作人员都由他邀请。',
    '再次运行会生成新的设置码，旧的随即失效。',
    '',
  ].join('\n');
}
