import { main as choiceMine } from '../../../cloudfunctions/family/choiceMine';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as inboxList } from '../../../cloudfunctions/public/inboxList';
import { main as admissionAdmit } from '../../../cloudfunctions/school/admissionAdmit';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as leadReassign } from '../../../cloudfunctions/school/leadReassign';
import { main as registrationConfirm } from '../../../cloudfunctions/school/registrationConfirm';
import { main as schoolNoticeSave } from '../../../cloudfunctions/school/schoolNoticeSave';
import { main as unifiedCommit } from '../../../cloudfunctions/sheets/unifiedCommit';
import { main as outboxDeliver } from '../../../cloudfunctions/timers/outboxDeliver';
import type { Lead } from '../../../shared/records/lead';
import type { OutboxEntry } from '../../../shared/records/outbox';
import { schoolNoticeIdOf } from '../../../shared/records/unified-round';
import { schoolRecordSchema } from '../../../shared/school-records';
import { aNotice, atClock, IN_ADMISSION_WINDOW } from '../../helpers/admission';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';
import { bureau, contestedSeason } from '../../helpers/unified';

/**
 * R28: a family is told whenever a school records its child — admitted, 报到, 学籍 registered,
 * left (and an admission the school marks 未就读) — through the outbox and 我的志愿, whichever way
 * admission runs; the message names the school and says how to report it if they never chose it.
 *
 * The actions that record a child, each walked below:
 *   admissionAdmit (a school season's desk, a batch of students)      → admitted
 *   unifiedCommit (a unified season's round, through the allocation)  → admitted
 *   leadProgress 'enrolled' (报到)                                     → enrolled
 *   registrationConfirm (学籍, a batch)                                → registered
 *   leadProgress 'left' (离校)                                         → left
 *   leadProgress 'lost' after an admission (未就读)                    → not-attending
 * Not records (no R28 message): leadProgress 'contacted', 'visited', a note at the same step, 'lost'
 * before any admission; leadReassign; the family's own withdrawal or release.
 */
const backend = freshBackendPerTest();
const store = () => backend.emulator.store;
const admin = openidOf('schoolAdmin'); // 赵主任, 忻州市职业技术学校
const XZ = 'school-xz-vocational';
const XZ_NAME = '忻州市职业技术学校';
const REPORT_PAGE = '/family/pages/report/index';

const told = (openid?: string) =>
  (store().find('outbox', { kind: 'school-recorded', ...(openid ? { recipientOpenid: openid } : {}) }) as unknown as OutboxEntry[]).sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );
const progressMessages = (openid: string) => store().find('outbox', { kind: 'status-changed', recipientOpenid: openid }) as unknown as OutboxEntry[];
const leadAt = (formId: string, schoolId = XZ) => (store().find('leads', { formId, schoolId }) as unknown as Lead[])[0] as Lead;

/** A form filed in the choice window by its own family (aForm chooses 忻州市职业技术学校 first, then 忻府区职业中学). */
async function filed(n: number): Promise<{ formId: string; family: string; name: string }> {
  const family = `family-told-${n}`;
  const name = `学生${'甲乙丙丁'[n] ?? n}`;
  const form = aForm({ student: { ...aForm().student, name, idNumber: idNumber('20110315', 201 + 2 * n) } });
  const { formId } = await atClock('2027-04-15T10:00:00+08:00', () => expectOk(choiceSubmit, form, family));
  return { formId, family, name };
}

/** The message to a family names the school, the record and the student, and opens the report page. */
function expectMessage(entry: OutboxEntry | undefined, family: string, student: string, phrase: string) {
  expect(entry).toMatchObject({ recipientOpenid: family, schoolId: XZ, page: REPORT_PAGE, status: 'pending' });
  expect(entry?.data).toMatchObject({ thing1: student, thing2: XZ_NAME, phrase3: phrase, thing5: '如未报考该校请点此举报' });
}

async function recordsOf(family: string) {
  const mine = await expectOk(choiceMine, {}, family);
  return mine.forms[0]?.records ?? [];
}

