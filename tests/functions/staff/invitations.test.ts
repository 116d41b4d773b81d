import { main as auditList } from '../../../cloudfunctions/bureau/auditList';
import { subjectOf } from '../../../cloudfunctions/domains/staff/audit-subjects';
import { auditActionSchema } from '../../../shared/records/audit';
import { main as invitationCreate } from '../../../cloudfunctions/staff/invitationCreate';
import { main as invitationList } from '../../../cloudfunctions/staff/invitationList';
import { main as invitationRedeem } from '../../../cloudfunctions/staff/invitationRedeem';
import { main as invitationRevoke } from '../../../cloudfunctions/staff/invitationRevoke';
import { main as leadList } from '../../../cloudfunctions/school/leadList';
import { main as session } from '../../../cloudfunctions/public/session';
import { main as staffChange } from '../../../cloudfunctions/staff/staffChange';
import { main as staffList } from '../../../cloudfunctions/staff/staffList';
import { CODE_ALPHABET } from '../../../shared/readable-code';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/** R20: staff act only after an invitation; single use, expiring, revocable, audited. */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const schoolAdmin = openidOf('schoolAdmin');
const newcomer = 'openid-new-teacher';

test('R20: a school admin invites a recruiter; the code binds the WeChat identity that redeems it, once', async () => {
  const { code, expiresAt } = await expectOk(invitationCreate, { role: 'recruiter', name: '钱老师', territories: ['junior-yp-1'] }, schoolAdmin);
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
  expect(expiresAt).toBe(new Date(Date.parse('2027-04-15T10:00:00+08:00') + 7 * 86_400_000).toISOString());
  // the code itself is nowhere in the database
  expect(JSON.stringify(backend.emulator.store.find('invitations', {}))).not.toContain(code.replace(/-/g, ''));
  expect(await expectOk(invitationRedeem, { code: code.toLowerCase().replace(/-/g, ' ') }, newcomer)).toEqual({
    role: 'recruiter',
    name: '钱老师',
    unit: '忻州市职业技术学校',
  });
  expect(await expectOk(session, {}, newcomer)).toEqual({ role: 'recruiter', name: '钱老师', schoolName: '忻州市职业技术学校' });
  expect((await expectOk(leadList, {}, newcomer)).items).toEqual([]);
  expect(await invoke(invitationRedeem, { code }, 'openid-someone-else')).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', fields: { code: expect.stringContaining('已经被使用') } },
  });
  expect((await expectOk(invitationList, {}, schoolAdmin)).items).toEqual([
    expect.objectContaining({ name: '钱老师', state: 'redeemed', invitedByName: '赵主任' }),
  ]);
});

test('R20: two people redeeming one code at the same moment: one becomes staff, the other is told it was used', async () => {
  const { code } = await expectOk(invitationCreate, { role: 'juniorStaff', name: '冯老师', juniorSchoolId: 'junior-yp-1' }, bureau);
  const answers = await Promise.all(['openid-a', 'openid-b', 'openid-c'].map((o) => invoke(invitationRedeem, { code }, o)));
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(['CONFLICT', 'CONFLICT']);
  expect(backend.emulator.store.count('staff', { name: '冯老师' })).toBe(1);
});

test('R20: an expired or revoked code is refused with a clear message; a revoked member’s next call is refused', async () => {
  const short = await expectOk(invitationCreate, { role: 'recruiter', name: '孔老师', validDays: 1 }, schoolAdmin);
  process.env.LOCAL_EMULATOR_NOW = '2027-04-16T10:00:01+08:00';
  expect(await invoke(invitationRedeem, { code: short.code }, newcomer)).toMatchObject({
    ok: false,
    error: { fields: { code: expect.stringContaining('已过期') } },
  });
  const revoked = await expectOk(invitationCreate, { role: 'recruiter', name: '曹老师' }, schoolAdmin);
  await expectOk(invitationRevoke, { id: revoked.id }, schoolAdmin);
  expect(await invoke(invitationRedeem, { code: revoked.code }, newcomer)).toMatchObject({
    ok: false,
    error: { fields: { code: expect.stringContaining('已被作废') } },
  });
  expect(await invoke(invitationRedeem, { code: 'ABCD-EFGH-JK' }, newcomer)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', fields: { code: '邀请码不正确，请核对后再输入' } },
  });

  const { code } = await expectOk(invitationCreate, { role: 'recruiter', name: '严老师' }, schoolAdmin);
  await expectOk(invitationRedeem, { code }, newcomer);
  const member = (await expectOk(staffList, { role: 'recruiter' }, schoolAdmin)).items.find((s) => s.name === '严老师');
  await expectOk(staffChange, { staffId: String(member?.id), action: 'revoke' }, schoolAdmin);
  expect(await invoke(leadList, {}, newcomer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await expectOk(session, {}, newcomer)).toMatchObject({ role: 'family' });
  expect(
    backend.emulator.store
      .find('auditLog', { action: { $in: ['invitation.create', 'invitation.revoke', 'invitation.redeem', 'staff.revoke'] } })
      .map((a) => a.action)
      .sort(),
  ).toEqual(['invitation.create', 'invitation.create', 'invitation.create', 'invitation.redeem', 'invitation.revoke', 'staff.revoke']);
});

