import ExcelJS from 'exceljs';
import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as leadProgress } from '../../../cloudfunctions/school/leadProgress';
import { main as registrationConfirm } from '../../../cloudfunctions/school/registrationConfirm';
import { main as registrationExport } from '../../../cloudfunctions/sheets/registrationExport';
import { main as registrationRemind } from '../../../cloudfunctions/timers/registrationRemind';
import { main as registrationStatus } from '../../../cloudfunctions/staff/registrationStatus';
import { REGISTRATION_HEADERS } from '../../../cloudfunctions/domains/admission/registration-workbook';
import type { Lead } from '../../../shared/records/lead';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm, idNumber } from '../../helpers/forms';

/** R15: registration (学籍注册) by 10 November; no double registration. */
const backend = freshBackendPerTest('2027-10-20T10:00:00+08:00');
const admin = openidOf('schoolAdmin'); // 赵主任, 忻州市职业技术学校
const XZ = 'school-xz-vocational';
const XINFU = 'school-xinfu-vocational';
const XINFU_ADMIN = 'openid-admin-xinfu-sun';

interface Student {
  name: string;
  sequence: number;
}

/** Forms filed in the choice window (each chooses 市职校 and 忻府区职业中学, as aForm does). */
async function formsOf(students: Student[]): Promise<string[]> {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:00:00+08:00';
  const ids: string[] = [];
  for (const [i, s] of students.entries()) {
    const form = aForm({
      student: { ...aForm().student, name: s.name, gender: s.sequence % 2 === 1 ? 'male' : 'female', idNumber: idNumber('20110315', s.sequence) },
    });
    ids.push((await expectOk(choiceSubmit, form, `family-${i}`)).formId);
  }
  process.env.LOCAL_EMULATOR_NOW = '2027-10-20T10:00:00+08:00';
  return ids;
}

const leadOf = (formId: string, schoolId: string) => (backend.emulator.store.find('leads', { formId, schoolId }) as unknown as Lead[])[0] as Lead;

/** As the admission and enrollment functions will leave it (written directly: they are not part of R15). */
function seedLead(
  formId: string,
  schoolId: string,
  status: 'admitted' | 'enrolled' | 'left',
  majorId: string,
  majorName: string,
  extra: Partial<Lead> = {},
): string {
  const lead = leadOf(formId, schoolId);
  const admission = {
    majorId,
    majorName,
    rank: 1,
    at: new Date('2027-07-10T02:00:00Z'),
    staffName: '赵主任',
    notice: { reportOn: '2027-08-28', place: '本部', bring: '录取通知书' },
  };
  const enrollment = status === 'admitted' ? {} : { enrollment: { at: new Date('2027-08-28T02:00:00Z'), staffName: '赵主任' } };
  const left = status === 'left' ? { left: { on: '2027-09-15', reason: '转学', at: new Date('2027-09-15T02:00:00Z'), staffName: '赵主任' } } : {};
  backend.emulator.store.write([
    { collection: 'leads', id: lead._id, doc: { ...lead, status, admission, ...enrollment, ...left, ...extra } as unknown as Record<string, unknown> },
  ]);
  return lead._id;
}

function addXinfuAdmin() {
  backend.emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-admin-xinfu-sun',
      insert: true,
      doc: { _id: 'staff-admin-xinfu-sun', openid: XINFU_ADMIN, name: '孙校长', role: 'schoolAdmin', schoolId: XINFU, status: 'active' },
    },
  ]);
}

