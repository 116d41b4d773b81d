import type { Emulator } from '../../../emulator/server';
import { main as invitationCreate } from '../../../cloudfunctions/staff/invitationCreate';
import { main as invitationRedeem } from '../../../cloudfunctions/staff/invitationRedeem';
import { main as setupRedeem } from '../../../cloudfunctions/staff/setupRedeem';
import { main as session } from '../../../cloudfunctions/public/session';
import { main as staffHome } from '../../../cloudfunctions/staff/staffHome';
import { issueSetupCode, type Issued } from '../../../cloudfunctions/domains/staff/setup-codes';
import { CONTROL_MESSAGE } from '../../../shared/text';
import { isSetupCode } from '../../../shared/setup-code';
import { normaliseCode } from '../../../shared/readable-code';
import { invoke, localBackend, openidOf } from '../../helpers/backend';
import { expectOk } from '../../helpers/calls';

/**
 * R27: a new environment's first bureau admin comes from a one-time setup code the deployment
 * issues (scripts/setup.ts calls issueSetupCode, as here), redeemed on the staff page. Each test
 * starts from an empty environment: no demo data, no staff.
 */
const ISSUED_AT = '2027-03-01T09:00:00+08:00';
let emulator: Emulator;
beforeEach(async () => {
  process.env.LOCAL_EMULATOR_NOW = ISSUED_AT;
  emulator = await localBackend({ seed: false });
});
afterEach(() => emulator.close());
afterAll(() => {
  delete process.env.LOCAL_EMULATOR_NOW;
});

async function issue(at = ISSUED_AT): Promise<string> {
  const issued: Issued = await issueSetupCode(new Date(at));
  if (!('code' in issued)) throw new Error('expected a setup code');
  return issued.code;
}

const bureauAdmins = () => emulator.store.find('staff', { role: 'bureauAdmin' });

test('R27: the setup code makes the identity that redeems it the first bureau admin, who can then invite; the code is stored only as its keyed hash, and both steps are audited', async () => {
  const issued = await issueSetupCode(new Date(ISSUED_AT));
  if (!('code' in issued)) throw new Error('expected a setup code');
  expect(isSetupCode(issued.code)).toBe(true);
  expect(issued.expiresAt.toISOString()).toBe(new Date(Date.parse(ISSUED_AT) + 72 * 3_600_000).toISOString());
  expect(JSON.stringify(emulator.store.find('setupCodes', {}))).not.toContain(issued.code);
  // typed as people type: lower case, spaces or dashes
  const typed = issued.code.toLowerCase().replace(/(.{4})/g, '$1 ');
  expect(await expectOk(setupRedeem, { code: typed }, 'openid-first')).toEqual({ role: 'bureauAdmin', name: '教育局管理员', unit: '教育局' });
  expect(await expectOk(session, {}, 'openid-first')).toMatchObject({ role: 'bureauAdmin' });
  // the workbench opens in a city that has no season yet
  expect(await expectOk(staffHome, {}, 'openid-first')).toMatchObject({ role: 'bureauAdmin', name: '教育局管理员', counts: [{ value: 0 }, { value: 0 }] });
  const invitation = await expectOk(invitationCreate, { role: 'reviewer', name: '施科长', level: 'city' }, 'openid-first');
  expect(await expectOk(invitationRedeem, { code: invitation.code }, 'openid-reviewer')).toMatchObject({ role: 'reviewer' });
  expect(emulator.store.find('setupCodes', {})).toEqual([expect.objectContaining({ status: 'redeemed', staffId: bureauAdmins()[0]?._id })]);
  expect(emulator.store.find('auditLog', { action: { $in: ['setup.issue', 'setup.redeem'] } }).map((a) => [a.action, a.actorName])).toEqual([
    ['setup.issue', '部署人员（npm run setup）'],
    ['setup.redeem', '教育局管理员'],
  ]);
});

test('R27: a second redeem is refused; once a bureau admin exists no code is issued and none works, until every bureau admin is lost', async () => {
  const code = await issue();
  await expectOk(setupRedeem, { code }, 'openid-first');
  expect(await invoke(setupRedeem, { code }, 'openid-second')).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', fields: { code: expect.stringContaining('已有教育局管理员') } },
  });
  expect(await issueSetupCode(new Date(ISSUED_AT))).toEqual({ refused: 'bureau-admin-exists' });
  expect(bureauAdmins()).toHaveLength(1);

  // every bureau admin lost (the functions never allow it; a database restored, say): the used code stays used, a new one works
  const [admin] = bureauAdmins();
  emulator.store.write([{ collection: 'staff', id: String(admin?._id), doc: { ...admin, status: 'revoked' } }]);
  expect(await invoke(setupRedeem, { code }, 'openid-second')).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', fields: { code: expect.stringContaining('已经被使用') } },
  });
  const again = await issue();
  await expectOk(setupRedeem, { code: again }, 'openid-second');
  expect(
    bureauAdmins()
      .filter((s) => s.status === 'active')
      .map((s) => s.openid),
  ).toEqual(['openid-second']);
});

test('R27: a code issued before a bureau admin existed stops working once one exists', async () => {
  const code = await issue();
  emulator.store.write([
    {
      collection: 'staff',
      id: 'staff-made-elsewhere',
      doc: { _id: 'staff-made-elsewhere', openid: 'openid-elsewhere', name: '吴主任', role: 'bureauAdmin', status: 'active' },
      insert: true,
    },
  ]);
  expect(await invoke(setupRedeem, { code }, 'openid-first')).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '本系统已有教育局管理员，初始设置码不再有效；请向教育局管理员索取邀请码' },
  });
  expect(emulator.store.find('setupCodes', {})).toEqual([expect.objectContaining({ status: 'open' })]);
});

