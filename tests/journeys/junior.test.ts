import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openStaffTask, openTab, signInAs, tapButton } from '../helpers/browser';
import { confirmDialog, fillAndSubmitChoiceForm, JOURNEY_JUNIOR, JOURNEY_SCHOOL } from '../helpers/choice-form';
import { personOnPhone, useProductAndPhone, type JourneyStage } from '../helpers/journey';

/**
 * The junior high's side of the season on phones: its teacher hands out the letter as a poster
 * with the school's 小程序码 (R17, R23); a family who opens the product from it submits a form that
 * counts for that junior high; the student asks to start early at a vocational school, and both
 * schools confirm it (R8); the bureau sees the list. The server's clock stands inside the choice
 * window and after the season's first day of early study (1 May); for the sending statistics (R13),
 * which open with admission (1 June), it moves to June (the product restarts on the same database).
 */
const NOW = '2027-05-10T10:00:00+08:00';
const ADMISSION_OPEN = '2027-06-10T10:00:00+08:00';
const stage = useProductAndPhone({ LOCAL_EMULATOR_NOW: NOW });

/** The scene the poster's code carries for 忻州市第二中学初中部, as WeChat hands it over (encoded). */
const SCENE = 'j%3Djunior-xz-2';
const JUNIOR = JOURNEY_JUNIOR;
const SCHOOL = JOURNEY_SCHOOL;

/**
 * A family's phone whose clock reads the same day as the server's (a phone's clock is right; only
 * the server's was moved for the journey). The phone uses its clock only to decide whether to offer
 * a button; the server decides with its own.
 */
async function familyPhone(s: JourneyStage, label: string): Promise<Page> {
  const context = await s.phone.another();
  await context.clock.setSystemTime(new Date(NOW));
  const page = await context.newPage();
  await signInAs(page, s.product.url, label);
  return page;
}

/** The request's card on a staff page. */
const card = (page: Page) => page.locator('.early-card', { hasText: '李明' });

test('R17, R23: the junior-high teacher opens 招生宣传海报 and sees the letter with the school’s 小程序码', async () => {
  const teacher = await personOnPhone(stage, '初中老师');
  await openStaffTask(teacher, '招生宣传海报');
  const code = teacher.getByRole('img', { name: `小程序码：微信扫一扫进入中职招生服务（${JUNIOR}）` });
  await code.waitFor();
  // the code is a real picture, drawn and shown, not a broken image
  await teacher.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.poster-code-image img, img.poster-code-image');
    return Boolean(img && img.complete && img.naturalWidth > 0);
  });
  const poster = teacher.locator('#poster');
  await poster.getByText('致全市初中毕业生及家长的一封信（2027年）').waitFor();
  await poster.getByText(/咨询电话：市教育局职成教科 0350-2020099/).waitFor();
  await poster.locator('.poster-school', { hasText: JUNIOR }).waitFor();
});

test('R23, R8: a family opens the product from the poster’s link, submits the form, and asks for early study in 我的志愿', async () => {
  const student = await familyPhone(stage, '学生');
  // the poster's code opens the home page with its scene (H5: the address's query)
  await student.goto(`${stage.product.url}/pages/home/index?scene=${SCENE}`);
  await student.getByText('份招生简章已审查备案').waitFor();
  expect(await student.evaluate(() => localStorage.getItem('poster-attribution'))).toContain('junior-xz-2');
  await fillAndSubmitChoiceForm(student);
  await student.getByText('李明 · 有效').waitFor();

  const early = student.locator('.early-study');
  await early.getByText('提前到中职学校学习').waitFor();
  await tapButton(student, `申请到${SCHOOL}提前学习`);
  await confirmDialog(student);
  await early.getByText(`${SCHOOL} · 计算机应用：等待两校确认`).waitFor();
  await early.getByText(`初中学校（${JUNIOR}）：待确认`).waitFor();
  await early.getByText(`中职学校（${SCHOOL}）：待确认`).waitFor();
  // one request stands at a time: nothing more to ask for
  expect(await student.locator('.nut-button', { hasText: '提前学习' }).count()).toBe(0);
});

