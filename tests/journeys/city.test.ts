import { openStaffTask, tapButton } from '../helpers/browser';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/** R27: the bureau admin sets the city's names and districts in 城市与区县; the registries offer them at once. */
const stage = useProductAndPhone();

test('R27: the bureau admin corrects the signature under its field, is refused renaming a district in use, adds a district, and the junior highs’ registry offers it', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '城市与区县');
  const input = (name: string) => bureau.locator(`input[name="${name}"]`);
  await bureau.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value === '忻州市');
  await expect(input('district-0-name').inputValue()).resolves.toBe('忻府区');

  // an empty signature is said under its field, and goes as it is written
  await input('signature').fill('');
  await tapButton(bureau, '保存');
  await bureau.getByText('请填写落款').waitFor();
  await input('signature').fill('忻州市教育局');
  await bureau.getByText('请填写落款').waitFor({ state: 'detached' });

  // a district in use cannot be renamed: the server says by what, under its row
  await input('district-0-name').fill('忻府新区');
  await tapButton(bureau, '保存');
  await bureau.getByText(/忻府区仍有 .*所学校.* 在用，不能改名或删除/).waitFor();
  await input('district-0-name').fill('忻府区');

  // a new district, its bureau following its name
  await tapButton(bureau, '添加区县');
  await input('district-14-name').fill('忻州经济开发区');
  await expect(input('district-14-bureau').inputValue()).resolves.toBe('忻州经济开发区教育局');
  await tapButton(bureau, '保存');
  await bureau.getByText('已保存').waitFor();

  // back on the workbench, the junior highs' registry offers the new district at once
  await bureau.goBack();
  await bureau.locator('.nut-cell', { hasText: '初中名录' }).tap();
  await tapButton(bureau, '添加初中');
  await bureau.locator('.chip', { hasText: '忻州经济开发区' }).waitFor();
});
