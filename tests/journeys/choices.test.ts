import { openStaffTask, openTab, signInAs, tapButton } from '../helpers/browser';
import { confirmDialog } from '../helpers/choice-form';
import { useProductAndPhone } from '../helpers/journey';

/**
 * The heart of the product on phones: a student fills in and submits the form, the recruiter sees
 * the lead and marks it contacted, the family sees it. The server's clock stands inside the window.
 */
const stage = useProductAndPhone({ LOCAL_EMULATOR_NOW: '2027-04-15T10:00:00+08:00' });

test('issue 25: 填报志愿 is offered on the home page, and a brochure’s 填报志愿 opens the form with that school chosen', async () => {
  const parent = await (await stage.phone.another()).newPage();
  await signInAs(parent, stage.product.url, '家长');
  await parent.locator('.home-actions .nut-button', { hasText: '填报志愿' }).tap();
  await parent.locator('input[name="student.name"]').waitFor();
  await parent.goBack();
  await openTab(parent, '招生简章', '/pages/brochures/index');
  await parent.locator('.card', { hasText: '忻府区职业中学' }).tap();
  await parent.locator('.brochure-actions .nut-button', { hasText: '填报志愿' }).tap();
  await parent.getByText('已为您选上忻府区职业中学，在第 3 步“填报志愿”中选择专业。').waitFor();
});

