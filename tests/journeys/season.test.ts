import { dateField, openStaffTask, pickDate, tapButton } from '../helpers/browser';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/** R21: the bureau runs the season from a phone; a district narrows its own dates; every change is kept. */
const stage = useProductAndPhone();

test('R21: the bureau admin moves the choice window; a mistake is named under its field; the change is in the history with who, before and after', async () => {
  const admin = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(admin, '招生季设置');
  await admin.getByText('当前执行中的招生年度。').waitFor();
  // dates are picked, not typed: the field is named by its label and what it shows, in Chinese
  const label = '志愿填报时间：开始';
  await admin.getByRole('button', { name: `${label}：2027年4月1日` }).waitFor();
  await pickDate(admin, label, '2027-06-15');
  await tapButton(admin, '保存设置');
  await admin.getByText('志愿填报时间的结束日期不能早于开始日期').waitFor();
  await pickDate(admin, label, '2027-04-08');
  // the mistake's words go as soon as the date is right, before 保存 is tapped again
  await admin.getByText('志愿填报时间的结束日期不能早于开始日期').waitFor({ state: 'detached' });
  await tapButton(admin, '保存设置');
  await admin.getByText(/吴主任 修改招生季设置/).waitFor();
  // named as the page names it, never by the setting's key
  await admin.getByText('志愿填报时间：2027-04-01 至 2027-05-31 → 2027-04-08 至 2027-05-31').waitFor();
  await expect(dateField(admin, label).getAttribute('aria-label')).resolves.toBe(`${label}：2027年4月8日`);
});

test('R21: a reviewer reads the season’s settings but cannot change them', async () => {
  const reviewer = await personOnPhone(stage, '审核员');
  await openStaffTask(reviewer, '招生季设置');
  await reviewer.locator('.nut-cell', { hasText: '可填报志愿数' }).waitFor();
  expect(await reviewer.locator('input[name="settings.choices.start"]').count()).toBe(0);
});