test('R27: a setup code expires 72 hours after it is issued (server clock); a newer code supersedes an older one', async () => {
  const code = await issue();
  process.env.LOCAL_EMULATOR_NOW = '2027-03-04T09:00:01+08:00';
  expect(await invoke(setupRedeem, { code }, 'openid-late')).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', fields: { code: expect.stringContaining('已过期') } },
  });
  const older = await issue('2027-03-04T09:00:01+08:00');
  const newer = await issue('2027-03-04T09:05:00+08:00');
  process.env.LOCAL_EMULATOR_NOW = '2027-03-07T09:04:59+08:00';
  expect(await invoke(setupRedeem, { code: older }, 'openid-late')).toMatchObject({
    ok: false,
    error: { fields: { code: expect.stringContaining('新的初始设置码') } },
  });
  // just inside its 72 hours
  await expectOk(setupRedeem, { code: newer }, 'openid-late');
});

test('R27: three identities redeeming one code at the same moment: exactly one becomes bureau admin', async () => {
  const code = await issue();
  const answers = await Promise.all(['openid-a', 'openid-b', 'openid-c'].map((o) => invoke(setupRedeem, { code }, o)));
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(['CONFLICT', 'CONFLICT']);
  expect(bureauAdmins()).toHaveLength(1);
  expect(emulator.store.count('auditLog', { action: 'setup.redeem' })).toBe(1);
});

test('R27: two open codes redeemed at the same moment (issued by two people at once): still exactly one bureau admin', async () => {
  const first = await issue();
  const second = await issue();
  // as if the second issue had not yet superseded the first
  const [superseded] = emulator.store.find('setupCodes', { status: 'superseded' });
  emulator.store.write([{ collection: 'setupCodes', id: String(superseded?._id), doc: { ...superseded, status: 'open' } }]);
  const answers = await Promise.all([invoke(setupRedeem, { code: first }, 'openid-a'), invoke(setupRedeem, { code: second }, 'openid-b')]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(bureauAdmins()).toHaveLength(1);
});

test('R27: guessing is not practical: ten tries an hour per identity, counted with invitation codes; even the right code is refused after them', async () => {
  const code = await issue();
  const wrong = (i: number) => `AAAA-AAAA-AAAA-AA${'23456789ABCDEFGH'[i]}A`;
  const guesses = await Promise.all(Array.from({ length: 8 }, (_v, i) => invoke(setupRedeem, { code: wrong(i) }, 'openid-guesser')));
  expect(guesses.every((g) => !g.ok && g.error.code === 'NOT_FOUND' && g.error.fields?.code === '初始设置码不正确，请核对后再输入')).toBe(true);
  // alternating with the invitation field gains nothing
  for (const invitation of ['AAAA-AAAA-AA', 'AAAA-AAAA-AB'])
    expect(await invoke(invitationRedeem, { code: invitation }, 'openid-guesser')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await invoke(setupRedeem, { code }, 'openid-guesser')).toMatchObject({
    ok: false,
    error: { code: 'TOO_MANY_ATTEMPTS', message: '尝试次数过多，请一小时后再试。' },
  });
  expect(bureauAdmins()).toHaveLength(0);
  process.env.LOCAL_EMULATOR_NOW = '2027-03-01T10:00:00+08:00';
  await expectOk(setupRedeem, { code }, 'openid-guesser');
});

test('R27: hostile input (control or invisible characters, over-long, not a code) is refused in Chinese and changes nothing', async () => {
  const code = await issue();
  const cases: Array<[unknown, string]> = [
    [{ code: `${code.slice(0, 8)}\u0000${code.slice(8)}` }, CONTROL_MESSAGE],
    [{ code: `${code}\u200b` }, CONTROL_MESSAGE],
    [{ code: `${code}\u001b[2J` }, CONTROL_MESSAGE],
    [{ code: code.repeat(3) }, '初始设置码有误，请核对后再输入'],
  ];
  for (const [event, message] of cases)
    expect(await invoke(setupRedeem, event, 'openid-hostile')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { code: message } } });
  for (const event of [{}, { code: 42 }, { code: ['x'] }, 'x', null]) {
    expect(await invoke(setupRedeem, event, 'openid-hostile')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    });
  }
  // shaped like nothing we issue (an invitation's length, letters we never use)
  for (const typed of ['ABCD-EFGH-JK', 'OOOO-IIII-LLLL-0000', '初始设置码初始设置码初始设置码初始']) {
    expect(normaliseCode(typed).length === 16 && isSetupCode(normaliseCode(typed))).toBe(false);
    expect(await invoke(setupRedeem, { code: typed }, `openid-${typed.length}`)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { code: '初始设置码不正确，请核对后再输入' } },
    });
  }
  expect(emulator.store.count('staff', {})).toBe(0);
  expect(emulator.store.find('setupCodes', {})).toEqual([expect.objectContaining({ status: 'open' })]);
  expect(emulator.store.count('auditLog', { action: 'setup.redeem' })).toBe(0);
});

test('R27: the demo environment already has its bureau admin, so no setup code is issued there', async () => {
  const demo = await localBackend();
  try {
    expect(await issueSetupCode(new Date(ISSUED_AT))).toEqual({ refused: 'bureau-admin-exists' });
    expect(await invoke(setupRedeem, { code: 'AAAA-AAAA-AAAA-AAAA' }, openidOf('student'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  } finally {
    await demo.close();
  }
});
