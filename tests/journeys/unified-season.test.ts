import type { Page } from 'playwright-core';
import type { ChoiceFormInput } from '../../shared/choice-form';
import { field, openStaffTask, openTab, pickDate, tapButton } from '../helpers/browser';
import { confirmDialog, fillAndSubmitChoiceForm, JOURNEY_SCHOOL } from '../helpers/choice-form';
import { aForm, idNumber } from '../helpers/forms';
import { personOnPhone, useProductAndPhone, type JourneyStage } from '../helpers/journey';

/**
 * A whole season of 统一录取 (R26, R28), each person on a phone of their own: in April the bureau
 * chooses unified admission with its priorities and publishes the lottery seed's commitment, and
 * three families file their forms for a two-place major; after the deadline the bureau reveals the
 * seed, runs the dry run, the school writes its notice and the bureau commits round 1; one family
 * accepts, another declines, round 2 gives the declined place to the family waiting for it (admitted
 * in round 1 to another major of the same school, its place on the list shown in 我的志愿), the
 * bureau ends the rounds and the family still unplaced reads that 补录 has begun, the
 * school records the first student's 报到 and that family reads the school's record. The server's
 * clock moves between the months (the product restarts on the same database); axe audits every
 * page shown (tests/helpers/journey.ts).
 */
const stage = useProductAndPhone({ LOCAL_EMULATOR_NOW: '2027-04-15T10:00:00+08:00' });

interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: { message: string; fields?: Record<string, string> };
}

