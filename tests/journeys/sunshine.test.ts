import type { Page } from 'playwright-core';
import { field, openStaffTask, openTab, pickDate, pickTime, tapButton } from '../helpers/browser';
import { confirmDialog, fillAndSubmitChoiceForm, JOURNEY_JUNIOR, JOURNEY_SCHOOL } from '../helpers/choice-form';
import { aForm } from '../helpers/forms';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/**
 * Enrollment in the open (阳光招生) on phones: a vocational school visits a junior high only with
 * the bureau's written permit, which the junior high can check at the gate (R10); a parent reports
 * an intermediary and reads the bureau's answer (R19). The server's clock stands before the city
 * schools' visiting days (27–30 April).
 */
const NOW = '2027-04-18T10:00:00+08:00';
const stage = useProductAndPhone({ LOCAL_EMULATOR_NOW: NOW });

const JUNIOR = JOURNEY_JUNIOR;
const SCHOOL = JOURNEY_SCHOOL;
const PERMIT = '忻教招准〔2027〕012号';

// each input by the accessible name its visible label gives it
const numberField = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const visitCard = (page: Page) => page.locator('.visit-card', { hasText: JUNIOR });

test('R10: the school applies, the reviewer approves with a permit number, the school shows the permit, the junior high checks it', async () => {
  const admin = await personOnPhone(stage, '学校管理员');
  await openStaffTask(admin, '进校宣传申请');
  await tapButton(admin, '申请进校宣传');
  await admin.getByRole('button', { name: /^初中学校：/ }).tap();
  await admin.getByRole('textbox', { name: '搜索初中学校' }).fill('二中');
  await admin.getByRole('button', { name: JUNIOR }).tap();
  // the window this school may visit in is said before any day is refused, and is what the picker offers
  await admin.getByText('其他学校进校宣传时间为 2027年4月27日 至 2027年4月30日。').waitFor();
  await pickDate(admin, '日期', '2027-04-28');
  // the start is picked on the time wheel, as the day is on the date wheel
  await pickTime(admin, '开始时间', '14:00');
  // more than two hours is named under the box before anything is sent
  await numberField(admin, '时长（分钟，不超过 120）').fill('150');
  await field(admin, '来访人员').fill('赵主任（招生办）、王老师');
  await tapButton(admin, '提交申请');
  await admin.getByText('每次进校宣传不超过 2 小时').waitFor();
  await numberField(admin, '时长（分钟，不超过 120）').fill('120');
  await tapButton(admin, '提交申请');
  await visitCard(admin).getByText(`${JUNIOR} · 已申请，等待教育局审批`).waitFor();
  await visitCard(admin).getByText('2027年4月28日 14:00–16:00').waitFor();

  const reviewer = await personOnPhone(stage, '审核员');
  await openStaffTask(reviewer, '进校宣传审批');
  await visitCard(reviewer).getByText(`学校：${SCHOOL}`).waitFor();
  await visitCard(reviewer)
    .locator('.nut-button', { hasText: /^批准$/ })
    .tap();
  await field(reviewer, '准入证编号').fill(PERMIT);
  await visitCard(reviewer).locator('.nut-button', { hasText: '确认批准' }).tap();
  await visitCard(reviewer).getByText(`${JUNIOR} · 已批准`).waitFor();
  await visitCard(reviewer).getByText(`准入证编号：${PERMIT}`).first().waitFor();

  const school = await personOnPhone(stage, '学校管理员');
  await openStaffTask(school, '进校宣传申请');
  const permit = visitCard(school).locator('.permit');
  await permit.getByText('进校宣传准入证').waitFor();
  await permit.getByText(`准入证编号：${PERMIT}`).waitFor();
  await permit.getByText(/^签发：忻州市教育局/).waitFor();
  await permit.getByText('时间：2027年4月28日 14:00–16:00').waitFor();
  // the QR code is drawn on the phone, a real picture with its text alternative
  await permit.getByRole('img', { name: `准入证核验二维码：${PERMIT}` }).waitFor();
  await school.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.permit-qr img, img.permit-qr');
    return Boolean(img && img.complete && img.naturalWidth > 0);
  });
  const link = (await permit.locator('.permit-link').innerText()).trim();
  expect(link).toMatch(/\/family\/pages\/permit\/index\?code=[\w%-]+$/);
  // the 核验码 printed for reading aloud: twelve characters without look-alikes, in groups of four
  const printed = (await permit.getByText(/^核验码：/).innerText()).replace('核验码：', '').trim();
  expect(printed).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);

  const teacher = await personOnPhone(stage, '初中老师');
  await openStaffTask(teacher, '进校宣传日程');
  await visitCard(teacher).getByText(`${JUNIOR} · 已批准`).waitFor();
  await visitCard(teacher).getByText(`学校：${SCHOOL}`).waitFor();
  // the junior high never holds the code itself: it checks by opening what the school shows
  expect(await visitCard(teacher).locator('.permit').count()).toBe(0);
  await teacher.goto(link);
  await teacher.locator('.verdict-word', { hasText: '不是今天' }).waitFor();
  await teacher.getByText('准入证真实，但批准的日期是 2027-04-28，不是今天。').waitFor();
  await teacher.getByText(`准入证编号：${PERMIT}`).waitFor();
  await teacher.getByText('时间：2027-04-28 14:00–16:00').waitFor();

  // a code nobody issued
  await teacher.goto(link.replace(/code=.*$/, 'code=not-a-permit'));
  await teacher.locator('.verdict-word', { hasText: '查无此证' }).waitFor();

  // a clerk without a scanner types the printed code from 我的, however it comes out
  await teacher.goto(new URL('/pages/mine/index', link).toString());
  await teacher.locator('.nut-cell', { hasText: '核验进校宣传准入证' }).tap();
  await tapButton(teacher, '核验');
  await teacher.getByText('请填写准入证上的核验码').waitFor();
  await field(teacher, '核验码').fill(` ${printed.toLowerCase().replace(/-/g, ' ')} `);
  await tapButton(teacher, '核验');
  await teacher.locator('.verdict-word', { hasText: '不是今天' }).waitFor();
  await teacher.getByText(`准入证编号：${PERMIT}`).waitFor();
});

