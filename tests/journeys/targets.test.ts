import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openStaffTask, signInAs, tapButton } from '../helpers/browser';
import { aForm } from '../helpers/forms';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/**
 * R11 on phones: the bureau splits a district's sending total among its junior highs and follows
 * the districts, junior highs and schools on the dashboard; the ranking leaves as a spreadsheet.
 * The server's clock stands inside the choice window, so a student can submit a form.
 */
// The plain demo (no season under way), so one form is exactly the journey's one.
const stage = useProductAndPhone({ LOCAL_EMULATOR_NOW: '2027-04-15T10:00:00+08:00' });

/** A clerk's phone is 390 px wide: nothing may push the page sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/**
 * Waits until the chart's real <canvas> (inside Taro's H5 canvas element) has at least `min`
 * painted pixels: F2 paints a frame after it renders.
 */
async function waitForPaintedChart(page: Page, min: number): Promise<void> {
  await page.waitForFunction((least) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[id^="bar-chart-"] canvas, canvas[id^="bar-chart-"]');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted += 1;
    return painted >= least;
  }, min);
}

test('R11: the bureau admin sets a junior high’s target, sees the sum 20 short of the total as she types, saves; a target above the graduates is named under its row', async () => {
  const admin = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(admin, '送培目标');
  await admin.locator('.chip', { hasText: /^忻府区$/ }).tap();
  await admin.getByText('各初中（12 所）').waitFor();
  await admin.locator('.nut-cell', { hasText: '全区送培总目标' }).getByText('2000 人').waitFor();
  await admin.getByText('各初中送培目标合计 2000 人，与全区送培总目标一致。').waitFor();

  // each box is found by its accessible name: the school's name and the box's visible caption
  const target = admin.getByRole('spinbutton', { name: '忻州市第二中学初中部 送培目标', exact: true });
  await expect(target.inputValue()).resolves.toBe('330');
  await target.fill('310');
  await admin.getByText('各初中送培目标合计 1980 人，比全区送培总目标 2000 人少 20 人。').waitFor();
  await expectNoSidewaysScroll(admin);
  await tapButton(admin, '保存送培目标');
  await admin.getByText('已保存').waitFor();
  // the page now shows what the server holds
  await admin.reload();
  await admin.locator('.chip', { hasText: /^忻府区$/ }).tap();
  await admin.getByText('各初中（12 所）').waitFor();
  await expect(admin.getByRole('spinbutton', { name: '忻州市第二中学初中部 送培目标', exact: true }).inputValue()).resolves.toBe('310');
  await admin.getByText(/少 20 人/).waitFor();

  await admin.getByRole('spinbutton', { name: '忻州市第六中学 送培目标', exact: true }).fill('500');
  await tapButton(admin, '保存送培目标');
  await admin.locator('.targets-row', { hasText: '忻州市第六中学' }).getByText('送培目标不能超过毕业生人数（480 人）').waitFor();
  expect(await admin.locator('.targets-row', { hasText: '忻州市第二中学初中部' }).locator('.field-error').count()).toBe(0);
});

test('R11: two clerks change the same district at once; the second is told it changed meanwhile and reloads the latest figures', async () => {
  const first = await personOnPhone(stage, '教育局管理员');
  const second = await personOnPhone(stage, '教育局管理员');
  for (const clerk of [first, second]) {
    await openStaffTask(clerk, '送培目标');
    await clerk.locator('.chip', { hasText: /^原平市$/ }).tap();
    await clerk.getByText('2027 年 · 原平市').waitFor();
  }
  const box = (clerk: Page) => clerk.getByRole('spinbutton', { name: '原平市第一中学初中部 送培目标', exact: true });
  await box(first).fill('90');
  await tapButton(first, '保存送培目标');
  await first.getByText('已保存').waitFor();

  await box(second).fill('95');
  await tapButton(second, '保存送培目标');
  await second.getByText('这个区县的送培目标刚刚被他人修改过，请刷新后在最新数据上修改。').waitFor();
  await tapButton(second, '重新加载最新数据');
  // the first clerk's figure replaces the second's unsaved one, and the warning goes
  await second.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="juniors.junior-yp-1.sendingTarget"]')?.value === '90');
  await second.getByText('这个区县的送培目标刚刚被他人修改过', { exact: false }).waitFor({ state: 'detached' });
});