test('R20: who invites whom — a school admin only recruiters of their school; the bureau the bureaus, schools and junior highs', async () => {
  expect(await invoke(invitationCreate, { role: 'schoolAdmin', name: '何主任', schoolId: 'school-xinfu-vocational' }, schoolAdmin)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await invoke(invitationCreate, { role: 'recruiter', name: '吕老师' }, bureau)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await invoke(invitationCreate, { role: 'schoolAdmin', name: '何主任', schoolId: 'school-none' }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { schoolId: '请选择学校' } },
  });
  expect(await invoke(invitationCreate, { role: 'reviewer', name: '施科长', level: 'district' }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { district: '请选择区县' } },
  });
  const admin = await expectOk(invitationCreate, { role: 'schoolAdmin', name: '何主任', schoolId: 'school-xinfu-vocational' }, bureau);
  await expectOk(invitationRedeem, { code: admin.code }, 'openid-he');
  // the new school admin invites their own recruiter, who lands in their school
  const recruiter = await expectOk(invitationCreate, { role: 'recruiter', name: '张老师' }, 'openid-he');
  expect(await expectOk(invitationRedeem, { code: recruiter.code }, 'openid-zhang')).toMatchObject({ unit: '忻府区职业中学' });
  // a school admin manages only their own school's recruiters
  const zhang = (await expectOk(staffList, {}, 'openid-he')).items.find((s) => s.name === '张老师');
  expect(await invoke(staffChange, { staffId: String(zhang?.id), action: 'revoke' }, schoolAdmin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect((await expectOk(staffList, {}, schoolAdmin)).items.map((s) => s.name).sort()).toEqual(['李老师', '王老师', '赵主任']);
});

