import ExcelJS from 'exceljs';
import { main as choiceRevise } from '../../../cloudfunctions/family/choiceRevise';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as choiceWithdraw } from '../../../cloudfunctions/family/choiceWithdraw';
import { main as earlyStudyDecide } from '../../../cloudfunctions/staff/earlyStudyDecide';
import { main as earlyStudyExport } from '../../../cloudfunctions/sheets/earlyStudyExport';
import { main as earlyStudyList } from '../../../cloudfunctions/staff/earlyStudyList';
import { main as earlyStudyRequest } from '../../../cloudfunctions/family/earlyStudyRequest';
import type { EarlyStudy } from '../../../shared/records/early-study';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R8: early study at a vocational school from 1 May, confirmed by both the junior high and the school. */
const backend = freshBackendPerTest('2027-05-10T10:00:00+08:00');
const family = openidOf('student');
const junior = openidOf('juniorStaff'); // 忻州市第二中学初中部
const school = openidOf('schoolAdmin'); // 忻州市职业技术学校
const recruiter = openidOf('recruiter'); // the same school
const XZ = 'school-xz-vocational';
const XINFU = 'school-xinfu-vocational';

async function aForm二中(openid = family, sequence = 123) {
  const form = aForm({ student: { ...aForm().student, idNumber: idNumber('20110315', sequence) } });
  return (await expectOk(choiceSubmit, form, openid)).formId;
}

const stored = (id: string) => backend.emulator.store.getById('earlyStudies', id)?.doc as unknown as EarlyStudy;
const outbox = (kind: string) => backend.emulator.store.find('outbox', { kind });

test('R8: before the season’s early-study day a request is refused with the date; from midnight of that day in Shanghai it is taken', async () => {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-20T10:00:00+08:00';
  const formId = await aForm二中();
  process.env.LOCAL_EMULATOR_NOW = '2027-04-30T23:59:59+08:00';
  expect(await invoke(earlyStudyRequest, { formId, schoolId: XZ }, family)).toEqual({
    ok: false,
    error: { code: 'WINDOW_CLOSED', message: '提前到中职学校学习从 2027-05-01 起才能申请。' },
  });
  expect(backend.emulator.store.count('earlyStudies', {})).toBe(0);
  process.env.LOCAL_EMULATOR_NOW = '2027-05-01T00:00:00+08:00';
  expect(await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family)).toMatchObject({
    status: 'pending',
    schoolName: '忻州市职业技术学校',
    juniorSchoolName: '忻州市第二中学初中部',
  });
});

test('R8: the request goes to the junior high and the school; it is confirmed only when both have confirmed, each with who and when, and the family is told of each step', async () => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  // the junior high's staff and the school's admin are asked
  expect(
    outbox('early-study-request')
      .map((m) => m.recipientOpenid)
      .sort(),
  ).toEqual([school, junior].sort());
  const afterJunior = await expectOk(earlyStudyDecide, { id: request.id, decision: 'confirm' }, junior);
  expect(afterJunior).toMatchObject({
    status: 'pending',
    junior: { decision: 'confirmed', staffName: '郭老师', at: expect.any(String) },
    school: { decision: 'pending' },
    mayDecide: false,
  });
  expect(await expectOk(earlyStudyList, {}, school)).toMatchObject({ items: [{ id: request.id, status: 'pending', mayDecide: true }] });
  const both = await expectOk(earlyStudyDecide, { id: request.id, decision: 'confirm' }, school);
  expect(both).toMatchObject({ status: 'confirmed', statusLabel: '两校均已确认', school: { decision: 'confirmed', staffName: '赵主任' } });
  expect(stored(request.id)).toMatchObject({
    status: 'confirmed',
    activeKey: formId,
    junior: { staffId: 'staff-junior-xz-2' },
    school: { staffId: 'staff-admin-zhao' },
  });
  expect(outbox('early-study-step').map((m) => [m.recipientOpenid, (m.data as Record<string, string>).phrase3])).toEqual([
    [family, '初中已确认'],
    [family, '两校已确认'],
  ]);
  // the family sees it in its own list; the confirmed request cannot be answered again
  expect(await expectOk(earlyStudyList, {}, family)).toMatchObject({ items: [{ id: request.id, status: 'confirmed' }], from: '2027-05-01' });
  expect(await invoke(earlyStudyDecide, { id: request.id, decision: 'decline', reason: '名额已满' }, recruiter)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

test('R8: one decline settles it with the reason; the other side cannot answer any more; the family may then ask again', async () => {
  const formId = await aForm二中();
  const first = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  const declined = await expectOk(earlyStudyDecide, { id: first.id, decision: 'decline', reason: '该专业不接收提前学习' }, recruiter);
  expect(declined).toMatchObject({ status: 'declined', school: { decision: 'declined', reason: '该专业不接收提前学习', staffName: '王老师' } });
  expect(await invoke(earlyStudyDecide, { id: first.id, decision: 'confirm' }, junior)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '这项申请已有结果，不能再更改。' },
  });
  expect(stored(first.id).activeKey).toBeUndefined();
  const again = await expectOk(earlyStudyRequest, { formId, schoolId: XINFU }, family);
  expect(again).toMatchObject({ status: 'pending', schoolName: '忻府区职业中学' });
  expect(again.id).not.toBe(first.id);
});

