import { openStaffTask, openTab, sidewaysOverflow, tapButton } from '../helpers/browser';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';
import { invite, redeem } from '../helpers/staff-codes';
import { confirmDialog } from '../helpers/choice-form';

/** R20: staff exist only by invitation, from the bureau down to a recruiter, and lose access at once. */
const stage = useProductAndPhone();

test('R20: the bureau invites a school admin, who invites a recruiter; the bureau revokes the recruiter, whose next page load is refused', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '邀请工作人员');
  const adminCode = await invite(bureau, '何主任', ['学校管理员', '忻府区职业中学']);
  expect(adminCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);

  const admin = await personOnPhone(stage);
  await redeem(admin, adminCode, '您已成为忻府区职业中学的学校管理员（何主任）。');
  await admin.locator('.nut-cell', { hasText: '邀请招生老师' }).tap();
  const recruiterCode = await invite(admin, '张老师', []);

  const recruiter = await personOnPhone(stage);
  await redeem(recruiter, recruiterCode, '您已成为忻府区职业中学的招生老师（张老师）。');
  await recruiter.locator('.nut-cell', { hasText: '我的生源线索' }).tap();
  await recruiter.waitForURL('**/staff/pages/leads/index');
  await recruiter.getByText('暂无生源线索').waitFor();

  // a used code does not work a second time, for anyone
  const someoneElse = await personOnPhone(stage);
  await openTab(someoneElse, '我的', '/pages/mine/index');
  await someoneElse.locator('.nut-cell', { hasText: '我是工作人员' }).tap();
  await someoneElse.locator('input[name="code"]').fill(recruiterCode);
  await tapButton(someoneElse, '开通工作人员身份');
  await someoneElse.getByText('这个邀请码已经被使用过了，请向邀请人索取新的邀请码').waitFor();

  // the bureau admin, who sees every unit's staff, revokes the recruiter
  await bureau.goto(`${stage.product.url}/staff/pages/team/index`);
  await bureau.locator('.nut-cell', { hasText: '张老师' }).tap();
  await confirmDialog(bureau);
  await bureau.getByText('张老师 · 招生老师（已取消）').waitFor();

  await recruiter.reload();
  await recruiter.getByText('您没有办理此项业务的权限').waitFor();
});

test('issue 25: 操作记录 reads on a 390 px phone without scrolling sideways, each entry in words', async () => {
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '操作记录');
  await bureau.locator('.audit-entry').first().waitFor();
  await bureau
    .getByText(/^对象：/)
    .first()
    .waitFor();
  expect(await sidewaysOverflow(bureau)).toBeLessThanOrEqual(0);
});
