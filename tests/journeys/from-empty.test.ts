import type { Page } from 'playwright-core';
import { importColumns } from '../../shared/registry-import';
import { juniorColumns } from '../../shared/junior-registry';
import { openTab, tapButton } from '../helpers/browser';
import { confirmDialog, fillAndSubmitChoiceForm, JOURNEY_JUNIOR, JOURNEY_SCHOOL } from '../helpers/choice-form';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';
import { invite, redeem } from '../helpers/staff-codes';
import { xlsx } from '../helpers/sheets';

/**
 * R27: a new city, from an empty environment to a family's form in a school's leads, through the
 * product's pages alone — nobody writes to the database but the product's actions. The emulator
 * counts every document write made outside an invocation (emulator/db/round-trips.ts); after the
 * deployment issued the setup code (`npm start` with LOCAL_EMPTY=1 prints it, as `npm run setup`
 * would), the count never moves.
 */
const stage = useProductAndPhone({ LOCAL_EMPTY: '1', LOCAL_EMULATOR_NOW: '2027-04-15T10:00:00+08:00' });

const SCHOOL_DISTRICT = '忻府区';

async function outsideWrites(): Promise<number> {
  const answer = (await (await fetch(`${stage.product.url}/dev/outside-writes`)).json()) as { writes: number };
  return answer.writes;
}