test('R20: guessing codes is not practical: codes are long and random, and an identity gets ten tries an hour', async () => {
  const codes = await Promise.all(
    Array.from({ length: 20 }, async (_v, i) => (await expectOk(invitationCreate, { role: 'recruiter', name: `老师${i}` }, schoolAdmin)).code),
  );
  expect(new Set(codes).size).toBe(20);
  expect(CODE_ALPHABET.length ** 10).toBeGreaterThan(5e14);
  const guesses = await Promise.all(
    Array.from({ length: 14 }, (_v, i) => invoke(invitationRedeem, { code: `AAAA-AAAA-A${CODE_ALPHABET[i]}` }, 'openid-guesser')),
  );
  expect(guesses.filter((g) => !g.ok && g.error.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(4);
  // even the right code is refused to them this hour; another identity is not affected
  expect(await invoke(invitationRedeem, { code: codes[0] }, 'openid-guesser')).toMatchObject({
    ok: false,
    error: { code: 'TOO_MANY_ATTEMPTS', message: '尝试次数过多，请一小时后再试。' },
  });
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T11:00:00+08:00';
  await expectOk(invitationRedeem, { code: codes[0] }, 'openid-guesser');
});

test('R20: a member bound already cannot take a second identity; a school member’s role and a recruiter’s territory change, audited', async () => {
  const { code } = await expectOk(invitationCreate, { role: 'recruiter', name: '魏老师' }, schoolAdmin);
  expect(await invoke(invitationRedeem, { code }, openidOf('recruiter'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  await expectOk(staffChange, { staffId: 'staff-recruiter-li', action: 'territories', territories: ['junior-xz-6'] }, schoolAdmin);
  expect(await invoke(staffChange, { staffId: 'staff-recruiter-li', action: 'territories', territories: ['junior-none'] }, schoolAdmin)).toMatchObject({
    ok: false,
    error: { fields: { territories: '请从列表中选择初中学校' } },
  });
  await expectOk(staffChange, { staffId: 'staff-recruiter-li', action: 'role', role: 'schoolAdmin' }, bureau);
  expect(backend.emulator.store.getById('staff', 'staff-recruiter-li')?.doc).toMatchObject({ role: 'schoolAdmin', territories: ['junior-xz-6'] });
  expect(await invoke(staffChange, { staffId: 'staff-bureau-admin', action: 'revoke' }, bureau)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(
    backend.emulator.store
      .find('auditLog', { subjectId: 'staff-recruiter-li' })
      .map((a) => a.action)
      .sort(),
  ).toEqual(['staff.role', 'staff.territories']);
});

test('bad input to the staff functions: a coded error in Chinese and nothing written', async () => {
  for (const event of [
    {},
    { role: 'king', name: '某某' },
    { role: 'recruiter', name: '李\u0000' },
    { role: 'recruiter', name: '某老师', validDays: 365 },
    'x',
  ]) {
    expect(await invoke(invitationCreate, event, schoolAdmin)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
  }
  expect(await invoke(invitationRedeem, { code: 'x'.repeat(100) }, newcomer)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await invoke(staffChange, { staffId: 'staff-recruiter-li', action: 'promote' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(backend.emulator.store.count('invitations', {})).toBe(0);
  expect(backend.emulator.store.count('auditLog', {})).toBe(0);
});

test('the audit trail: the bureau admin filters it by action and pages through it; nobody else reads it', async () => {
  for (let i = 0; i < 3; i += 1) {
    process.env.LOCAL_EMULATOR_NOW = `2027-04-15T10:0${i}:00+08:00`;
    await expectOk(invitationCreate, { role: 'recruiter', name: `学老师${i}` }, schoolAdmin);
  }
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:05:00+08:00';
  await expectOk(staffChange, { staffId: 'staff-recruiter-li', action: 'role', role: 'schoolAdmin' }, bureau);
  const all = await expectOk(auditList, { pageSize: 2 }, bureau);
  expect(all).toMatchObject({
    total: 4,
    page: 1,
    items: [
      { action: 'staff.role', actorName: '吴主任', subject: '李老师（学校管理员）', changes: [{ label: '角色', before: '招生老师', after: '学校管理员' }] },
      { action: 'invitation.create', subject: '给学老师2（招生老师）的邀请码' },
    ],
  });
  expect((await expectOk(auditList, { pageSize: 2, page: 2 }, bureau)).items).toHaveLength(2);
  expect((await expectOk(auditList, { action: 'invitation.create' }, bureau)).total).toBe(3);
  expect((await expectOk(auditList, { staffId: 'staff-admin-zhao' }, bureau)).items.every((e) => e.actorName === '赵主任')).toBe(true);
  for (const who of [schoolAdmin, openidOf('reviewer'), openidOf('student')])
    expect(await invoke(auditList, {}, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('the audit trail names what each entry was done to in words, never by its id; a subject no longer stored is said to be gone', async () => {
  const at = new Date('2027-04-15T02:00:00Z');
  const entry = (id: string, action: string, subjectId: string, after?: unknown) => ({
    collection: 'auditLog',
    id,
    doc: { staffId: 'staff-bureau-admin', actorName: '吴主任', action, subjectId, at, ...(after ? { after } : {}) },
  });
  backend.emulator.store.write([
    entry('audit-a', 'registry.school', 'school-xz-vocational'),
    entry('audit-b', 'registry.major', 'major-xz-001'),
    entry('audit-c', 'registry.major', 'major-since-gone'),
    entry('audit-d', 'registry.import', 'import-0123456789abcdef', { kind: 'schools', fileName: '2027年学校名录.xlsx', added: 1, changed: 0 }),
    entry('audit-e', 'staff.revoke', 'staff-recruiter-li'),
    entry('audit-f', 'invitation.redeem', 'invitation-li', { staffId: 'staff-recruiter-li', role: 'recruiter' }),
    entry('audit-g', 'invitation.redeem', 'invitation-gone', { staffId: 'staff-since-gone', role: 'recruiter' }),
  ]);
  const { items } = await expectOk(auditList, {}, bureau);
  expect(Object.fromEntries(items.map((e) => [e.subjectId, e.subject]))).toEqual({
    'school-xz-vocational': '忻州市职业技术学校',
    'major-xz-001': '专业 计算机应用',
    'major-since-gone': '（这条记录已不存在）',
    'import-0123456789abcdef': '表格“2027年学校名录.xlsx”',
    'staff-recruiter-li': '李老师（招生老师）',
    'invitation-li': '（这条记录已不存在）',
    'invitation-gone': '（这条记录已不存在）',
  });
  for (const e of items) expect(e.subject).not.toContain(e.subjectId);
  // the records a change points at are named too (工作人员：李老师), or left out — never an id
  const changes = (id: string) => items.find((e) => e.subjectId === id)!.changes.map((c) => `${c.label}：${c.before} → ${c.after}`);
  expect(changes('invitation-li')).toEqual(['工作人员：（无） → 李老师（招生老师）', '角色：（无） → 招生老师']);
  expect(changes('invitation-gone')).toEqual(['角色：（无） → 招生老师']);
  // every audited action says what it was done to
  expect(auditActionSchema.options.filter((action) => !subjectOf[action])).toEqual([]);
});
