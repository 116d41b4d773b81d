import { field, openStaffTask, openTab, tapButton } from '../helpers/browser';
import { confirmDialog } from '../helpers/choice-form';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/** R17, R27, R4: the bureau writes the year's letter on a phone, previews it as parents read it, publishes it; a parent reads it at once. */
const stage = useProductAndPhone();

const NEW_PARAGRAPH = '今年起，报到当天可以在学校现场办理资助申请。';

test('R17: the bureau corrects the letter under its fields, previews it in normal type and 大字模式, publishes version 2, and a parent reads it; version 1 stays readable', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '致家长的一封信');
  await bureau.getByText(/家长现在看到的是第 1 版/).waitFor();
  await bureau.getByText('从已发布的第 1 版开始修改。').waitFor();

  // an emptied title is asked for under its field, and the error goes as soon as it is typed again
  const title = field(bureau, '标题');
  const original = await title.inputValue();
  await title.fill('');
  await tapButton(bureau, '保存草稿');
  await bureau.getByText('请填写标题').waitFor();
  await title.fill(original);
  await bureau.getByText('请填写标题').waitFor({ state: 'detached' });

  // a new paragraph is a new line of the body
  const body = bureau.getByRole('textbox', { name: '正文（每一行是一段）' });
  await body.fill(`${await body.inputValue()}\n${NEW_PARAGRAPH}`);
  await tapButton(bureau, '预览并发布');
  const preview = bureau.locator('.letter-preview');
  await preview.getByText(NEW_PARAGRAPH).waitFor();
  const normalSize = await preview
    .locator('.letter-paragraph')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await bureau.locator('.chip', { hasText: '大字模式' }).tap();
  await bureau.locator('.letter-preview.elder').waitFor();
  const elderSize = await preview
    .locator('.letter-paragraph')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(elderSize).toBeGreaterThan(normalSize * 1.2);

  await tapButton(bureau, '发布');
  await bureau
    .getByRole('alertdialog')
    .getByText(/全市家长打开“致家长的一封信”看到的就是刚才预览的内容（第 2 版）/)
    .waitFor();
  await confirmDialog(bureau, '发布');
  await bureau.getByText(/家长现在看到的是第 2 版/).waitFor();

  await bureau.getByText('刚发布的版本在一分钟内到达所有家长的手机。').waitFor();

  // every function instance keeps the letter a minute (domains/season/letter.ts): a parent served by
  // another instance — here, the product started again — reads the new version
  await stage.restartAt(new Date().toISOString());
  const parent = await personOnPhone(stage);
  await openTab(parent, '资助政策', '/pages/subsidy/index');
  await parent.getByText(NEW_PARAGRAPH).waitFor();

  // the first version is kept whole, and opening it shows the text parents read then
  const clerk = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(clerk, '致家长的一封信');
  await clerk.locator('.nut-cell', { hasText: '第 1 版' }).tap();
  await clerk.getByText('第 1 版全文').waitFor();
  expect(await clerk.locator('.letter-preview').getByText(NEW_PARAGRAPH).count()).toBe(0);
});