test('R6, R7: a student submits the form; the recruiter marks the lead contacted; the family sees the change', async () => {
  const student = await (await stage.phone.another()).newPage();
  await signInAs(student, stage.product.url, '学生');
  await openTab(student, '我的', '/pages/mine/index');
  await student.locator('.nut-cell', { hasText: '我的志愿' }).tap();
  await tapButton(student, '填报志愿');

  // Step 1: the student's own facts; a mistyped ID number is caught before anything is sent.
  await student.locator('input[name="student.name"]').fill('李明');
  await student.locator('.chip', { hasText: /^男$/ }).tap();
  await student.locator('input[name="student.idNumber"]').fill('110105201103151230');
  await student.locator('input[name="student.phone"]').fill('13800001234');
  // The junior high: a searchable list grouped by district; part of the name finds it.
  const juniorField = student.getByRole('button', { name: /^毕业（就读）的初中学校：/ });
  expect(await juniorField.getAttribute('aria-label')).toBe('毕业（就读）的初中学校：未选择');
  await juniorField.tap();
  await student.getByRole('textbox', { name: '搜索初中学校' }).fill('二中');
  await student.getByRole('heading', { name: '忻府区' }).waitFor();
  expect(await student.getByRole('button', { name: '忻州市第六中学' }).count()).toBe(0);
  await student.getByRole('button', { name: '忻州市第二中学初中部' }).tap();
  expect(await juniorField.getAttribute('aria-label')).toBe('毕业（就读）的初中学校：忻州市第二中学初中部');
  expect(await student.getByRole('textbox', { name: '搜索初中学校' }).count()).toBe(0);
  await tapButton(student, '下一步');
  await student.getByText('身份证号码有误，请核对（18 位，最后一位可能是 X）').waitFor();
  await student.locator('input[name="student.idNumber"]').fill('110105201103151236');
  // the error goes as soon as the number is right, before 下一步 is tapped again (issue 25)
  await student.getByText('身份证号码有误，请核对（18 位，最后一位可能是 X）').waitFor({ state: 'detached' });
  await tapButton(student, '下一步');

  // Step 2: the guardian (the student is 16).
  await student.locator('input[name="guardian.name"]').fill('李建国');
  await student.locator('.chip', { hasText: /^父亲$/ }).tap();
  await student.locator('input[name="guardian.phone"]').fill('13900005678');
  await tapButton(student, '下一步');

  // Step 3: choices, only from approved brochures.
  await student.locator('.chip', { hasText: '忻州市职业技术学校' }).tap();
  await student.locator('.chip', { hasText: '计算机应用' }).tap();
  await tapButton(student, '下一步');

  // Step 4: the declarations; the draft survives a reload on the way.
  await student.reload();
  await student.getByText('填报完全出于自愿。').waitFor();
  for (const statement of ['本表由学生本人或家长亲自填写', '填报完全出于自愿', '普职不兼报', '同意学校和教育部门', '我是监护人']) {
    await student.locator('.check', { hasText: statement }).tap();
  }
  await tapButton(student, '提交志愿');
  await student.getByText('李明 · 有效').waitFor();
  await student.getByText('第 1 志愿：忻州市职业技术学校 · 计算机应用').waitFor();
  await student.getByText('已提交，等待学校联系').waitFor();
  await student.getByText(/身份证 110\*+1236/).waitFor();

  // The recruiter of that school, whose territory holds the junior high, sees the lead.
  const recruiter = await (await stage.phone.another()).newPage();
  await signInAs(recruiter, stage.product.url, '招生老师');
  await openStaffTask(recruiter, '我的生源线索');
  // the list follows the name as it is typed, without the keyboard's 搜索
  const search = recruiter.getByRole('searchbox', { name: '按学生姓名搜索' });
  await search.fill('王');
  await recruiter.getByText('暂无生源线索').waitFor();
  await search.fill('李');
  await recruiter.locator('.nut-cell', { hasText: '李明' }).tap();
  // each number on a labelled row of its own, tapped to call
  await recruiter.getByRole('button', { name: '学生 李明 13800001234 拨打' }).waitFor();
  await recruiter.getByRole('button', { name: '父亲 李建国 13900005678 拨打' }).waitFor();
  // the step buttons are a thumb's size
  const stepBox = await recruiter.locator('.nut-button', { hasText: '已联系' }).boundingBox();
  expect(stepBox?.height).toBeGreaterThanOrEqual(44);
  await recruiter.locator('input[name="note"]').fill('已电话联系家长');
  await tapButton(recruiter, '已联系');
  // the step recorded is confirmed, and the history (a list: what, when, who, the note) shows it first
  await recruiter.getByText('已记录：已联系').waitFor();
  await recruiter.getByText('李明 · 学校已联系').waitFor();
  const history = recruiter.getByRole('list', { name: '历史' }).getByRole('listitem');
  await history.first().filter({ hasText: '学校已联系' }).filter({ hasText: '王老师' }).filter({ hasText: '已电话联系家长' }).waitFor();
  await history
    .first()
    .getByText(/^\d+月\d+日 \d{2}:\d{2}$/)
    .waitFor();
  // a second call at the same step keeps its note
  await recruiter.locator('input[name="note"]').fill('家长约了周六到校');
  await tapButton(recruiter, '再记一次跟进');
  await recruiter.getByText('已记录跟进').waitFor();
  await history.first().filter({ hasText: '跟进记录' }).filter({ hasText: '家长约了周六到校' }).waitFor();
  await history.nth(1).filter({ hasText: '已电话联系家长' }).waitFor();

  // The family sees the status change.
  await student.reload();
  await student.getByText('学校已联系').first().waitFor();
  await student.getByText(/忻州市职业技术学校：学校已联系/).waitFor();

  // While the window is open the family changes the form: it becomes version 2.
  await tapButton(student, '修改志愿');
  await student.getByText(/修改已提交的志愿/).waitFor();
  expect(await student.locator('input[name="student.name"]').inputValue()).toBe('李明');
  // The ID number is on file: shown masked, not asked again (issue 13).
  await student.getByText('身份证号：110***********1236（已登记，修改志愿无需再填）').waitFor();
  expect(await student.locator('input[name="student.idNumber"]').count()).toBe(0);
  await tapButton(student, '下一步');
  await tapButton(student, '下一步');
  await tapButton(student, '再加一个志愿');
  await student.locator('.choice').nth(1).locator('.chip', { hasText: '忻府区职业中学' }).tap();
  await student.locator('.choice').nth(1).locator('.chip', { hasText: '幼儿保育' }).tap();
  await tapButton(student, '下一步');
  // A revision's declarations are made again.
  for (const statement of ['本表由学生本人或家长亲自填写', '填报完全出于自愿', '普职不兼报', '同意学校和教育部门', '我是监护人']) {
    await student.locator('.check', { hasText: statement }).tap();
  }
  await tapButton(student, '提交修改');
  await student.getByText('李明 · 有效（第 2 版）').waitFor();
  await student.getByText('第 2 志愿：忻府区职业中学 · 幼儿保育').waitFor();

  // The family changes its mind for good: it withdraws the form and erases the student's data
  // (PIPL); the form leaves 我的志愿 and the recruiter's list no longer names the student.
  // (the 我的志愿 page opened before the revision is still in the page stack, hidden)
  await student.locator('.nut-button:visible', { hasText: '撤回并删除个人信息' }).tap();
  await student.getByText(/删除学生的姓名、身份证号、电话和监护人信息/).waitFor();
  await confirmDialog(student);
  await student.getByText('还没有填报志愿').waitFor();
  expect(await student.getByText('李明').filter({ visible: true }).count()).toBe(0);
  await recruiter.reload();
  await recruiter.getByText('已删除').first().waitFor();
  expect(await recruiter.getByText('李明').filter({ visible: true }).count()).toBe(0);
});