test('R28: every action that records a child at a school tells its family once, naming the school, with the report page; 我的志愿 shows the same records', async () => {
  const a = await filed(0);
  const b = await filed(1);
  const c = await filed(2);
  const [la, lb, lc] = [leadAt(a.formId), leadAt(b.formId), leadAt(c.formId)];

  // admissionAdmit: one batch admits three students to 计算机应用; each family is told, in the admission's transaction
  await atClock(IN_ADMISSION_WINDOW, () => expectOk(admissionAdmit, { majorId: 'major-xz-001', leadIds: [la._id, lb._id, lc._id], notice: aNotice }, admin));
  for (const s of [a, b, c]) {
    expect(told(s.family)).toHaveLength(1);
    expectMessage(told(s.family)[0], s.family, s.name, '已录取');
  }
  // the admission is told once, as R28's message; no second 志愿进展 message says the same
  expect(progressMessages(a.family)).toEqual([]);
  expect(await recordsOf(a.family)).toEqual([
    { schoolId: XZ, schoolName: XZ_NAME, record: 'admitted', at: '2027-07-10T02:00:00.000Z', text: `2027年7月10日 10:00 ${XZ_NAME}记录：计算机应用专业录取` },
  ]);

  // leadProgress 报到
  await atClock('2027-08-28T09:00:00+08:00', async () => {
    for (const l of [la, lb]) await expectOk(leadProgress, { id: l._id, status: 'enrolled' }, admin);
  });
  expectMessage(told(a.family)[1], a.family, a.name, '已报到');
  expect(told(a.family)).toHaveLength(2);

  // registrationConfirm: a batch of two 学籍 registrations, each family told
  await atClock('2027-10-20T10:00:00+08:00', () => expectOk(registrationConfirm, { leadIds: [la._id, lb._id] }, admin));
  expectMessage(told(a.family)[2], a.family, a.name, '学籍已注册');
  expectMessage(told(b.family)[2], b.family, b.name, '学籍已注册');

  // leadProgress 离校, with its day
  await atClock('2027-10-21T10:00:00+08:00', () => expectOk(leadProgress, { id: la._id, status: 'left', note: '转学到外省', on: '2027-10-21' }, admin));
  expectMessage(told(a.family)[3], a.family, a.name, '已离校');

  // leadProgress 未就读 after an admission: the school ends the admission it recorded
  await atClock('2027-09-01T10:00:00+08:00', () => expectOk(leadProgress, { id: lc._id, status: 'lost', note: '家长说不来了' }, admin));
  expectMessage(told(c.family)[1], c.family, c.name, '未就读');

  // 我的志愿: the same records, oldest first, each naming the school and when
  expect((await recordsOf(a.family)).map((r) => [r.record, r.text])).toEqual([
    ['admitted', `2027年7月10日 10:00 ${XZ_NAME}记录：计算机应用专业录取`],
    ['enrolled', `2027年8月28日 09:00 ${XZ_NAME}记录：报到入学`],
    ['registered', `2027年10月20日 10:00 ${XZ_NAME}记录：注册学籍`],
    ['left', `2027年10月21日 10:00 ${XZ_NAME}记录：离校（2027-10-21）`],
  ]);
  expect((await recordsOf(c.family)).map((r) => r.record)).toEqual(['admitted', 'not-attending']);
  // the timeline has the registration as well
  expect((await expectOk(choiceMine, {}, a.family)).forms[0]?.timeline.map((t) => t.text)).toContain(`${XZ_NAME}：学籍已注册`);
  // every record kind was walked
  const walked = new Set([...told(a.family), ...told(c.family)].map((m) => m.data.phrase3));
  expect(walked.size).toBe(schoolRecordSchema.options.length);

  // delivered: the subscribe message opens the report page, the inbox names the school and says how to report it
  await atClock('2027-10-22T10:00:00+08:00', () => expectOk(outboxDeliver, {}, ''));
  const sent = backend.emulator.wx.list().filter((w) => (w.requestData as { touser: string }).touser === a.family);
  expect(sent).toHaveLength(4);
  for (const w of sent) expect(w.requestData).toMatchObject({ templateId: 'local-template-school-recorded', page: REPORT_PAGE });
  const inbox = (await expectOk(inboxList, {}, a.family)).items;
  expect(inbox).toHaveLength(4);
  for (const m of inbox) {
    expect(m.link).toBe(REPORT_PAGE);
    expect(m.title).toContain(XZ_NAME);
    expect(m.body).toContain(`如果您从未报考${XZ_NAME}，请在“我的 → 举报违规招生”中向教育局举报。`);
  }
  expect(inbox.map((m) => m.title)).toEqual([
    `${XZ_NAME}：${a.name}已离校`,
    `${XZ_NAME}：${a.name}学籍已注册`,
    `${XZ_NAME}：${a.name}已报到`,
    `${XZ_NAME}：${a.name}已录取`,
  ]);
});