test('R8: withdrawing the form cancels its request, and a school can no longer confirm it', async () => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  await expectOk(earlyStudyDecide, { id: request.id, decision: 'confirm' }, junior);
  await expectOk(choiceWithdraw, { formId }, family);
  expect(stored(request.id)).toMatchObject({ status: 'cancelled', cancelledReason: '学生撤回了志愿表' });
  expect(stored(request.id).activeKey).toBeUndefined();
  expect(await invoke(earlyStudyDecide, { id: request.id, decision: 'confirm' }, school)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('撤回') },
  });
  expect(await invoke(earlyStudyRequest, { formId, schoolId: XZ }, family)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('R8: a revision that drops the school cancels the request; one that keeps it leaves it standing', async () => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XINFU }, family);
  const base = aForm({ student: { ...aForm().student, idNumber: idNumber('20110315', 123) } });
  await expectOk(choiceRevise, { ...base, formId, choices: base.choices.slice(0, 2) }, family);
  expect(stored(request.id).status).toBe('pending');
  await expectOk(choiceRevise, { ...base, requestId: 'revision-two-0001', formId, choices: [base.choices[0]] }, family);
  expect(stored(request.id)).toMatchObject({ status: 'cancelled', cancelledReason: '学生的志愿表不再填报忻府区职业中学' });
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.earlyStudyId).toBeUndefined();
});

test('R8: only a school on the form, only by the family who filed it, one standing request per form; asking again for the same school is the same request', async () => {
  const formId = await aForm二中();
  expect(await invoke(earlyStudyRequest, { formId, schoolId: 'school-yp-vocational' }, family)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { schoolId: expect.any(String) } },
  });
  expect(await invoke(earlyStudyRequest, { formId, schoolId: XZ }, openidOf('guardian'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  const first = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  expect((await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family)).id).toBe(first.id);
  expect(await invoke(earlyStudyRequest, { formId, schoolId: XINFU }, family)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(backend.emulator.store.count('earlyStudies', {})).toBe(1);
});

test('R8: two requests for one form at the same moment, to two schools: one stands, the other is refused', async () => {
  const formId = await aForm二中();
  const results = await Promise.all([XZ, XINFU].map((schoolId) => invoke(earlyStudyRequest, { formId, schoolId }, family)));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(backend.emulator.store.find('earlyStudies', { status: 'pending' })).toHaveLength(1);
});

test('R8: the junior high and the school confirming at the same moment both count: the request is confirmed with both answers', async () => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  const results = await Promise.all([
    invoke(earlyStudyDecide, { id: request.id, decision: 'confirm' }, junior),
    invoke(earlyStudyDecide, { id: request.id, decision: 'confirm' }, school),
  ]);
  expect(results.every((r) => r.ok)).toBe(true);
  expect(stored(request.id)).toMatchObject({ status: 'confirmed', junior: { decision: 'confirmed' }, school: { decision: 'confirmed' } });
});

test('R8: a withdrawal racing a confirmation leaves the request cancelled, never confirmed on a withdrawn form', async () => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  await expectOk(earlyStudyDecide, { id: request.id, decision: 'confirm' }, junior);
  await Promise.all([invoke(earlyStudyDecide, { id: request.id, decision: 'confirm' }, school), invoke(choiceWithdraw, { formId }, family)]);
  expect(stored(request.id).status).toBe('cancelled');
  expect(backend.emulator.store.getById('choiceForms', formId)?.doc.status).toBe('withdrawn');
});

