/**
 * WeChat: no web link to draw; the permit shows its verification code, which the gate checks on
 * the verification page. (A 小程序码 for the permit would come from WeChat's wxacode, not drawn here.)
 */
export function PermitQr(_props: { link: string; permitNumber: string }) {
  return null;
}