test('R28: a unified round tells each family admitted by the allocation, naming the school; committing again tells no one again', async () => {
  const { forms } = await contestedSeason(store());
  await expectOk(schoolNoticeSave, { notice: { reportOn: '2027-08-26', place: '学校报到处', bring: '录取通知书' }, revision: 0 }, admin);
  store().write([
    {
      collection: 'schoolNotices',
      id: schoolNoticeIdOf('school-xinfu-vocational', 2027),
      doc: {
        reportOn: '2027-08-26',
        place: '本部',
        bring: '录取通知书',
        schoolId: 'school-xinfu-vocational',
        year: 2027,
        revision: 1,
        updatedAt: new Date(),
        updatedByName: '忻府区管理员',
      },
      insert: true,
    },
  ]);
  const progress = await expectOk(unifiedCommit, { round: 1 }, bureau);
  const admitted = store().find('leads', { status: 'admitted' }) as unknown as Lead[];
  expect(admitted).toHaveLength(progress.applied);
  expect(admitted.length).toBeGreaterThan(0);
  for (const lead of admitted) {
    const family = forms.find((f) => f.formId === lead.formId)?.family as string;
    const messages = told(family);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      recipientOpenid: family,
      schoolId: lead.schoolId,
      page: REPORT_PAGE,
      data: expect.objectContaining({ thing2: lead.schoolName, phrase3: '已录取' }),
    });
    expect((await recordsOf(family)).map((r) => [r.schoolName, r.record])).toEqual([[lead.schoolName, 'admitted']]);
  }
  await invoke(unifiedCommit, { round: 1 }, bureau);
  expect(told()).toHaveLength(admitted.length);
});

test('R28: contacted, visited, a note, lost before any admission and a reassignment are no records: no R28 message (the 志愿进展 message as before, once each)', async () => {
  const a = await filed(0);
  const b = await filed(1);
  const [la, lb] = [leadAt(a.formId), leadAt(b.formId)];
  await expectOk(leadProgress, { id: la._id, status: 'contacted' }, admin);
  await expectOk(leadProgress, { id: la._id, status: 'contacted', note: '约好周六来校' }, admin);
  await expectOk(leadProgress, { id: la._id, status: 'visited' }, admin);
  await expectOk(leadReassign, { id: la._id, recruiterStaffId: 'staff-recruiter-li' }, admin);
  await expectOk(leadProgress, { id: lb._id, status: 'lost', note: '已被普通高中录取' }, admin);
  expect(told()).toEqual([]);
  expect(progressMessages(a.family).map((m) => m.data.phrase3)).toEqual(['学校已联系', '已到校参观']);
  expect(progressMessages(b.family).map((m) => m.data.phrase3)).toEqual(['未就读']);
  expect(await recordsOf(a.family)).toEqual([]);
  expect(await recordsOf(b.family)).toEqual([]);
});

