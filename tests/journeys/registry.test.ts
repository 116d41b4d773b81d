import { openStaffTask, openTab, tapButton } from '../helpers/browser';
import { importColumns } from '../../shared/registry-import';
import { juniorColumns } from '../../shared/junior-registry';
import { confirmDialog } from '../helpers/choice-form';
import { xlsx } from '../helpers/sheets';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/** R22 and R1: the bureau's registry on a phone, and a parent's list changing with it at once. */
const stage = useProductAndPhone();

test('R1: the bureau records a failed inspection; the school’s brochure leaves a parent’s list at once, and comes back', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '学校名录与专业备案');
  await bureau.getByText('共 6 所学校 · 2027 年招生资质').waitFor();
  await bureau.locator('.nut-cell', { hasText: '忻州市职业技术学校' }).tap();
  await bureau.locator('input[name="name"]').waitFor();
  await expect(bureau.locator('input[name="name"]').inputValue()).resolves.toBe('忻州市职业技术学校');
  await bureau.locator('.check', { hasText: '通过年检' }).tap();
  await bureau.locator('input[name="reference"]').fill('晋教职〔2027〕12号');
  await tapButton(bureau, '保存学校');
  await bureau.getByText(/吴主任 修改学校名录/).waitFor();

  const parent = await personOnPhone(stage);
  await openTab(parent, '招生简章', '/pages/brochures/index');
  await parent.getByText('共 1 份已审查备案的招生简章').waitFor();
  expect(await parent.locator('.card', { hasText: '忻州市职业技术学校' }).count()).toBe(0);

  await bureau.locator('.check', { hasText: '通过年检' }).tap();
  await tapButton(bureau, '保存学校');
  await bureau.locator('text=/吴主任 修改学校名录/').nth(1).waitFor();
  await parent.reload();
  await parent.getByText('共 2 份已审查备案的招生简章').waitFor();
});

test('R22: the bureau imports a two-school qualification sheet: a preview first, then the import, then nothing left to import', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '学校名录与专业备案');
  const sheet = Buffer.from(
    await xlsx([
      [...importColumns.schools],
      ['忻州市新兴职业学校', '区县属', '忻府区', '忻府区新兴路 1 号', '0350-3999999', 2027, '有', '通过', '晋教职〔2027〕12号'],
      ['原平市职业技术学校', '区县属', '原平市', '原平市前进路 12 号', '0350-8012345', 2027, '有', '通过', '晋教职〔2027〕12号'],
    ]),
    'base64',
  );
  const chooser = bureau.waitForEvent('filechooser');
  await tapButton(bureau, '选择表格并预览');
  await (
    await chooser
  ).setFiles({ name: '2027年招生资质名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sheet });
  await bureau.getByText(/新增 1 条，修改 \d+ 条/).waitFor();
  await tapButton(bureau, '确认导入');
  await bureau.getByText('共 7 所学校 · 2027 年招生资质').waitFor();
  const again = bureau.waitForEvent('filechooser');
  await tapButton(bureau, '选择表格并预览');
  await (
    await again
  ).setFiles({ name: '2027年招生资质名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sheet });
  await bureau.getByText('名录已与表格一致，无需导入。').waitFor();
});

test('R27: the bureau adds a junior high, is told of a duplicate under its field, imports one more after a preview, and closes one', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '初中名录');
  await bureau.getByText('共 14 所初中').waitFor();
  await tapButton(bureau, '添加初中');
  await bureau.locator('input[name="name"]').fill('忻州市第六中学');
  await bureau.locator('.chip', { hasText: '忻府区' }).tap();
  await bureau.locator('input[name="code"]').fill('1140902099');
  await tapButton(bureau, '保存');
  await bureau.getByText('这个区县已有同名的初中，请核对名称，或在名录中修改那一所').waitFor();
  await bureau.locator('input[name="name"]').fill('忻府区新建实验学校');
  await bureau.getByText('这个区县已有同名的初中，请核对名称，或在名录中修改那一所').waitFor({ state: 'detached' });
  await tapButton(bureau, '保存');
  await bureau.getByText('共 15 所初中').waitFor();

  const sheet = Buffer.from(
    await xlsx([[...juniorColumns], ['原平市第三中学', '原平市', '1140981101'], ['忻府区新建实验学校', '忻府区', '1140902099']]),
    'base64',
  );
  const chooser = bureau.waitForEvent('filechooser');
  await tapButton(bureau, '选择表格并预览');
  await (await chooser).setFiles({ name: '初中名录.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sheet });
  await bureau.getByText('新增 1 条，修改 0 条，不变 1 条').waitFor();
  await tapButton(bureau, '确认导入');
  await bureau.getByText('共 16 所初中').waitFor();

  await bureau.locator('.nut-cell', { hasText: '忻府区新建实验学校' }).tap();
  await tapButton(bureau, '关闭这所初中');
  await confirmDialog(bureau);
  await bureau.getByText('共 15 所初中，另有 1 所已关闭').waitFor();
});