test('R8: the junior high confirms, then the school; the family sees 两校均已确认; the bureau sees the request and exports the list', async () => {
  const teacher = await personOnPhone(stage, '初中老师');
  await openStaffTask(teacher, '本校学生情况');
  // the junior page's link carries the count (the workbench's own link stays in the page stack)
  const link = teacher.locator('.nut-cell', { hasText: '待确认 1 项 · 已确认 0 项' });
  await link.getByText('提前学习确认').waitFor();
  await link.tap();
  await card(teacher).getByText(`${JUNIOR} → ${SCHOOL} · 计算机应用`).waitFor();
  // a decline needs its reason: the box is named by its visible label
  await card(teacher).locator('.nut-button', { hasText: '不同意' }).tap();
  await card(teacher).getByRole('textbox', { name: '不同意的原因' }).waitFor();
  await card(teacher).locator('.nut-button', { hasText: '提交不同意' }).tap();
  await card(teacher).getByText('请填写不同意的原因').waitFor();
  await card(teacher).locator('.nut-button', { hasText: '返回' }).tap();
  await card(teacher)
    .locator('.nut-button', { hasText: /^确认$/ })
    .tap();
  await confirmDialog(teacher);
  await card(teacher)
    .getByText(/^初中学校（忻州市第二中学初中部）：已确认（郭老师，5月10日 \d\d:\d\d）$/)
    .waitFor();
  await card(teacher).getByText(`中职学校（${SCHOOL}）：待确认`).waitFor();
  expect(await card(teacher).locator('.nut-button').count()).toBe(0);

  const admin = await personOnPhone(stage, '学校管理员');
  await openStaffTask(admin, '提前学习确认');
  await card(admin).getByText('李明 · 等待两校确认').waitFor();
  await card(admin)
    .locator('.nut-button', { hasText: /^确认$/ })
    .tap();
  await confirmDialog(admin);
  await card(admin).getByText('李明 · 两校均已确认').waitFor();
  await card(admin)
    .getByText(/^中职学校（忻州市职业技术学校）：已确认（赵主任，/)
    .waitFor();

  const student = await familyPhone(stage, '学生');
  await openTab(student, '我的', '/pages/mine/index');
  await student.locator('.nut-cell', { hasText: '我的志愿' }).tap();
  await student.locator('.early-study').getByText(`${SCHOOL} · 计算机应用：两校均已确认`).waitFor();

  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '提前学习名单');
  await card(bureau).getByText('李明 · 两校均已确认').waitFor();
  // the bureau reads; it answers nothing
  expect(await card(bureau).locator('.nut-button').count()).toBe(0);
  await bureau.locator('.chip', { hasText: '两校均已确认' }).tap();
  await bureau.getByText('共 1 项').waitFor();
  const [download] = await Promise.all([bureau.waitForEvent('download'), tapButton(bureau, '导出名单（Excel）')]);
  expect(download.suggestedFilename()).toBe('2027年提前学习学生名单.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])));
  expect(cells).toEqual(expect.arrayContaining(['李明']));
});

test('R23: the form counts for 忻州市第二中学初中部, one of them through its poster', async () => {
  const teacher = await personOnPhone(stage, '初中老师');
  await openStaffTask(teacher, '本校学生情况');
  await teacher.locator('.nut-cell', { hasText: '已填报中职志愿' }).getByText('1 人').waitFor();
  await teacher.locator('.nut-cell', { hasText: '经本校海报填报' }).getByText('1 人').waitFor();
  await teacher.locator('.figure-row', { hasText: SCHOOL }).waitFor();
  // counts only: the teacher's page names no student (R23)
  expect(await teacher.getByText('李明').count()).toBe(0);

  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '招生工作看板');
  await bureau
    .locator('.dash-rank-row', { hasText: JUNIOR })
    .getByText(/志愿 1（经海报 1） ·/)
    .waitFor();
});

test('R13: before admission opens the school admin is told from when; then submits the sending statistics once; the junior high reads its line; the bureau sees who has submitted', async () => {
  const early = await personOnPhone(stage, '学校管理员');
  await openStaffTask(early, '送培统计反馈');
  await early.getByText('尚未提交。下面是现在的数字：').waitFor();
  await early.getByText('由学校管理员提交，2027-06-01（录取开始）起可以提交。').waitFor();
  expect(await early.locator('.nut-button', { hasText: '提交' }).count()).toBe(0);

  await stage.restartAt(ADMISSION_OPEN);
  const admin = await personOnPhone(stage, '学校管理员');
  await openStaffTask(admin, '送培统计反馈');
  await admin.getByText('尚未提交。下面是现在的数字：').waitFor();
  await admin.locator('.figure-row', { hasText: JUNIOR }).waitFor();
  expect(await admin.locator('.figure-row', { hasText: JUNIOR }).locator('.figure-cell-number').allTextContents()).toEqual(['1', '0', '0']);
  await tapButton(admin, '提交');
  await admin.getByText(/提交后各初中学校和教育局看到的是现在的数字，不能再修改/).waitFor();
  await confirmDialog(admin);
  await admin.getByText(/^已于 2027年6月10日 \d\d:\d\d 由赵主任提交。/).waitFor();
  expect(await admin.locator('.nut-button', { hasText: '提交' }).count()).toBe(0);

  const teacher = await personOnPhone(stage, '初中老师');
  await openStaffTask(teacher, '本校学生情况');
  const line = teacher.locator('.figure-row', { hasText: `${SCHOOL}（2027年6月10日提交）` });
  await line.waitFor();
  expect(await line.locator('.figure-cell-number').allTextContents()).toEqual(['1', '0', '0']);

  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '送培统计提交情况');
  await bureau
    .locator('.figure-row', { hasText: SCHOOL })
    .getByText(/^2027年6月10日 \d\d:\d\d提交，1 所初中$/)
    .waitFor();
  await bureau.getByText(/已提交 1 所（其中逾期 0 所），未提交 \d+ 所。/).waitFor();
});
