import ExcelJS from 'exceljs';
import { field, openStaffTask, openTab, pickDate, tapButton } from '../helpers/browser';
import { confirmDialog, fillAndSubmitChoiceForm, JOURNEY_SCHOOL } from '../helpers/choice-form';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/**
 * The season after the choice (R25, R24, R15, R12): in April the family submits; in July the school
 * admits the student to a major within its plan, with what to do next, and the family reads it in
 * 我的志愿; the school records 报到 and exports the registration sheet; in August it submits the
 * monthly table, which the bureau downloads. The server's clock moves between the months (the
 * product restarts on the same database).
 */
const stage = useProductAndPhone({ LOCAL_EMULATOR_NOW: '2027-04-15T10:00:00+08:00' });

test('R25, R24, R14, R15, R12: the school admits the student within the plan and publishes the masked list; the family reads the admission and what to bring; the school records 报到, exports the registration sheet and submits the August table, which the bureau downloads', async () => {
  const student = await personOnPhone(stage, '学生');
  await fillAndSubmitChoiceForm(student);
  await student.getByText('李明 · 有效').waitFor();

  await stage.restartAt('2027-07-10T10:00:00+08:00');
  const admin = await personOnPhone(stage, '学校管理员');
  await openStaffTask(admin, '按专业录取');
  await admin.getByText('录取时间：2027-06-01 至 2027-10-31').waitFor();
  await admin.locator('.chip', { hasText: /^计算机应用$/ }).tap();
  await admin.getByText(/计算机应用：1 名报考，剩余 \d+ 个名额/).waitFor();
  // the applicants are found by name or junior high as typed
  await field(admin, '按姓名或毕业初中查找').fill('李');
  await admin.getByText('找到 1 名（共 1 名报考）').waitFor();
  await admin.locator('.check', { hasText: '李明 · 第 1 志愿 · 忻州市第二中学初中部' }).tap();
  await pickDate(admin, '报到日期', '2027-08-28');
  await field(admin, '报到地点').fill('学校报到处（教学楼一层）');
  // R16: where tuition is exempt the notice may not ask for it — said under its box before any confirmation asks
  await field(admin, '需携带的材料').fill('录取通知书、户口簿、学费 3000 元');
  await tapButton(admin, '录取所选（1 人）');
  await admin.getByText(/不能要求缴纳学费/).waitFor();
  expect(await admin.getByText('确认录取', { exact: true }).count()).toBe(0);
  await field(admin, '需携带的材料').fill('录取通知书、户口簿、一寸照片四张');
  // the reason goes as soon as the box is right, before 录取 is tapped again
  await admin.getByText(/不能要求缴纳学费/).waitFor({ state: 'detached' });
  await tapButton(admin, '录取所选（1 人）');
  await confirmDialog(admin);
  await admin.getByText('李明 · 第 1 志愿 · 已录取（本专业）').waitFor();
  // the plan's figures in labelled columns: 计划, 已录取, 剩余
  await admin.locator('.admission-major', { hasText: '计算机应用' }).locator('.figure-cell-number:nth-child(3)', { hasText: /^1$/ }).waitFor();

  // R14: the school publishes the major's list; anyone reads it from the brochure, the name masked
  const publisher = await personOnPhone(stage, '学校管理员');
  await openStaffTask(publisher, '录取名单公示');
  const computing = publisher.locator('.work-card', { hasText: '计算机应用' });
  await computing.getByText('现已录取 1 人（含已报到）').waitFor();
  await computing.locator('.nut-button', { hasText: '发布录取名单' }).tap();
  await confirmDialog(publisher);
  await computing.getByText(/最新名单：第 1 版，.* 由赵主任发布，共 1 人/).waitFor();
  const visitor = await personOnPhone(stage);
  await openTab(visitor, '招生简章', '/pages/brochures/index');
  await visitor.locator('.card', { hasText: JOURNEY_SCHOOL }).first().tap();
  await tapButton(visitor, '录取名单公示');
  await visitor.getByText('李*', { exact: true }).waitFor();
  expect(await visitor.getByText('李明').count()).toBe(0);

  const family = await personOnPhone(stage, '学生');
  await openTab(family, '我的', '/pages/mine/index');
  await family.locator('.nut-cell', { hasText: '我的志愿' }).tap();
  const card = family.locator('.admission-card', { hasText: JOURNEY_SCHOOL });
  await card.getByText(`${JOURNEY_SCHOOL} · 计算机应用 · 已录取`).waitFor();
  await card.getByText('报到日期：2027年8月28日').waitFor();
  await card.getByText('请携带：录取通知书、户口簿、一寸照片四张').waitFor();
  await family.getByText('查看资助政策（免学费、国家助学金）').waitFor();
  // R28: what the school recorded, with the way to report a school never chosen
  await family
    .locator('.school-records', { hasText: `${JOURNEY_SCHOOL}记录：计算机应用专业录取` })
    .getByText('举报未报考的学校')
    .waitFor();

  // 报到, from the lead
  const desk = await personOnPhone(stage, '学校管理员');
  await openStaffTask(desk, '本校生源线索');
  await desk.locator('.nut-cell', { hasText: '李明 · 已录取' }).tap();
  await desk.locator('.section-title', { hasText: '录取专业：计算机应用' }).waitFor();
  // the admission is the newest line of the lead's history, with its note
  await desk.getByRole('list', { name: '历史' }).getByRole('listitem').first().getByText('录取专业：计算机应用').waitFor();
  await tapButton(desk, '已报到');
  await desk.getByText('李明 · 已报到').waitFor();

  const registrar = await personOnPhone(stage, '学校管理员');
  await openStaffTask(registrar, '学籍注册');
  await registrar.locator('.nut-cell', { hasText: '待注册' }).getByText('1').waitFor();
  const download = registrar.waitForEvent('download');
  await tapButton(registrar, '导出学籍注册表');
  const file = await download;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const names = book.worksheets.map((w) => w.name);
  expect(names[0]).toBe('汇总');
  expect(names).toContain('计算机应用');
  const sheet = book.getWorksheet('计算机应用');
  const cells = (sheet?.getSheetValues() ?? []).flat().map(String);
  expect(cells).toEqual(expect.arrayContaining(['李明', '110105201103151236']));

  // August: the school submits its monthly table (R12); the bureau sees it and downloads it
  await stage.restartAt('2027-08-20T10:00:00+08:00');
  const preparer = await personOnPhone(stage, '学校管理员');
  await openStaffTask(preparer, '招生情况月报');
  await preparer.locator('.chip', { hasText: /^8月$/ }).tap();
  await preparer.getByText(/尚未提交，下面是截至/).waitFor();
  await field(preparer, '填表人').fill('赵主任');
  await field(preparer, '联系电话').fill('13800009876');
  await tapButton(preparer, '提交8月统计表');
  await confirmDialog(preparer);
  await preparer.getByText(/^已于 .* 由赵主任提交/).waitFor();

  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '招生情况月报（汇总）');
  await bureau.locator('.chip', { hasText: /^8月$/ }).tap();
  const unit = bureau.locator('.mr-unit', { hasText: JOURNEY_SCHOOL });
  await unit.getByText(/由赵主任提交；填表人 赵主任 13800009876/).waitFor();
  const report = bureau.waitForEvent('download');
  await unit.locator('.nut-button', { hasText: '下载 Excel' }).tap();
  const table = new ExcelJS.Workbook();
  await table.xlsx.readFile(await (await report).path());
  const front = table.worksheets[0];
  expect(front?.getCell('A1').text).toBe('2027年8月中等职业学校招生情况统计表');
  expect((front?.getSheetValues() ?? []).flat().map(String)).toEqual(expect.arrayContaining(['计算机应用']));

  // The bureau finds a mistake and sends the table back with a reason; the school reads why and by when
  await unit.locator('.nut-button', { hasText: '退回更正' }).tap();
  await field(bureau, '退回原因').fill('计算机应用专业的报到人数有误');
  await tapButton(bureau, `退回给${JOURNEY_SCHOOL}`);
  await confirmDialog(bureau);
  await unit.getByText(/已退回（.*计算机应用专业的报到人数有误），待 2027-08-27 前重新提交/).waitFor();
  await preparer.reload();
  await preparer.locator('.chip', { hasText: /^8月$/ }).tap();
  await preparer.getByText(/退回了已提交的表：计算机应用专业的报到人数有误。请更正后在 2027-08-27 前重新提交/).waitFor();
  await preparer.locator('.nut-button', { hasText: '提交8月统计表' }).waitFor();
});