async function workbookOf(content: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

const cellsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

const registeredLeads = () => (backend.emulator.store.find('leads', {}) as unknown as Lead[]).filter((l) => l.registration);
const auditOf = (action: string) => backend.emulator.store.find('auditLog', { action });

test('R15: a student enrolled at two schools is flagged to both schools and the bureau, and left out of both schools’ sheets until one records the student left', async () => {
  addXinfuAdmin();
  const [twice, once] = await formsOf([
    { name: '李明', sequence: 123 },
    { name: '王芳', sequence: 124 },
  ]);
  const twiceAtXz = seedLead(twice as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  const twiceAtXinfu = seedLead(twice as string, XINFU, 'enrolled', 'major-xf-001', '电子商务');
  const onceAtXz = seedLead(once as string, XZ, 'enrolled', 'major-xz-003', '护理');

  const mine = await expectOk(registrationStatus, {}, admin);
  expect(mine.schools).toEqual([
    { schoolId: XZ, schoolName: '忻州市职业技术学校', district: expect.any(String), enrolled: 2, registered: 0, flagged: 1, outstanding: 2 },
  ]);
  expect(mine.flagged).toEqual([{ leadId: twiceAtXz, maskedName: '李*', majorName: '计算机应用', otherSchoolNames: ['忻府区职业中学'] }]);
  expect(await expectOk(registrationStatus, {}, XINFU_ADMIN)).toMatchObject({
    schools: [{ schoolId: XINFU, enrolled: 1, flagged: 1 }],
    flagged: [{ leadId: twiceAtXinfu, maskedName: '李*', otherSchoolNames: ['忻州市职业技术学校'] }],
  });
  // nothing of the other school's student beyond the school's name: no full name, no ID, no major there
  expect(JSON.stringify(mine)).not.toMatch(/李明|电子商务|110105/);

  const bureau = await expectOk(registrationStatus, {}, openidOf('bureauAdmin'));
  expect(bureau).toMatchObject({ deadline: '2027-11-10', late: false, mayExport: false, flagged: [] });
  expect(bureau.schools.find((s) => s.schoolId === XZ)).toMatchObject({ enrolled: 2, flagged: 1, outstanding: 2 });
  expect(bureau.schools.find((s) => s.schoolId === XINFU)).toMatchObject({ enrolled: 1, flagged: 1, outstanding: 1 });
  // a district reviewer sees its district's schools only
  const district = await expectOk(registrationStatus, {}, 'seed-openid-reviewer-xinfu');
  expect(district.schools.length).toBeGreaterThan(0);
  expect(district.schools.every((s) => s.district === '忻府区')).toBe(true);
  expect(district.schools.length).toBeLessThan(bureau.schools.length);

  const xz = await expectOk(registrationExport, {}, admin);
  expect(xz).toMatchObject({ exported: 1, leadIds: [onceAtXz], flagged: [{ leadId: twiceAtXz, maskedName: '李*', otherSchoolNames: ['忻府区职业中学'] }] });
  const xzBook = await workbookOf(xz.content);
  const everything = JSON.stringify(xzBook.worksheets.map(cellsOf));
  expect(everything).not.toContain('李明');
  expect(everything).not.toContain(idNumber('20110315', 123));
  expect(everything).toContain('王芳');
  expect(JSON.stringify(cellsOf(xzBook.getWorksheet('汇总') as ExcelJS.Worksheet))).toContain('李*');
  const xinfu = await expectOk(registrationExport, {}, XINFU_ADMIN);
  expect(xinfu).toMatchObject({ exported: 0, leadIds: [], flagged: [{ leadId: twiceAtXinfu, maskedName: '李*' }] });
  expect(JSON.stringify((await workbookOf(xinfu.content)).worksheets.map(cellsOf))).not.toContain('李明');

  // a flagged student cannot be confirmed either
  const refused = await invoke(registrationConfirm, { leadIds: [onceAtXz, twiceAtXz] }, admin);
  expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('李*同时在忻府区职业中学报到，属重复注册') } });
  expect(registeredLeads()).toEqual([]);

  // resolved: the student left 忻府区职业中学; 市职校 registers them
  seedLead(twice as string, XINFU, 'left', 'major-xf-001', '电子商务');
  expect(await expectOk(registrationStatus, {}, admin)).toMatchObject({ schools: [{ enrolled: 2, flagged: 0 }], flagged: [] });
  const after = await expectOk(registrationExport, {}, admin);
  expect(after.exported).toBe(2);
  expect(after.leadIds.sort()).toEqual([onceAtXz, twiceAtXz].sort());
  expect(await expectOk(registrationExport, {}, XINFU_ADMIN)).toMatchObject({ exported: 0, flagged: [] });
});