test('R19: a parent reports an intermediary; the bureau admin starts, resolves and replies; the parent reads the reply', async () => {
  const parent = await personOnPhone(stage, '家长');
  // the phone's calendar reads the server's day (only the server's clock was moved): the date picker offers days up to today
  await parent.context().clock.setSystemTime(new Date(NOW));
  await openTab(parent, '我的', '/pages/mine/index');
  await parent.locator('.nut-cell', { hasText: '举报违规招生' }).tap();
  await tapButton(parent, '提交举报');
  await parent.getByText('请选择举报类型').waitFor();
  await parent.locator('.chip', { hasText: '中介招生或有偿介绍生源' }).tap();
  await field(parent, '涉及的学校或机构（选填）').fill('忻州某某教育咨询公司');
  await pickDate(parent, '发生日期（选填）', '2027-04-15');
  await field(parent, '发生了什么').fill('有人在初中门口发传单，称交三千元可以保送进中职学校的热门专业。');
  await parent.getByText(/^已写 3\d \/ 500 字$/).waitFor();
  await parent.locator('.check', { hasText: '不向学校透露我的身份' }).tap();
  await tapButton(parent, '提交举报');
  await parent.getByText('举报已收到').waitFor();
  // a receipt short enough to read out, found again in 我的举报
  const receipt = (
    (await parent
      .getByText(/^回执编号：JB\d{6}-[A-Z0-9]{4}$/)
      .first()
      .textContent()) ?? ''
  ).replace('回执编号：', '');
  const mine = parent.locator('.report-mine', { hasText: '忻州某某教育咨询公司' });
  await mine.getByText(`回执编号：${receipt}`).waitFor();
  await mine.getByText('中介招生或有偿介绍生源 · 已收到，等待处理').waitFor();
  await mine.getByText('教育局尚未答复').waitFor();

  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '举报处理');
  // the parent reads the receipt out over the phone; the clerk types it as heard
  await field(bureau, '按回执编号查找').fill(receipt.toLowerCase().replace('-', ' '));
  await bureau.getByText('共 1 件').waitFor();
  const card = bureau.locator('.report-card', { hasText: '忻州某某教育咨询公司' });
  await card.getByText(`回执编号：${receipt}`).waitFor();
  await card.getByText(/要求不向学校透露身份$/).waitFor();
  await card.locator('.nut-button', { hasText: '开始调查' }).tap();
  await card.getByText('中介招生或有偿介绍生源 · 正在调查').waitFor();
  await card.locator('.nut-button', { hasText: '处理完毕' }).tap();
  await field(bureau, '调查结果').fill('经查属实，已责令该公司停止招生中介活动，并通报相关学校。');
  await field(bureau, '给举报人的答复').fill('感谢您的举报，经查属实，已依规处理。');
  await card.locator('.nut-button', { hasText: '提交处理结果' }).tap();
  await card.getByText('中介招生或有偿介绍生源 · 已处理').waitFor();
  expect(await card.locator('.nut-button').count()).toBe(0);

  const again = await personOnPhone(stage, '家长');
  await openTab(again, '我的', '/pages/mine/index');
  await again.locator('.nut-cell', { hasText: '举报违规招生' }).tap();
  const answered = again.locator('.report-mine', { hasText: '忻州某某教育咨询公司' });
  await answered.getByText('中介招生或有偿介绍生源 · 已处理').waitFor();
  await answered.getByText('教育局答复：感谢您的举报，经查属实，已依规处理。').waitFor();
});

