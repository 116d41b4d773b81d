import { openStaffTask, openTab, tapButton } from '../helpers/browser';
import { personOnPhone, useProductAndPhone } from '../helpers/journey';

/** Brochures from the school admin's draft to a parent's phone, through the bureau's review (R2, R3). */
const stage = useProductAndPhone();

test('a parent reads the letter and the subsidies, then an approved brochure with its filing mark', async () => {
  const parent = await personOnPhone(stage);
  await openTab(parent, '资助政策', '/pages/subsidy/index');
  await parent.getByText('亲爱的同学们、尊敬的家长朋友们：').waitFor();
  await parent.getByText('怎么申请').first().waitFor();
  await parent.getByRole('button', { name: '市学生资助管理中心 0350-3036612 拨打' }).waitFor();

  await openTab(parent, '招生简章', '/pages/brochures/index');
  await parent.getByText('共 2 份已审查备案的招生简章').waitFor();
  await parent.locator('.card', { hasText: '忻州市职业技术学校' }).tap();
  await parent.getByText('✓ 已经市教育局审查备案').waitFor();
  await parent.getByText(/备案编号：忻教职招备〔2027〕007号/).waitFor();
  for (const fact of ['办学地址', '招生专业与计划', '实习安排', '资助政策', '收费项目与标准', '招生咨询电话'])
    await parent.locator('.facts-label', { hasText: fact }).waitFor();
  await parent.locator('.facts-major-name', { hasText: '护理' }).waitFor();
});

test('a parent finds brochures by major and by filter', async () => {
  const parent = await personOnPhone(stage);
  await openTab(parent, '招生简章', '/pages/brochures/index');
  // the list follows what is typed, without the keyboard's 搜索
  await parent.locator('.search input').fill('幼儿保育');
  await parent.getByText('共 1 份已审查备案的招生简章').waitFor();
  await parent.locator('.card', { hasText: '忻府区职业中学' }).waitFor();
  await parent.locator('.search input').fill('');
  await parent.getByText('共 2 份已审查备案的招生简章').waitFor();
  // each row of filters says what it filters
  for (const row of ['学校类别', '区县', '专业大类']) await parent.locator('.filter-label', { hasText: row }).waitFor();
  await parent.locator('.chip', { hasText: '市属学校' }).tap();
  await parent.getByText('共 1 份已审查备案的招生简章').waitFor();
  expect(await parent.locator('.card').allTextContents()).toEqual([expect.stringContaining('忻州市职业技术学校')]);
});

test('R2: a school admin submits, the reviewer rejects with a reason, the admin fixes it, the reviewer approves, families see it', async () => {
  const admin = await personOnPhone(stage, '学校管理员');
  const reviewer = await personOnPhone(stage, '审核员');

  // The admin edits a copy of the approved version and submits it as version 3.
  await openStaffTask(admin, '招生简章管理');
  // over an approved version nothing is open until a new version is begun
  await admin.getByText('第 2 版已备案。简章有变化时，新建一个版本提交审核。').waitFor();
  await tapButton(admin, '新建版本');
  await admin.getByText('新建版本（提交后的版本不能再改）').waitFor();
  await admin.locator('textarea[name="internship"]').fill('第三学年到企业实习');
  await tapButton(admin, '提交审核');
  await admin.getByText('第 3 版 · 待审核').waitFor();
  // a version submitted closes the editor: nothing is left open that looks like a version still to send
  await admin.getByText('第 3 版已提交审核，审核结果会显示在上面。需要再改时可以新建一个版本。').waitFor();
  expect(await admin.getByText('新建版本（提交后的版本不能再改）').count()).toBe(0);

  // The reviewer reads it and sends it back.
  await openStaffTask(reviewer, '招生简章审核');
  await reviewer.locator('.nut-cell', { hasText: '忻州市职业技术学校（第 3 版）' }).tap();
  await reviewer.getByText('第三学年到企业实习').waitFor();
  await reviewer.locator('textarea[name="reason"]').fill('实习时间不具体，请写明起止月份。');
  await tapButton(reviewer, '退回修改');
  await reviewer.getByText(/第 3 版 · 已退回/).waitFor();

  // Families never see the rejected version, not even by its id.
  const parent = await personOnPhone(stage);
  await parent.goto(`${stage.product.url}/pages/brochure/index?id=school-xz-vocational-2027-v3`);
  await parent.getByText('没有找到相关信息，可能已下架或链接有误。').waitFor();

  // The admin sees why, fixes the version and submits again.
  await admin.reload();
  await admin.getByText('退回原因：实习时间不具体，请写明起止月份。').waitFor();
  await admin.locator('textarea[name="internship"]').fill('第三学年 3 月至 8 月到合作企业顶岗实习');
  await tapButton(admin, '提交审核');
  await admin.getByText('第 4 版 · 待审核').waitFor();

  // The reviewer approves it with a filing number.
  await reviewer.goBack();
  await reviewer.locator('.nut-cell', { hasText: '忻州市职业技术学校（第 4 版）' }).tap();
  await reviewer.locator('input[name="filingNumber"]').fill('忻教职招备〔2027〕031号');
  await tapButton(reviewer, '审查通过并备案');
  await reviewer.getByText(/第 4 版 · 已备案/).waitFor();

  // Families now see version 4 with its filing mark, and the old link opens it too.
  await parent.goto(`${stage.product.url}/pages/brochure/index?id=brochure-xz-vocational-v2`);
  await parent.getByText(/备案编号：忻教职招备〔2027〕031号/).waitFor();
  await parent.getByText('第三学年 3 月至 8 月到合作企业顶岗实习').waitFor();
  // and a draft of another school stays invisible by its id
  await parent.goto(`${stage.product.url}/pages/brochure/index?id=brochure-xinfu-vocational-v2`);
  await parent.getByText('没有找到相关信息，可能已下架或链接有误。').waitFor();
});