/** An action called from a signed-in phone, as its page would call it (the seeding of the journey). */
async function act<T>(page: Page, action: string, input: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ([name, body]) =>
      (await (await fetch(`/functions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as Answer<unknown>,
    [action, JSON.stringify(input)] as const,
  );
  if (!answer.ok || answer.data === undefined)
    throw new Error(`${action} was refused: ${answer.error?.message ?? 'no answer'} ${JSON.stringify(answer.error?.fields ?? {})}`);
  return answer.data as T;
}

/** A family's 我的志愿, opened afresh (after a restart, on the product's new address). */
async function myForms(stage: JourneyStage, page: Page): Promise<void> {
  await page.goto(`${stage.product.url}/`);
  await openTab(page, '我的', '/pages/mine/index');
  await page.locator('.nut-cell', { hasText: '我的志愿' }).tap();
}

const COMPUTING = 'major-xz-001';
const CARS = 'major-xz-002';

test('R26, R28: the bureau runs 统一录取 — priorities and the seed’s commitment before the deadline, the seed, the dry run and round 1 after it; one family accepts, another declines, round 2 gives the place to the family waiting; the school records 报到 and the family is told', async () => {
  // The school plans two places of 计算机应用 (a revised brochure, approved by the city's reviewer)
  const school = await personOnPhone(stage, '学校管理员');
  const { editing } = await act<{ editing: { facts: { majors: Array<{ majorId: string; places: number }> }; revision: number } }>(school, 'brochureMine', {});
  const facts = { ...editing.facts, majors: editing.facts.majors.map((m) => (m.majorId === COMPUTING ? { ...m, places: 2 } : m)) };
  const { id: brochureId } = await act<{ id: string }>(school, 'brochureSave', { facts, revision: editing.revision });
  await act(school, 'brochureSubmit', { id: brochureId });
  const reviewer = await personOnPhone(stage, '审核员');
  await act(reviewer, 'reviewDecide', { brochureId, decision: 'approve', filingNumber: '忻教职招备〔2027〕041号' });

  // The bureau chooses 统一录取 with this year's graduates first
  const bureau = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(bureau, '招生季设置');
  await bureau.locator('.chip', { hasText: /^统一录取$/ }).tap();
  await bureau.locator('.check', { hasText: '按学生类别：应届初中毕业生优先' }).tap();
  await bureau.getByText('优先顺序（按勾选的先后）：按学生类别：应届初中毕业生优先；然后按抽签号（小者优先）').waitFor();
  await tapButton(bureau, '保存设置');
  await bureau.getByText('录取方式：各校按计划录取 → 统一录取').waitFor();

  // Some days later (every function has read the season again: it keeps it for a minute)
  await stage.restartAt('2027-04-20T10:00:00+08:00');
  await bureau.goto(`${stage.product.url}/`);
  // and publishes the lottery seed's commitment before the deadline
  await openStaffTask(bureau, '统一录取');
  await bureau.getByText('录取顺序：按学生类别：应届初中毕业生优先；然后按抽签号（小者优先）').waitFor();
  await tapButton(bureau, '抽取种子并公布承诺值');
  await confirmDialog(bureau);
  await bureau.getByText(/^承诺值（.+公布）：[0-9a-f]{64}$/).waitFor();

  // Family A (李明) files in the page and reads how admission works this year
  const familyA = await personOnPhone(stage, '学生');
  await fillAndSubmitChoiceForm(familyA);
  await familyA.getByText('李明 · 有效').waitFor();
  await familyA
    .locator('.how-admitted:visible', { hasText: '今年实行统一录取' })
    .getByText(/^录取规则：按学生类别：应届初中毕业生优先/)
    .waitFor();
  // Family B, a graduate of this year, and family C, of last year (behind this year's by the priorities), file through the same action;
  // C ranks 计算机应用 first and 汽车运用与维修, at the same school, second
  const student = aForm().student;
  const familyB = await personOnPhone(stage);
  const formB: ChoiceFormInput = aForm({
    student: { ...student, name: '王芳', gender: 'female', idNumber: idNumber('20110520', 124), phone: '13800002222' },
    choices: [{ brochureId, majorId: COMPUTING }],
  });
  await act(familyB, 'choiceSubmit', formB);
  const familyC = await personOnPhone(stage);
  const formC: ChoiceFormInput = aForm({
    student: {
      ...student,
      name: '张强',
      idNumber: idNumber('20100610', 135),
      phone: '13800003333',
      group: 'earlier-graduate',
      graduationYear: 2026,
      schedule: 'academic-year',
    },
    choices: [
      { brochureId, majorId: COMPUTING },
      { brochureId, majorId: CARS },
    ],
  });
  await act(familyC, 'choiceSubmit', formC);

  // June: the deadline has passed. The bureau reveals the seed and runs the dry run
  await stage.restartAt('2027-06-02T09:00:00+08:00');
  const clerk = await personOnPhone(stage, '教育局管理员');
  await openStaffTask(clerk, '统一录取');
  await tapButton(clerk, '公布抽签种子');
  await confirmDialog(clerk);
  await clerk.getByText(/^种子（.+公布）：/).waitFor();
  await tapButton(clerk, '试运行');
  await clerk.getByText('共 3 名学生参加，3 人获得录取，0 人未获得录取。').waitFor();
  const computingRow = clerk.locator('.figure-row', { hasText: `${JOURNEY_SCHOOL} · 计算机应用` });
  await computingRow.locator('.figure-cell-number').nth(1).getByText('2', { exact: true }).waitFor();
  await computingRow.locator('.figure-cell-number').nth(2).getByText('1', { exact: true }).waitFor();

  // The school writes the notice its admitted families will read
  const desk = await personOnPhone(stage, '学校管理员');
  await openStaffTask(desk, '统一录取');
  await field(desk, '报到地点').waitFor();
  await pickDate(desk, '报到日期', '2027-08-28');
  await field(desk, '报到地点').fill('学校报到处（教学楼一层）');
  await field(desk, '需携带的材料').fill('录取通知书、户口簿、一寸照片四张');
  await tapButton(desk, '保存');
  await desk.getByText(/由赵主任保存。$/).waitFor();

  // Round 1
  await clerk.reload();
  await tapButton(clerk, '确认第1轮录取');
  await confirmDialog(clerk);
  await clerk.getByText('第1轮已确认：3 名学生的录取全部完成。').waitFor();

  // Family A reads the offer with the school's notice and the day to answer by, and accepts it
  await myForms(stage, familyA);
  const offerA = familyA.locator('.offer-card');
  await offerA.getByText(`${JOURNEY_SCHOOL} · 计算机应用（第 1 志愿）`).waitFor();
  await offerA.getByText('待家庭答复', { exact: true }).waitFor();
  await offerA.getByText('请在 6月5日 23:59 前答复接受或放弃；逾期未答复视为放弃，名额让给候补的同学。').waitFor();
  await offerA.getByText('报到日期：2027年8月28日').waitFor();
  await offerA.getByText('请携带：录取通知书、户口簿、一寸照片四张').waitFor();
  await tapButton(familyA, '接受录取');
  await offerA.getByText('家庭已接受', { exact: true }).waitFor();
  await offerA.getByText('您已接受这个录取，请按下面的须知按时报到。').waitFor();
  expect(await familyA.locator('.nut-button', { hasText: '放弃录取' }).count()).toBe(0);

  // Family C, behind A and B by the priorities, is admitted to its second choice and waits first on the list of its first
  await myForms(stage, familyC);
  await familyC.getByText('张强 · 有效').waitFor();
  const offerC = familyC.locator('.offer-card');
  await offerC.getByText(`${JOURNEY_SCHOOL} · 汽车运用与维修（第 2 志愿）`).waitFor();
  await offerC.getByText('第 1 轮录取后，您在排得更靠前的志愿中的候补位次：').waitFor();
  await offerC.getByText(`${JOURNEY_SCHOOL} · 计算机应用（第 1 志愿）：候补第 1 位（共 1 人候补）`).waitFor();

  // Family B declines, after a confirmation naming what happens to the place
  await myForms(stage, familyB);
  const offerB = familyB.locator('.offer-card');
  await offerB.getByText(`${JOURNEY_SCHOOL} · 计算机应用（第 1 志愿）`).waitFor();
  await tapButton(familyB, '放弃录取');
  await familyB
    .getByRole('alertdialog')
    .getByText(`放弃后，${JOURNEY_SCHOOL}计算机应用专业的名额将让给候补的同学，之后也不会再被${JOURNEY_SCHOOL}的其他专业录取；不能撤销。确定放弃这个录取吗？`)
    .waitFor();
  await confirmDialog(familyB);
  await offerB.getByText('家庭已放弃', { exact: true }).waitFor();
  await offerB.getByText('您已放弃这个录取，名额已让给候补的同学。').waitFor();
  expect(await offerB.getByText(/^报到日期/).count()).toBe(0);

  // Round 2 gives B's place to C, who waited on its list: moved up to another major of the same school
  await clerk.reload();
  await clerk.getByText('第1轮录取情况').waitFor();
  await tapButton(clerk, '确认第2轮录取');
  await confirmDialog(clerk);
  await clerk.getByText('第2轮已确认：1 名学生的录取全部完成。').waitFor();
  await familyC.reload();
  await offerC.getByText(`${JOURNEY_SCHOOL} · 计算机应用（第 1 志愿）`).waitFor();
  await offerC.getByText('待家庭答复', { exact: true }).waitFor();
  await tapButton(familyC, '接受录取');
  await offerC.getByText('家庭已接受', { exact: true }).waitFor();

  // The bureau ends the rounds after a confirmation; schools may now admit those still unplaced (补录), and B's 我的志愿 says so
  await clerk.reload();
  await clerk.getByText('第二轮起：由教育局逐轮确认。').waitFor();
  await tapButton(clerk, '结束统一录取，转入补录');
  await clerk
    .getByRole('alertdialog')
    .getByText(/^结束后不再进行第3轮/)
    .waitFor();
  await confirmDialog(clerk);
  await clerk.getByText('统一录取已于第2轮后结束（教育局结束了统一录取的轮次）。还没有被录取的学生，现在由还有名额的学校补录。').waitFor();
  expect(await clerk.locator('.nut-button', { hasText: '确认第3轮录取' }).count()).toBe(0);
  await familyB.reload();
  await familyB.getByText('补录', { exact: true }).waitFor();
  await familyB.getByText(/^统一录取的各轮已于 .+ 结束，孩子目前还没有被录取。现在进入补录/).waitFor();

  // The school records A's 报到; A's 我的志愿 shows what the school recorded, with the way to report it
  const registrar = await personOnPhone(stage, '学校管理员');
  await openStaffTask(registrar, '本校生源线索');
  await registrar.locator('.nut-cell', { hasText: '李明 · 已录取' }).tap();
  await tapButton(registrar, '已报到');
  await registrar.getByText('李明 · 已报到').waitFor();
  await familyA.reload();
  const recordsA = familyA.locator('.school-records');
  await recordsA.getByText(new RegExp(`${JOURNEY_SCHOOL}记录：计算机应用专业录取$`)).waitFor();
  await recordsA.getByText(new RegExp(`${JOURNEY_SCHOOL}记录：报到入学$`)).waitFor();
  await recordsA.getByText('举报未报考的学校').waitFor();
  await offerA.getByText(`已在${JOURNEY_SCHOOL}报到。`).waitFor();
});