test('R7, R6: the ID number was used first from another WeChat; the family asks the bureau to check; the bureau admin voids that form; the family sees the outcome', async () => {
  // someone else's phone files a form for 李明 first (the same ID number as below)
  const other = await personOnPhone(stage, '家长');
  const filed = await other.evaluate(
    async (body) =>
      (await fetch('/functions/choiceSubmit', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json() as Promise<{ ok: boolean }>,
    JSON.stringify(aForm()),
  );
  expect(filed.ok).toBe(true);

  const student = await personOnPhone(stage, '学生');
  await fillAndSubmitChoiceForm(student);
  await confirmDialog(student);
  const request = student.locator('.dispute-request');
  await request.getByText(/请申请教育局核查。$/).waitFor();
  await tapButton(student, '申请教育局核查');
  await request.getByText('将为身份证号 110105201103151236 申请核查，教育局会与您联系。').waitFor();
  await field(student, '情况说明').fill('我们从未提交过志愿，不知道是谁用了孩子的身份证号。');
  await tapButton(student, '提交核查申请');
  await request.getByText(/^核查申请已提交：已提交，等待教育局核查。/).waitFor();

  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '身份核查申请');
  const card = bureau.locator('.dispute-card', { hasText: '我们从未提交过志愿' });
  await card.getByText(`学生 李明 · ${JUNIOR} · 有效`).waitFor();
  await card.getByText('申请人电话：13800001234').waitFor();
  await field(bureau, '核查结论').fill('经电话核实，先提交的志愿表系他人冒用身份证号提交。');
  await card.locator('.nut-button', { hasText: '作废该志愿表' }).tap();
  await confirmDialog(bureau);
  // decided once: it leaves the open requests
  await bureau.getByText('暂无核查申请').waitFor();
  await bureau.locator('.chip', { hasText: '已作废' }).tap();
  await bureau
    .locator('.dispute-card', { hasText: '经电话核实' })
    .getByText(/^裁决：/)
    .waitFor();

  const family = await personOnPhone(stage, '学生');
  await openTab(family, '我的', '/pages/mine/index');
  await family.locator('.nut-cell', { hasText: '我的志愿' }).tap();
  const mine = family.locator('.dispute-mine');
  await mine.getByText('核查属实，他人提交的志愿表已作废，您现在可以填报').waitFor();
  await mine.getByText('教育局核查结论：经电话核实，先提交的志愿表系他人冒用身份证号提交。').waitFor();
});