test('R11: a reviewer reads the target sheet but has no boxes to change it', async () => {
  const reviewer = await personOnPhone(stage, '审核员');
  await openStaffTask(reviewer, '送培目标（查看）');
  await reviewer.getByText('您可以查看送培目标；修改由市教育局管理员进行。').waitFor();
  expect(await reviewer.locator('.targets-input').count()).toBe(0);
  expect(await reviewer.locator('.nut-button', { hasText: '保存送培目标' }).count()).toBe(0);
});

test('R11: a submitted form shows on the dashboard for its junior high; the chart is drawn, its numbers are in a table, and the ranking downloads as .xlsx', async () => {
  // A student submits a form (through the same function the form page calls) from 忻州市第二中学初中部.
  const student = await (await stage.phone.another()).newPage();
  await signInAs(student, stage.product.url, '学生');
  const submitted = await student.evaluate(async (form) => {
    const res = await fetch('/functions/choiceSubmit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(form) });
    return (await res.json()) as { ok: boolean; error?: { message: string } };
  }, aForm());
  expect(submitted).toEqual(expect.objectContaining({ ok: true }));

  const admin = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(admin, '招生工作看板');
  await admin.locator('.chip', { hasText: /^忻府区$/ }).tap();
  // the city's figures stay until the district's arrive
  await admin.getByText(/^2027 年 · 忻府区 · 统计时间/).waitFor();
  const card = admin.locator('.dash-card', { hasText: '忻府区 · 12 所初中' });
  await card.getByText(/^送培总目标 2000 人/).waitFor();
  await card.getByText(/^已提交志愿 1 人/).waitFor();
  await card.getByText(/^已录取 0 人 · 已报到 0 人/).waitFor();
  // the 45 % verdict is in words, not colour alone
  await card.getByText(/^报读中职比例：✗ 未达到 45%/).waitFor();

  // F2 paints a frame after it renders: wait for pixels
  await waitForPaintedChart(admin, 2000);
  // the city's 14 junior highs, then the district's 12: the drawing follows the chart's new height
  const fits = await admin.evaluate(() => {
    const canvas = document.querySelector('[id^="bar-chart-"] canvas');
    const box = canvas?.parentElement?.getBoundingClientRect();
    return box !== undefined && canvas !== null && Math.abs(canvas.getBoundingClientRect().height - box.height) < 1;
  });
  expect(fits).toBe(true);
  await tapButton(admin, '查看数据表');
  const table = admin.getByRole('table', { name: /志愿完成率与送培完成率/ });
  const row = table.getByRole('row', { name: /忻州市第二中学初中部/ });
  await expect(row.getByRole('cell').nth(1).textContent()).resolves.toMatch(/^1 \/ \d+$/);
  await expect(
    table
      .getByRole('row', { name: /忻州市第六中学/ })
      .getByRole('cell')
      .nth(1)
      .textContent(),
  ).resolves.toBe('0 / 255');
  await admin
    .locator('.dash-rank-row', { hasText: '忻州市第二中学初中部' })
    .getByText(/志愿 1 · 录取 0 · 报到 0/)
    .waitFor();
  await expectNoSidewaysScroll(admin);

  const download = admin.waitForEvent('download');
  await tapButton(admin, '导出排名表（Excel）');
  const file = await download;
  expect(file.suggestedFilename()).toBe('2027年忻府区初中送培完成情况排名.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  expect(sheet?.getRow(1).getCell(1).value).toBe('2027年忻府区初中学校送培目标完成情况排名');
  const rows: unknown[][] = [];
  sheet?.eachRow((r) => rows.push(r.values as unknown[]));
  const second = rows.find((values) => values.includes('忻州市第二中学初中部'));
  // columns: 名次, 初中学校, 区县, 毕业生人数, 送培目标, 已提交志愿 (exceljs counts from 1)
  expect(second?.[6]).toBe(1);
});
