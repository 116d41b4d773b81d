import { personas } from './personas';

/** /dev/: the local sign-in page; each persona signs this browser in and returns to the app. */
export function devPage(): string {
  const buttons = personas.map((p) => `<button data-persona="${p.key}"><strong>${p.label}</strong><span>${p.description}</span></button>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地演示：选择身份</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:16px;background:#f5f6f7;font-size:17px}
h1{font-size:20px}p{color:#666}
button{display:flex;flex-direction:column;align-items:flex-start;gap:4px;width:100%;margin:8px 0;padding:14px;border:1px solid #ddd;border-radius:12px;background:#fff;font-size:17px;text-align:left}
button span{color:#666;font-size:14px}
</style></head><body>
<h1>本地演示：选择身份</h1>
<p>仅在本地演示环境中存在。选择一个身份后回到小程序首页；在微信中身份由平台提供。</p>
${buttons}
<button data-persona=""><strong>退出演示身份</strong><span>以普通访客（家长）的身份浏览</span></button>
<script>
document.querySelectorAll('button').forEach(function (b) {
  b.addEventListener('click', function () {
    var key = b.getAttribute('data-persona');
    var req = key
      ? fetch('/dev/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: key }) })
      : fetch('/dev/sign-out', { method: 'POST' });
    req.then(function () { location.assign('/'); });
  });
});
</script>
</body></html>`;
}