test('R23: junior-high staff see their own students’ requests with R8’s facts only; another junior high’s staff or another school cannot see or answer them', async () => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  const list = await expectOk(earlyStudyList, {}, junior);
  expect(list.items).toHaveLength(1);
  expect(list.items[0]?.formId).toBeNull();
  expect(Object.keys(list.items[0] ?? {}).sort()).toEqual([
    'cancelledReason',
    'createdAt',
    'formId',
    'id',
    'junior',
    'juniorSchoolName',
    'majorName',
    'mayDecide',
    'school',
    'schoolName',
    'status',
    'statusLabel',
    'studentName',
  ]);
  expect(JSON.stringify(list)).not.toMatch(/1381|1390|110105|李建国/);
  // another junior high's teacher and another school's recruiter
  backend.emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-junior-xz-6',
      insert: true,
      doc: { _id: 'staff-junior-xz-6', openid: 'openid-junior-xz-6', name: '钱老师', role: 'juniorStaff', juniorSchoolId: 'junior-xz-6', status: 'active' },
    },
  ]);
  for (const [openid, role] of [
    ['openid-junior-xz-6', 'another junior high'],
    ['seed-openid-recruiter-zhou', 'another school'],
  ]) {
    expect({ role, list: (await expectOk(earlyStudyList, {}, openid as string)).items }).toEqual({ role, list: [] });
    expect({ role, answer: await invoke(earlyStudyDecide, { id: request.id, decision: 'confirm' }, openid as string) }).toMatchObject({
      role,
      answer: { ok: false, error: { code: 'NOT_FOUND' } },
    });
  }
  // and junior-high staff never ask for a student
  expect(await invoke(earlyStudyRequest, { formId, schoolId: XZ }, junior)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test.each([
  ['a decline without a reason', { decision: 'decline' }, 'reason'],
  ['a decline with a control character', { decision: 'decline', reason: '不同意\u0000' }, 'reason'],
  ['an unknown decision', { decision: 'maybe' }, 'decision'],
  ['an id of 10,000 characters', { id: 'x'.repeat(10_000), decision: 'confirm' }, 'id'],
])('hostile input to earlyStudyDecide — %s — is refused with a field error and changes nothing', async (_name, over, field) => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  expect(await invoke(earlyStudyDecide, { id: request.id, ...over }, school)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } },
  });
  expect(stored(request.id)).toMatchObject({ status: 'pending', school: { decision: 'pending' } });
});

test('R8: the bureau exports the list as the hand-over record, with both schools’ answers; schools and junior highs cannot', async () => {
  const formId = await aForm二中();
  const other = await aForm二中('family-2', 125);
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  await expectOk(earlyStudyRequest, { formId: other, schoolId: XINFU }, 'family-2');
  await expectOk(earlyStudyDecide, { id: request.id, decision: 'confirm' }, junior);
  await expectOk(earlyStudyDecide, { id: request.id, decision: 'confirm' }, school);
  const file = await expectOk(earlyStudyExport, {}, openidOf('bureauAdmin'));
  expect(file.fileName).toBe('2027年提前学习学生名单.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  expect(sheet.getRow(2).values).toEqual([undefined, '序号', '学生姓名', '初中学校', '接收学校', '专业', '状态', '初中学校意见', '接收学校意见', '申请时间']);
  expect(sheet.rowCount).toBe(4);
  const confirmed = [3, 4].map((r) => sheet.getRow(r)).find((row) => row.getCell(6).text === '两校均已确认');
  expect(confirmed?.getCell(7).text).toMatch(/^同意（郭老师，2027-05-10 10:00）$/);
  expect(confirmed?.getCell(8).text).toMatch(/^同意（赵主任，/);
  for (const persona of ['schoolAdmin', 'juniorStaff', 'student'])
    expect(await invoke(earlyStudyExport, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R8, R23: a revision naming another junior high cancels the request made at the old one; the old junior high can no longer answer it', async () => {
  const formId = await aForm二中();
  const request = await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family);
  const base = aForm({ student: { ...aForm().student, idNumber: idNumber('20110315', 123), juniorSchoolId: 'junior-xz-6' } });
  await expectOk(choiceRevise, { ...base, formId }, family);
  expect(stored(request.id)).toMatchObject({ status: 'cancelled', cancelledReason: '学生的初中学校已更改，请重新申请' });
  expect(await invoke(earlyStudyDecide, { id: request.id, decision: 'confirm' }, junior)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect((await expectOk(earlyStudyList, { status: 'pending' }, junior)).items).toEqual([]);
  // asked again, it goes to the new junior high
  expect(await expectOk(earlyStudyRequest, { formId, schoolId: XZ }, family)).toMatchObject({ status: 'pending', juniorSchoolName: '忻州市第六中学' });
});