test('R28: an action run again records nothing again and tells no one twice — admitting twice, 报到 tapped twice at once, a confirmation replayed', async () => {
  const a = await filed(0);
  const la = leadAt(a.formId);
  const admitOnce = () => invoke(admissionAdmit, { majorId: 'major-xz-001', leadIds: [la._id], notice: aNotice }, admin);
  await atClock(IN_ADMISSION_WINDOW, async () => {
    const answers = await Promise.all([admitOnce(), admitOnce()]);
    expect(answers.filter((r) => r.ok)).not.toHaveLength(0);
    expect(await expectOk(admissionAdmit, { majorId: 'major-xz-001', leadIds: [la._id], notice: aNotice }, admin)).toMatchObject({ admitted: 0, already: 1 });
  });
  expect(told(a.family)).toHaveLength(1);
  await atClock('2027-08-28T09:00:00+08:00', async () => {
    const [x, y] = await Promise.all([
      invoke(leadProgress, { id: la._id, status: 'enrolled' }, admin),
      invoke(leadProgress, { id: la._id, status: 'enrolled' }, admin),
    ]);
    expect([x.ok, y.ok]).toEqual([true, true]);
  });
  expect(told(a.family)).toHaveLength(2);
  await atClock('2027-10-20T10:00:00+08:00', async () => {
    const [first, replay] = await Promise.all([
      invoke(registrationConfirm, { leadIds: [la._id] }, admin),
      invoke(registrationConfirm, { leadIds: [la._id] }, admin),
    ]);
    expect([first.ok, replay.ok]).toEqual([true, true]);
    expect(await expectOk(registrationConfirm, { leadIds: [la._id] }, admin)).toEqual({ registered: 0, already: 1, notEnrolled: 0 });
  });
  expect(told(a.family).map((m) => m.data.phrase3)).toEqual(['已录取', '已报到', '学籍已注册']);
  expect((await recordsOf(a.family)).map((r) => r.record)).toEqual(['admitted', 'enrolled', 'registered']);
});

test('R28: 报到 at one school releases the other school’s admission; the family is told of the 报到, the release is their own choice and no record of the other school', async () => {
  const a = await filed(0);
  const xz = leadAt(a.formId);
  const xinfu = leadAt(a.formId, 'school-xinfu-vocational');
  const xinfuAdmin = 'openid-admin-xinfu-r28';
  store().write([
    {
      collection: 'staff',
      id: 'staff-admin-xinfu-r28',
      insert: true,
      doc: { _id: 'staff-admin-xinfu-r28', openid: xinfuAdmin, name: '孙校长', role: 'schoolAdmin', schoolId: 'school-xinfu-vocational', status: 'active' },
    },
  ]);
  await atClock(IN_ADMISSION_WINDOW, async () => {
    await expectOk(admissionAdmit, { majorId: 'major-xz-001', leadIds: [xz._id], notice: aNotice }, admin);
    await expectOk(admissionAdmit, { majorId: 'major-xf-001', leadIds: [xinfu._id], notice: aNotice }, xinfuAdmin);
  });
  await atClock('2027-07-11T09:00:00+08:00', () => expectOk(leadProgress, { id: xz._id, status: 'enrolled' }, admin));
  expect(leadAt(a.formId, 'school-xinfu-vocational').status).toBe('released');
  expect(told(a.family).map((m) => [m.data.thing2, m.data.phrase3])).toEqual([
    [XZ_NAME, '已录取'],
    ['忻府区职业中学', '已录取'],
    [XZ_NAME, '已报到'],
  ]);
  expect((await recordsOf(a.family)).map((r) => [r.schoolName, r.record])).toEqual([
    [XZ_NAME, 'admitted'],
    ['忻府区职业中学', 'admitted'],
    [XZ_NAME, 'enrolled'],
  ]);
});

test('R28: a school cannot record a child whose family never chose it — registering another school’s student is refused and tells no one', async () => {
  const a = await filed(0);
  const other = leadAt(a.formId, 'school-xinfu-vocational');
  // 忻州市职业技术学校's admin tries to register the student through 忻府区职业中学's lead, and to admit or enroll it
  expect(await atClock('2027-10-20T10:00:00+08:00', () => invoke(registrationConfirm, { leadIds: [other._id] }, admin))).toMatchObject({ ok: false });
  expect(
    await atClock(IN_ADMISSION_WINDOW, () => invoke(admissionAdmit, { majorId: 'major-xz-001', leadIds: [other._id], notice: aNotice }, admin)),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await invoke(leadProgress, { id: other._id, status: 'enrolled' }, admin)).toMatchObject({ ok: false });
  expect(told()).toEqual([]);
  expect(await recordsOf(a.family)).toEqual([]);
});