test('R15: a student who left is never exported, never confirmed, and not counted', async () => {
  const [stays, leaves] = await formsOf([
    { name: '王芳', sequence: 124 },
    { name: '张小军', sequence: 125 },
  ]);
  seedLead(stays as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  const leftId = seedLead(leaves as string, XZ, 'left', 'major-xz-001', '计算机应用');
  const file = await expectOk(registrationExport, {}, admin);
  expect(file.exported).toBe(1);
  expect(file.leadIds).not.toContain(leftId);
  expect(JSON.stringify((await workbookOf(file.content)).worksheets.map(cellsOf))).not.toContain('张小军');
  expect(await invoke(registrationConfirm, { leadIds: [leftId] }, admin)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('张小军已离校') },
  });
  expect(await expectOk(registrationStatus, {}, admin)).toMatchObject({ schools: [{ enrolled: 1, registered: 0, outstanding: 1 }] });
  expect(registeredLeads()).toEqual([]);
});

test('R15: only a school admin may export (the ID numbers are decrypted for it alone); each export is audited with who, when and how many', async () => {
  const [formId] = await formsOf([{ name: '王芳', sequence: 124 }]);
  seedLead(formId as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  for (const persona of ['recruiter', 'juniorStaff', 'bureauAdmin', 'reviewer', 'student']) {
    expect(await invoke(registrationExport, {}, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(await invoke(registrationExport, {}, 'seed-openid-reviewer-xinfu')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(auditOf('registration.export')).toEqual([]);
  // the figures carry no ID number for anyone
  for (const who of [admin, openidOf('bureauAdmin')])
    expect(JSON.stringify(await expectOk(registrationStatus, {}, who))).not.toContain(idNumber('20110315', 124));

  const file = await expectOk(registrationExport, {}, admin);
  expect(file.exported).toBe(1);
  expect(auditOf('registration.export')).toEqual([
    expect.objectContaining({
      staffId: 'staff-admin-zhao',
      actorName: '赵主任',
      subjectId: XZ,
      at: new Date('2027-10-20T02:00:00Z'),
      after: { year: 2027, students: 1, flagged: 0, late: false },
    }),
  ]);
});

test('R15: the workbook has the 汇总 sheet and one sheet per major, the registration columns, and the ID number as text; after the deadline it is still made and said to be late', async () => {
  const [a, b, c] = await formsOf([
    { name: '王芳', sequence: 124 },
    { name: '李明', sequence: 123 },
    { name: '赵丽', sequence: 126 },
  ]);
  seedLead(a as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  seedLead(b as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  seedLead(c as string, XZ, 'enrolled', 'major-xz-003', '护理');
  const file = await expectOk(registrationExport, {}, admin);
  expect(file).toMatchObject({
    fileName: '2027年忻州市职业技术学校新生学籍注册表.xlsx',
    year: 2027,
    deadline: '2027-11-10',
    late: false,
    exported: 3,
    notice: expect.stringContaining('2027-11-10 前'),
  });
  const book = await workbookOf(file.content);
  expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '计算机应用', '护理']);

  const computing = book.getWorksheet('计算机应用') as ExcelJS.Worksheet;
  const rows = cellsOf(computing);
  expect(rows[0]).toEqual([...REGISTRATION_HEADERS]);
  expect(rows.slice(1).map((r) => r[1])).toEqual(['李明', '王芳']);
  expect(rows[1]).toEqual([
    1,
    '李明',
    '男',
    idNumber('20110315', 123),
    '2011-03-15',
    '应届初中毕业生',
    '计算机应用',
    '3年',
    '三年制',
    '2027-08',
    '忻州市第二中学初中部',
  ]);
  const idCell = computing.getRow(2).getCell(REGISTRATION_HEADERS.indexOf('身份证号') + 1);
  expect(typeof idCell.value).toBe('string');
  expect(idCell.value).toHaveLength(18);
  expect(idCell.numFmt).toBe('@');
  expect(computing.getColumn(REGISTRATION_HEADERS.indexOf('身份证号') + 1).numFmt).toBe('@');
  expect(cellsOf(book.getWorksheet('护理') as ExcelJS.Worksheet)[1]).toEqual([
    1,
    '赵丽',
    '女',
    idNumber('20110315', 126),
    '2011-03-15',
    '应届初中毕业生',
    '护理',
    '5年',
    '五年一贯制',
    '2027-08',
    '忻州市第二中学初中部',
  ]);

  const summary = cellsOf(book.getWorksheet('汇总') as ExcelJS.Worksheet);
  expect(summary).toEqual(
    expect.arrayContaining(
      [
        ['计算机应用', '3年', '三年制', 2],
        ['护理', '5年', '五年一贯制', 1],
        ['合计', '', '', 3],
      ].map((r) => expect.arrayContaining(r.filter((v) => v !== ''))),
    ),
  );
  expect(JSON.stringify(summary)).toContain('注册截止日期：2027-11-10');

  process.env.LOCAL_EMULATOR_NOW = '2027-11-11T00:00:01+08:00';
  const late = await expectOk(registrationExport, {}, admin);
  expect(late).toMatchObject({ late: true, exported: 3, notice: expect.stringContaining('已过2027年学籍注册截止日期（2027-11-10）') });
  expect(await expectOk(registrationStatus, {}, admin)).toMatchObject({ late: true });
});

test('R15, R24: a confirmation racing a student leaving answers what it did: the one who left is neither registered nor counted as already registered', async () => {
  const students = [0, 1, 2, 3].map((n) => ({ name: `学生${'甲乙丙丁'[n]}`, sequence: 131 + n * 2 }));
  const forms = await formsOf(students);
  for (let round = 0; round < forms.length; round += 1) {
    const ids = forms.map((f) => {
      // each round starts from students enrolled and not yet registered
      const { registration: _r, left: _l, ...lead } = leadOf(f, XZ);
      backend.emulator.store.write([{ collection: 'leads', id: lead._id, doc: lead as unknown as Record<string, unknown> }]);
      return seedLead(f, XZ, 'enrolled', 'major-xz-001', '计算机应用');
    });
    const leaving = ids[round] as string;
    const [confirmed, left] = await Promise.all([
      invoke(registrationConfirm, { leadIds: ids }, admin),
      invoke(leadProgress, { id: leaving, status: 'left', note: '转学' }, admin),
    ]);
    expect(left).toMatchObject({ ok: true });
    const leaver = backend.emulator.store.getById('leads', leaving)?.doc as unknown as Lead;
    expect(leaver).toMatchObject({ status: 'left' });
    const marked = ids.filter((id) => (backend.emulator.store.getById('leads', id)?.doc as unknown as Lead).registration).length;
    if (confirmed.ok) {
      // whoever was marked is counted as marked; the leaver was either marked before leaving or
      // counted as no longer enrolled — never as "already registered"
      expect(confirmed.data).toEqual({ registered: marked, already: 0, notEnrolled: ids.length - marked });
      expect(confirmed.data.notEnrolled).toBe(leaver.registration ? 0 : 1);
    } else {
      // it left before the confirmation looked: the whole batch is refused, naming the student
      expect(confirmed).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringContaining('已离校') } });
      expect(marked).toBe(0);
    }
  }
});

test('R15: the school admin confirms the exported students as registered; a repeat keeps the first confirmation', async () => {
  const [a, b] = await formsOf([
    { name: '王芳', sequence: 124 },
    { name: '李明', sequence: 123 },
  ]);
  seedLead(a as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  seedLead(b as string, XZ, 'enrolled', 'major-xz-003', '护理');
  const file = await expectOk(registrationExport, {}, admin);
  expect(await expectOk(registrationConfirm, { leadIds: file.leadIds }, admin)).toEqual({ registered: 2, already: 0, notEnrolled: 0 });
  expect(registeredLeads().map((l) => l.registration)).toEqual([
    { at: new Date('2027-10-20T02:00:00Z'), staffName: '赵主任' },
    { at: new Date('2027-10-20T02:00:00Z'), staffName: '赵主任' },
  ]);
  process.env.LOCAL_EMULATOR_NOW = '2027-10-21T10:00:00+08:00';
  expect(await expectOk(registrationConfirm, { leadIds: [...file.leadIds, ...file.leadIds] }, admin)).toEqual({ registered: 0, already: 2, notEnrolled: 0 });
  expect(registeredLeads().every((l) => l.registration?.at.getTime() === new Date('2027-10-20T02:00:00Z').getTime())).toBe(true);
  expect(await expectOk(registrationStatus, {}, admin)).toMatchObject({ schools: [{ enrolled: 2, registered: 2, flagged: 0, outstanding: 0 }] });
  expect(auditOf('registration.confirm')).toHaveLength(1);
});

test('R15: from 7 days before the deadline, the admins of schools with outstanding students are reminded once a day; schools with none are not', async () => {
  addXinfuAdmin();
  const [a, b] = await formsOf([
    { name: '王芳', sequence: 124 },
    { name: '李明', sequence: 123 },
  ]);
  seedLead(a as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  // 忻府区职业中学 has registered its only student
  seedLead(b as string, XINFU, 'enrolled', 'major-xf-001', '电子商务', { registration: { at: new Date('2027-10-01T02:00:00Z'), staffName: '孙校长' } });
  const remind = () => expectOk(registrationRemind, {}, '');
  const reminders = () => backend.emulator.store.find('outbox', { kind: 'task-due' });

  process.env.LOCAL_EMULATOR_NOW = '2027-11-02T23:59:59+08:00';
  expect(await remind()).toEqual({ reminded: 0 });
  process.env.LOCAL_EMULATOR_NOW = '2027-11-03T00:00:00+08:00';
  const [first, second] = await Promise.all([remind(), remind()]);
  expect(first.reminded + second.reminded).toBe(1);
  expect(reminders()).toEqual([
    expect.objectContaining({
      recipientOpenid: admin,
      schoolId: XZ,
      page: '/staff/pages/registration/index',
      data: expect.objectContaining({ thing1: '1名新生待学籍注册', date2: '2027年11月10日' }),
    }),
  ]);
  process.env.LOCAL_EMULATOR_NOW = '2027-11-03T18:00:00+08:00';
  expect(await remind()).toEqual({ reminded: 0 });
  process.env.LOCAL_EMULATOR_NOW = '2027-11-04T09:00:00+08:00';
  expect(await remind()).toEqual({ reminded: 1 });
  process.env.LOCAL_EMULATOR_NOW = '2027-11-10T23:59:59+08:00';
  expect(await remind()).toEqual({ reminded: 1 });
  expect(reminders()).toHaveLength(3);
  expect(reminders().every((m) => m.recipientOpenid === admin)).toBe(true);
  process.env.LOCAL_EMULATOR_NOW = '2027-11-11T00:00:00+08:00';
  expect(await remind()).toEqual({ reminded: 0 });
  expect(await invoke(registrationRemind, {}, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R15: hostile input to the confirmation — another school’s lead, 10,000 ids, an unenrolled student, garbage — gets a clear error and changes nothing', async () => {
  addXinfuAdmin();
  const [a, b, c] = await formsOf([
    { name: '王芳', sequence: 124 },
    { name: '李明', sequence: 123 },
    { name: '赵丽', sequence: 126 },
  ]);
  const own = seedLead(a as string, XZ, 'enrolled', 'major-xz-001', '计算机应用');
  const theirs = seedLead(b as string, XINFU, 'enrolled', 'major-xf-001', '电子商务');
  const admitted = seedLead(c as string, XZ, 'admitted', 'major-xz-001', '计算机应用');
  const before = JSON.stringify(backend.emulator.store.find('leads', {}));

  const other = await invoke(registrationConfirm, { leadIds: [own, theirs] }, admin);
  expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('有 1 名学生不是本校的学生记录，本次未作任何更改') } });
  expect(JSON.stringify(other)).not.toMatch(/李明|忻府区/);
  expect(await invoke(registrationConfirm, { leadIds: [own, 'lead-made-up'] }, admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await invoke(registrationConfirm, { leadIds: [own, admitted] }, admin)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('赵丽尚未报到') },
  });

  const many = Array.from({ length: 10_000 }, (_, i) => `lead-${i}`);
  expect(await invoke(registrationConfirm, { leadIds: many }, admin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { leadIds: '一次最多确认 1000 名学生，请分批确认' } },
  });
  for (const garbage of [
    {},
    { leadIds: [] },
    { leadIds: 'all' },
    { leadIds: [42] },
    { leadIds: [''] },
    { leadIds: [{ $ne: null }] },
    { leadIds: ['x'.repeat(65)] },
    null,
    'leadIds',
  ]) {
    expect(await invoke(registrationConfirm, garbage, admin)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  }
  for (const persona of ['recruiter', 'bureauAdmin', 'juniorStaff', 'student']) {
    expect(await invoke(registrationConfirm, { leadIds: [own] }, openidOf(persona))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(JSON.stringify(backend.emulator.store.find('leads', {}))).toBe(before);
  expect(auditOf('registration.confirm')).toEqual([]);
});