/** The setup code the empty environment prints once it serves (it is printed just after the address). */
async function printedSetupCode(): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 200) {
    const code = /初始设置码[^\n]*\n\s*\n\s*([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})/.exec(stage.product.output())?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the empty environment printed no setup code:\n${stage.product.output()}`);
}

/** Back to the workbench (a task page has no tab bar) and into another of its tasks. */
async function task(page: Page, name: string): Promise<void> {
  await page.goto(`${stage.product.url}/staff/pages/index/index`);
  await page.locator('.nut-cell', { hasText: name }).tap();
}

async function importSheet(page: Page, fileName: string, rows: Array<Array<string | number>>, previewSays: RegExp, kind?: string): Promise<void> {
  if (kind) await page.locator('.chip', { hasText: kind }).tap();
  const chooser = page.waitForEvent('filechooser');
  await tapButton(page, '选择表格并预览');
  const buffer = Buffer.from(await xlsx(rows), 'base64');
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByText(previewSays).waitFor();
  await tapButton(page, '确认导入');
  await page.getByText('已导入').waitFor();
}

test('R27: empty environment → setup code → city → season → registries → letter → reviewer and school admin → brochure approved → a family reads the letter and submits → a recruiter sees the lead, with no database write outside the product', async () => {
  const setupCode = await printedSetupCode();
  const writesAfterSetup = await outsideWrites();
  // the count sees writes from outside: the setup code's own, made with the deployment's credentials
  expect(writesAfterSetup).toBeGreaterThan(0);

  // a family who opens the product before anything is set is told it has not started
  const early = await personOnPhone(stage);
  await early.getByText('本市今年的中职招生工作还没有开始，请留意教育局的通知。').first().waitFor();

  // the first bureau admin, by the setup code
  const bureau = await personOnPhone(stage);
  await redeem(bureau, setupCode, /您已成为.*的教育局管理员/);

  // the city, its bureau and its district
  await bureau.locator('.nut-cell', { hasText: '城市与区县' }).tap();
  await bureau.locator('input[name="name"]').fill('忻州市');
  await bureau.locator('input[name="bureauName"]').fill('忻州市教育局');
  await bureau.locator('input[name="signature"]').fill('忻州市教育局');
  await bureau.locator('input[name="district-0-name"]').fill(SCHOOL_DISTRICT);
  await tapButton(bureau, '保存');
  await bureau.getByText('已保存').waitFor();

  // the first season, from the usual months
  await task(bureau, '招生季设置');
  await bureau.getByText('本市还没有招生季').waitFor();
  await tapButton(bureau, '开启 2027 年度招生季');
  await confirmDialog(bureau);
  await bureau.getByText('当前执行中的招生年度。').waitFor();

  // the schools' registry and its filed majors, then the junior highs', each from a spreadsheet
  await task(bureau, '学校名录与专业备案');
  await importSheet(
    bureau,
    '招生资质名单.xlsx',
    [[...importColumns.schools], [JOURNEY_SCHOOL, '区县属', SCHOOL_DISTRICT, '忻府区和平街 1 号', '0350-3999999', 2027, '有', '通过', '晋教职〔2027〕12号']],
    /新增 1 条/,
  );
  await importSheet(
    bureau,
    '备案专业.xlsx',
    [[...importColumns.majors], [JOURNEY_SCHOOL, SCHOOL_DISTRICT, '计算机应用', '信息技术类', 3, '三年制', '是', '晋职专备001']],
    /新增 1 条/,
    '专业备案名单',
  );
  await task(bureau, '初中名录');
  await importSheet(bureau, '初中名录.xlsx', [[...juniorColumns], [JOURNEY_JUNIOR, SCHOOL_DISTRICT, '1140902001']], /新增 1 条/);
  await bureau.getByText('共 1 所初中').waitFor();

  // the year's letter, written from blank and published
  await task(bureau, '致家长的一封信');
  await bureau.getByText('还没有写过一封信，请逐项填写。').waitFor();
  await bureau.getByRole('textbox', { name: '正文（每一行是一段）' }).fill('读中职，学技能，一样有好前途。\n报了中职就不能同时报普通高中。');
  await bureau.locator('input[name="contacts.0.name"]').fill('市教育局职成教科');
  await bureau.locator('input[name="contacts.0.phone"]').fill('0350-2020099');
  for (const [i, text] of [
    '全日制正式学籍学生免学费。',
    '家庭经济困难的学生每年可领取国家助学金。',
    '困难家庭学生优先资助。',
    '持残疾证的学生优先资助。',
  ].entries()) {
    await bureau.locator(`textarea[name="policies.${i}.summary"]`).fill(text);
    await bureau.locator(`textarea[name="policies.${i}.whoQualifies"]`).fill('全日制正式学籍学生');
    await bureau.locator(`textarea[name="policies.${i}.amount"]`).fill('按国家标准');
    await bureau.locator(`textarea[name="policies.${i}.howToApply"]`).fill('报到时向学校资助办申请');
  }
  await tapButton(bureau, '预览并发布');
  await bureau.locator('.letter-preview').getByText('读中职，学技能，一样有好前途。').waitFor();
  await tapButton(bureau, '发布');
  await confirmDialog(bureau, '发布');
  await bureau.getByText(/家长现在看到的是第 1 版/).waitFor();

  // a district reviewer and the school's admin, each invited and joining on their own phone
  await task(bureau, '邀请工作人员');
  const reviewerCode = await invite(bureau, '赵科长', ['审核员', '区县教育局', SCHOOL_DISTRICT]);
  await bureau.locator('.chip', { hasText: '学校管理员' }).tap();
  const adminCode = await invite(bureau, '何主任', [JOURNEY_SCHOOL]);
  const reviewer = await personOnPhone(stage);
  await redeem(reviewer, reviewerCode, `您已成为${SCHOOL_DISTRICT}教育局的审核员（赵科长）。`);
  const admin = await personOnPhone(stage);
  await redeem(admin, adminCode, `您已成为${JOURNEY_SCHOOL}的学校管理员（何主任）。`);

  // the school admin writes the first brochure, the district's reviewer approves it
  await admin.locator('.nut-cell', { hasText: '招生简章管理' }).tap();
  await admin.getByRole('switch', { name: '招收计算机应用' }).tap();
  await admin.locator('textarea[name="internship"]').fill('第三学年 3 月至 8 月到合作企业顶岗实习');
  await admin.locator('textarea[name="subsidyPolicy"]').fill('免学费，困难家庭学生可申请国家助学金');
  await tapButton(admin, '提交审核');
  await admin.getByText('第 1 版 · 待审核').waitFor();
  await reviewer.locator('.nut-cell', { hasText: '招生简章审核' }).tap();
  await reviewer.locator('.nut-cell', { hasText: `${JOURNEY_SCHOOL}（第 1 版）` }).tap();
  await reviewer.locator('input[name="filingNumber"]').fill('招备〔2027〕001号');
  await tapButton(reviewer, '审查通过并备案');
  await reviewer.getByText(/第 1 版 · 已备案/).waitFor();

  // a family: the letter from home, the brochure in the list, the form submitted
  const family = await personOnPhone(stage);
  // the home page's title names the city the bureau set
  await family.waitForFunction(() => document.title === '忻州市中职招生服务');
  await family.locator('.letter-summary', { hasText: '读中职，学技能，一样有好前途。' }).waitFor();
  await openTab(family, '资助政策', '/pages/subsidy/index');
  await family.locator('.letter-paragraph', { hasText: '报了中职就不能同时报普通高中。' }).waitFor();
  await openTab(family, '招生简章', '/pages/brochures/index');
  await family.getByText('共 1 份已审查备案的招生简章').waitFor();
  await family.locator('.card', { hasText: JOURNEY_SCHOOL }).tap();
  await family.getByText(/备案编号：招备〔2027〕001号/).waitFor();
  await family.goBack();
  await fillAndSubmitChoiceForm(family);
  await family.getByText('李明 · 有效').waitFor();

  // the school admin invites a recruiter and gives them the new lead, which they then see
  await task(admin, '邀请招生老师');
  const recruiterCode = await invite(admin, '张老师', []);
  const recruiter = await personOnPhone(stage);
  await redeem(recruiter, recruiterCode, `您已成为${JOURNEY_SCHOOL}的招生老师（张老师）。`);
  await task(admin, '生源线索');
  await admin.locator('.nut-cell', { hasText: '李明' }).first().tap();
  await admin.locator('.chip', { hasText: '张老师' }).tap();
  // the lead page shows the lead as 张老师's once the server has it
  await admin.locator('.chip.chip-on', { hasText: '张老师' }).waitFor();
  await recruiter.locator('.nut-cell', { hasText: '我的生源线索' }).tap();
  await recruiter.getByText('李明').first().waitFor();

  expect(await outsideWrites()).toBe(writesAfterSetup);
});
