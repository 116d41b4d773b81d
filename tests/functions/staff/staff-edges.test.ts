import { main as choiceSubmit } from '../../../cloudfunctions/family/choiceSubmit';
import { main as invitationCreate } from '../../../cloudfunctions/staff/invitationCreate';
import { main as invitationList } from '../../../cloudfunctions/staff/invitationList';
import { main as invitationRedeem } from '../../../cloudfunctions/staff/invitationRedeem';
import { main as invitationRevoke } from '../../../cloudfunctions/staff/invitationRevoke';
import { main as leadDetail } from '../../../cloudfunctions/school/leadDetail';
import { main as leadList } from '../../../cloudfunctions/school/leadList';
import { main as registrySchool } from '../../../cloudfunctions/bureau/registrySchool';
import { main as schoolSave } from '../../../cloudfunctions/bureau/schoolSave';
import { main as seasonGet } from '../../../cloudfunctions/bureau/seasonGet';
import { main as seasonSave } from '../../../cloudfunctions/bureau/seasonSave';
import { main as session } from '../../../cloudfunctions/public/session';
import { main as staffChange } from '../../../cloudfunctions/staff/staffChange';
import { demoSeason } from '../../../emulator/seed/season';
import { freshBackendPerTest, invoke, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';
import { aForm } from '../../helpers/forms';

/** What an outsider tried against staff, season and registry, each kept from coming back (R20–R22). */
const backend = freshBackendPerTest();
const bureau = openidOf('bureauAdmin');
const schoolAdmin = openidOf('schoolAdmin');
const { _id, year, districts, updatedAt, revision, ...settings } = demoSeason;

async function secondBureauAdmin(): Promise<string> {
  const { code } = await expectOk(invitationCreate, { role: 'bureauAdmin', name: '郑主任' }, bureau);
  await expectOk(invitationRedeem, { code }, 'openid-zheng');
  return 'openid-zheng';
}

test('R20: a revoked member cannot come back through a code they made; their open codes die with their access', async () => {
  const { code } = await expectOk(invitationCreate, { role: 'recruiter', name: '钱老师' }, schoolAdmin);
  await expectOk(staffChange, { staffId: 'staff-admin-zhao', action: 'revoke' }, bureau);
  expect(await invoke(invitationRedeem, { code }, schoolAdmin)).toMatchObject({ ok: false, error: { fields: { code: expect.stringContaining('已被作废') } } });
  expect(await invoke(invitationRedeem, { code }, 'openid-someone')).toMatchObject({ ok: false });
  expect(await expectOk(session, {}, schoolAdmin)).toMatchObject({ role: 'family' });
});

test('R20: a revoked recruiter gets no new lead; re-invited to another school they read nothing of the old one', async () => {
  await expectOk(staffChange, { staffId: 'staff-recruiter-wang', action: 'revoke' }, schoolAdmin);
  const { formId } = await expectOk(choiceSubmit, aForm(), openidOf('student'));
  const [lead] = backend.emulator.store.find('leads', { formId, schoolId: 'school-xz-vocational' });
  expect(lead?.recruiterStaffId).not.toBe('staff-recruiter-wang');
  backend.emulator.store.write([{ collection: 'leads', id: String(lead?._id), doc: { ...lead, recruiterStaffId: 'staff-recruiter-wang' } }]);
  const admin = await expectOk(invitationCreate, { role: 'schoolAdmin', name: '何主任', schoolId: 'school-xinfu-vocational' }, bureau);
  await expectOk(invitationRedeem, { code: admin.code }, 'openid-he');
  const again = await expectOk(invitationCreate, { role: 'recruiter', name: '王老师' }, 'openid-he');
  await expectOk(invitationRedeem, { code: again.code }, openidOf('recruiter'));
  expect((await expectOk(leadList, {}, openidOf('recruiter'))).items).toEqual([]);
  expect(await invoke(leadDetail, { id: String(lead?._id) }, openidOf('recruiter'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R20: two bureau admins revoking each other at the same moment leave one of them', async () => {
  const zheng = await secondBureauAdmin();
  const answers = await Promise.all([
    invoke(staffChange, { staffId: backend.emulator.store.find('staff', { openid: zheng })[0]?._id, action: 'revoke' }, bureau),
    invoke(staffChange, { staffId: 'staff-bureau-admin', action: 'revoke' }, zheng),
  ]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('最后一位教育局管理员') } });
  // (the demo's own staff carry no status: active unless revoked)
  expect(backend.emulator.store.find('staff', { role: 'bureauAdmin' }).filter((s) => s.status !== 'revoked')).toHaveLength(1);
});

test('R20: only the bureau makes school admins: a school admin neither promotes a recruiter nor sees or revokes the bureau’s invitations', async () => {
  expect(await invoke(staffChange, { staffId: 'staff-recruiter-li', action: 'role', role: 'schoolAdmin' }, schoolAdmin)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(await invoke(staffChange, { staffId: 'staff-reviewer-xinfu', action: 'role', role: 'schoolAdmin' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  const { id } = await expectOk(invitationCreate, { role: 'schoolAdmin', name: '孟主任', schoolId: 'school-xz-vocational' }, bureau);
  expect((await expectOk(invitationList, {}, schoolAdmin)).items).toEqual([]);
  expect(await invoke(invitationRevoke, { id }, schoolAdmin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('R20: one identity redeeming two codes at the same moment becomes one staff member, and hears why not the other', async () => {
  const codes = await Promise.all(['甲老师', '乙老师'].map(async (name) => (await expectOk(invitationCreate, { role: 'recruiter', name }, schoolAdmin)).code));
  const answers = await Promise.all(codes.map((code) => invoke(invitationRedeem, { code }, 'openid-twice')));
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已经绑定') } });
  expect(backend.emulator.store.count('staff', { openid: 'openid-twice' })).toBe(1);
});

test('R21: the season’s work cannot be ended in the past by mistake; a filing format cannot make checks hang', async () => {
  process.env.LOCAL_EMULATOR_NOW = '2027-11-15T10:00:00+08:00';
  const { version } = await expectOk(seasonGet, {}, bureau);
  expect(await invoke(seasonSave, { year: 2027, version, settings: { ...settings, workEnds: '2027-11-10' } }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { 'settings.workEnds': expect.stringContaining('不能早于今天') } },
  });
  const started = Date.now();
  const evil = await invoke(
    seasonSave,
    { year: 2027, version, settings: { ...settings, filingNumber: { pattern: '(a+)+$', example: `${'a'.repeat(35)}!` } } },
    bureau,
  );
  expect(evil).toMatchObject({ ok: false, error: { fields: { 'settings.filingNumber.pattern': expect.stringContaining('只能由文字和数字位') } } });
  expect(Date.now() - started).toBeLessThan(5000);
  expect((await expectOk(seasonGet, {}, bureau)).past).toBe(false);
});

test('R21: a district named like an object key is refused', async () => {
  expect(await invoke(invitationCreate, { role: 'reviewer', name: '某科长', level: 'district', district: '__proto__' }, bureau)).toMatchObject({
    ok: false,
    error: { fields: { district: '请填写真实的区县名称' } },
  });
  expect(await invoke(invitationCreate, { role: 'reviewer', name: '某科长', level: 'district', district: 'a.b' }, bureau)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('R22: two edits of one school from the same version: one lands, the other is told to refresh; no change is lost unseen', async () => {
  const { school, version } = await expectOk(registrySchool, { id: 'school-xz-vocational' }, bureau);
  const { id, qualifications, ...fields } = school;
  const q = qualifications.find((x) => x.year === 2027) ?? { year: 2027, qualified: true, inspectionPassed: true, reference: '' };
  const answers = await Promise.all([
    invoke(schoolSave, { id, version, ...fields, phone: '0350-3111111', qualification: q }, bureau),
    invoke(schoolSave, { id, version, ...fields, campuses: [...fields.campuses, { name: '东校区', address: '东城路 2 号' }], qualification: q }, bureau),
  ]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});
