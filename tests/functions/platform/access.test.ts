import type { Emulator } from '../../../emulator/server';
import { functionOf, functionUnits, type ActionName } from '../../../config/functions';
import type { Result } from '../../../shared/result';
import type { Role } from '../../../shared/roles';
import { invoke, localBackend, openidOf } from '../../helpers/backend';
import { aForm } from '../../helpers/forms';
import { demoSeason } from '../../../emulator/seed/season';

const { _id, year, districts, updatedAt, revision, ...demoSettings } = demoSeason;

/**
 * Every action × every role, called as the client calls it — through the deployed function that
 * serves it (config/functions.ts), naming the action: who is let in and who gets FORBIDDEN, from the
 * staff collection alone. Inputs are valid, so the answer is about the role, not the request. An
 * action's own roles decide, whichever function it lives in.
 */
const personas: Record<string, Role> = {
  student: 'family',
  guardian: 'family',
  recruiter: 'recruiter',
  schoolAdmin: 'schoolAdmin',
  reviewer: 'reviewer',
  juniorStaff: 'juniorStaff',
  bureauAdmin: 'bureauAdmin',
};
const everyone: Role[] = ['family', 'recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'];
const staff: Role[] = ['recruiter', 'schoolAdmin', 'reviewer', 'juniorStaff', 'bureauAdmin'];

const table: Record<string, { input: object; allowed: Role[] }> = {
  home: { input: {}, allowed: everyone },
  session: { input: {}, allowed: everyone },
  subsidyInfo: { input: {}, allowed: everyone },
  reports: { input: { category: 'other', description: '有人在校门口发放未备案的招生传单。' }, allowed: everyone },
  brochureList: { input: {}, allowed: everyone },
  brochureDetail: { input: { id: 'brochure-xz-vocational-v2' }, allowed: everyone },
  brochureCheck: { input: { brochureId: 'brochure-xz-vocational-v2' }, allowed: everyone },
  choiceOptions: { input: {}, allowed: everyone },
  inboxList: { input: {}, allowed: everyone },
  staffHome: { input: {}, allowed: staff },
  brochureVersion: { input: { id: 'brochure-xz-vocational-v2' }, allowed: ['recruiter', 'schoolAdmin', 'reviewer', 'bureauAdmin'] },
  brochureMine: { input: {}, allowed: ['schoolAdmin'] },
  brochureSave: {
    input: { facts: { title: 't', campusAddress: '', majors: [], internship: '', subsidyPolicy: '', fees: [], contactPhone: '' } },
    allowed: ['schoolAdmin'],
  },
  brochureSubmit: { input: { id: 'brochure-xz-vocational-v2' }, allowed: ['schoolAdmin'] },
  reviewQueue: { input: {}, allowed: ['reviewer'] },
  reviewDecide: { input: { brochureId: 'brochure-xz-first-vocational-v1', decision: 'reject', reason: '请补充实习安排。' }, allowed: ['reviewer'] },
  choiceSubmit: { input: aForm(), allowed: ['family'] },
  choiceMine: { input: {}, allowed: ['family'] },
  choiceWithdraw: { input: { formId: 'form-none' }, allowed: ['family'] },
  choiceErase: { input: { formId: 'form-none', confirm: true }, allowed: ['family'] },
  retentionSweep: { input: {}, allowed: [] },
  choiceRevise: { input: { ...aForm(), formId: 'form-none' }, allowed: ['family'] },
  leadList: { input: {}, allowed: ['recruiter', 'schoolAdmin'] },
  leadDetail: { input: { id: 'lead-none' }, allowed: ['recruiter', 'schoolAdmin'] },
  leadProgress: { input: { id: 'lead-none', status: 'contacted' }, allowed: ['recruiter', 'schoolAdmin'] },
  leadReassign: { input: { id: 'lead-none', recruiterStaffId: 'staff-recruiter-li' }, allowed: ['schoolAdmin'] },
  outboxDeliver: { input: {}, allowed: [] },
  outboxDead: { input: {}, allowed: ['schoolAdmin'] },
  seasonGet: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  targetGet: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  targetRead: {
    input: { district: '忻府区', fileName: 'a.csv', content: Buffer.from('初中学校,毕业生人数,送培目标\n').toString('base64') },
    allowed: ['bureauAdmin'],
  },
  anomalyScan: { input: {}, allowed: [] },
  anomalyList: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  anomalyReview: { input: { id: 'flag-none', note: '核查。' }, allowed: ['bureauAdmin', 'reviewer'] },
  visitApply: { input: { juniorSchoolId: 'junior-xz-2', day: '2027-04-28', start: '14:00', minutes: 60, visitors: '王老师' }, allowed: ['schoolAdmin'] },
  visitList: { input: {}, allowed: staff },
  visitDecide: { input: { id: 'visit-none', decision: 'decline', reason: '当日有考试。' }, allowed: ['reviewer', 'bureauAdmin'] },
  visitCancel: { input: { id: 'visit-none', reason: '考试安排调整。' }, allowed: ['schoolAdmin', 'reviewer', 'bureauAdmin'] },
  permitVerify: { input: { code: 'none' }, allowed: everyone },
  disputeRaise: { input: { idNumber: '110105201103151236', phone: '13900009999', note: '不是我们提交的志愿表。' }, allowed: ['family'] },
  disputeMine: { input: {}, allowed: ['family'] },
  disputeList: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  disputeDecide: { input: { id: 'dispute-none', decision: 'reject', reason: '核查后保留。' }, allowed: ['bureauAdmin'] },
  reportMine: { input: {}, allowed: everyone },
  reportQueue: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  reportHandle: { input: { id: 'report-none', action: 'start' }, allowed: ['bureauAdmin', 'reviewer'] },
  sendingStatsGet: { input: {}, allowed: ['schoolAdmin', 'recruiter'] },
  sendingStatsSubmit: { input: {}, allowed: ['schoolAdmin'] },
  sendingStatsList: { input: {}, allowed: ['juniorStaff', 'bureauAdmin', 'reviewer'] },
  sendingStatsRemind: { input: {}, allowed: [] },
  admittedListPublish: { input: { majorId: 'major-xz-001' }, allowed: ['schoolAdmin'] },
  admittedListMine: { input: {}, allowed: ['schoolAdmin'] },
  admittedListGet: { input: { schoolId: 'school-xz-vocational' }, allowed: everyone },
  registrationExport: { input: {}, allowed: ['schoolAdmin'] },
  registrationConfirm: { input: { leadIds: ['lead-of-nobody'] }, allowed: ['schoolAdmin'] },
  registrationStatus: { input: {}, allowed: ['schoolAdmin', 'bureauAdmin', 'reviewer'] },
  registrationRemind: { input: {}, allowed: [] },
  // the city reviewer and the bureau admin read any unit; the persona school admin's is a city school
  monthlyReportGet: { input: { month: 8, unit: { kind: 'school', schoolId: 'school-xz-vocational' } }, allowed: ['schoolAdmin', 'reviewer', 'bureauAdmin'] },
  monthlyReportExport: { input: { month: 8, unit: { kind: 'school', schoolId: 'school-xz-vocational' } }, allowed: ['schoolAdmin', 'reviewer', 'bureauAdmin'] },
  // only the unit's own preparer submits: the city reviewer and the bureau read, they do not submit
  monthlyReportSubmit: { input: { month: 8, preparer: { name: '赵主任', phone: '13800009876' } }, allowed: ['schoolAdmin'] },
  monthlyReportList: { input: { month: 8 }, allowed: ['bureauAdmin', 'reviewer'] },
  monthlyReportRollup: { input: { month: 8 }, allowed: ['bureauAdmin'] },
  monthlyReportRemind: { input: {}, allowed: [] },
  monthlyReportReturn: { input: { month: 8, unit: { kind: 'school', schoolId: 'school-xz-vocational' }, reason: '数字有误' }, allowed: ['bureauAdmin'] },
  admissionList: { input: {}, allowed: ['schoolAdmin'] },
  admissionAdmit: {
    input: { majorId: 'major-xz-001', leadIds: ['lead-none'], notice: { reportOn: '2027-08-28', place: '学校报到处', bring: '录取通知书' } },
    allowed: ['schoolAdmin'],
  },
  admissionChoose: { input: { formId: 'form-none', schoolId: 'school-xz-vocational' }, allowed: ['family'] },
  admissionSettle: { input: {}, allowed: [] },
  juniorProgress: { input: {}, allowed: ['juniorStaff'] },
  posterCode: { input: {}, allowed: ['juniorStaff'] },
  earlyStudyRequest: { input: { formId: 'form-none', schoolId: 'school-xz-vocational' }, allowed: ['family'] },
  earlyStudyDecide: { input: { id: 'early-none', decision: 'confirm' }, allowed: ['juniorStaff', 'schoolAdmin', 'recruiter'] },
  earlyStudyList: { input: {}, allowed: everyone },
  earlyStudyExport: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  targetDashboard: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  targetExport: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  targetSave: { input: { year: 2027, district: '忻府区', version: 0, juniors: [] }, allowed: ['bureauAdmin'] },
  seasonSave: { input: { year: 2027, version: 0, settings: demoSettings }, allowed: ['bureauAdmin'] },
  seasonOpen: { input: { year: 2028 }, allowed: ['bureauAdmin'] },
  // the persona reviewer is the city's: only a district reviewer narrows (a city one gets FORBIDDEN from the handler)
  seasonNarrow: { input: { year: 2027, version: 0, narrowing: {} }, allowed: [] },
  // a school admin may invite only recruiters, a bureau admin only the others: each is let in and refused by the rule, not the role
  invitationCreate: { input: { role: 'recruiter', name: '新老师' }, allowed: ['schoolAdmin'] },
  invitationRedeem: { input: { code: 'ABCD-EFGH-JK' }, allowed: ['family'] },
  // R27: the demo has its bureau admin, so a family is let in and told no setup code works any more
  setupRedeem: { input: { code: 'ABCD-EFGH-JKMN-PQRS' }, allowed: ['family'] },
  invitationList: { input: {}, allowed: ['bureauAdmin', 'schoolAdmin'] },
  invitationRevoke: { input: { id: 'inv-none' }, allowed: ['bureauAdmin', 'schoolAdmin'] },
  staffList: { input: {}, allowed: ['bureauAdmin', 'schoolAdmin'] },
  staffChange: { input: { staffId: 'staff-none', action: 'revoke' }, allowed: ['bureauAdmin', 'schoolAdmin'] },
  auditList: { input: {}, allowed: ['bureauAdmin'] },
  // R26: the demo season admits by school, so the bureau admin is let in and told so
  lotterySeedPublish: { input: {}, allowed: ['bureauAdmin'] },
  lotterySeedReveal: { input: {}, allowed: ['bureauAdmin'] },
  unifiedDryRun: { input: {}, allowed: ['bureauAdmin'] },
  unifiedCommit: { input: { round: 1 }, allowed: ['bureauAdmin'] },
  unifiedRoundView: { input: {}, allowed: ['bureauAdmin'] },
  unifiedRoundsClose: { input: { round: 1 }, allowed: ['bureauAdmin'] },
  unifiedRoundExport: { input: { round: 1 }, allowed: ['bureauAdmin'] },
  unifiedScoreImport: { input: { fileName: 'scores.csv', content: Buffer.from('身份证号,中考成绩\n').toString('base64') }, allowed: ['bureauAdmin'] },
  letterGet: { input: {}, allowed: ['bureauAdmin'] },
  letterSave: {
    input: {
      year: 2027,
      version: 0,
      letter: { title: '一封信', greeting: '家长朋友们：', paragraphs: ['正文'], contacts: [], issuedBy: '教育局', policies: [] },
    },
    allowed: ['bureauAdmin'],
  },
  letterPublish: { input: { year: 2027, version: 0 }, allowed: ['bureauAdmin'] },
  letterVersions: { input: { year: 2027 }, allowed: ['bureauAdmin'] },
  unifiedCommitContinue: { input: {}, allowed: [] },
  offerAnswer: { input: { formId: 'form-none', answer: 'accept' }, allowed: ['family'] },
  offerExpire: { input: {}, allowed: [] },
  schoolOffers: { input: {}, allowed: ['schoolAdmin'] },
  offerRefuse: { input: { leadId: 'lead-none', reason: 'health' }, allowed: ['schoolAdmin'] },
  schoolNoticeGet: { input: {}, allowed: ['schoolAdmin'] },
  schoolNoticeSave: { input: { notice: { reportOn: '2027-08-26', place: '学校报到处', bring: '录取通知书' }, revision: 0 }, allowed: ['schoolAdmin'] },
  lotterySeed: { input: {}, allowed: everyone },
  registryList: { input: {}, allowed: ['bureauAdmin'] },
  registryImport: {
    input: {
      kind: 'schools',
      fileName: 'schools.csv',
      content: Buffer.from('学校名称,办学类别,所在区县,地址,联系电话,年度,招生资质,年检,公布文号\n').toString('base64'),
    },
    allowed: ['bureauAdmin'],
  },
  registrySchool: { input: { id: 'school-xz-vocational' }, allowed: ['bureauAdmin'] },
  schoolSave: {
    input: {
      id: 'school-none',
      name: '某职业学校',
      kind: 'city',
      district: '忻府区',
      phone: '0350-3000000',
      campuses: [{ name: '本部', address: '某路 1 号' }],
      qualification: { year: 2027, qualified: true, inspectionPassed: true },
    },
    allowed: ['bureauAdmin'],
  },
  // R27: the persona reviewer is the city's, who reads the junior highs' registry but changes nothing (FORBIDDEN from the handler); a district reviewer changes their own district's (tests/functions/juniors/junior-registry.test.ts)
  juniorList: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  juniorSave: { input: { id: 'junior-none', version: 1, name: '某初级中学', district: '忻府区', code: '1140902999' }, allowed: ['bureauAdmin'] },
  juniorClose: { input: { id: 'junior-xz-2', version: 0 }, allowed: ['bureauAdmin'] },
  juniorImport: { input: { fileName: 'juniors.csv', content: Buffer.from('初中名称,所在区县,学校代码\n').toString('base64') }, allowed: ['bureauAdmin'] },
  // R27: the city's identity: the bureau's pages that offer a district read it; a stale version changes nothing
  cityGet: { input: {}, allowed: ['bureauAdmin', 'reviewer'] },
  citySave: {
    input: {
      version: 0,
      settings: { name: '某某市', bureauName: '某某市教育局', signature: '某某市教育局', districts: [{ name: '某某区', bureauName: '某某区教育局' }] },
    },
    allowed: ['bureauAdmin'],
  },
  majorSave: {
    input: { id: 'major-none', schoolId: 'school-xz-vocational', name: '某专业', category: '信息技术类', durationYears: 3, mode: 'three-year', filed: false },
    allowed: ['bureauAdmin'],
  },
};

let emulator: Emulator;
beforeAll(async () => {
  process.env.LOCAL_EMULATOR_NOW = '2027-04-15T10:00:00+08:00';
  emulator = await localBackend();
});
afterAll(() => {
  delete process.env.LOCAL_EMULATOR_NOW;
  return emulator.close();
});

test('the table covers every action', () => {
  expect(Object.keys(table).sort()).toEqual(Object.keys(functionOf).sort());
});

type Main = (e: unknown, c: unknown) => Promise<Result<unknown>>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deployed = (unit: string) => (require(`../../../cloudfunctions/${unit}`) as { main: Main }).main;

const cases = Object.entries(table).flatMap(([fn, { input, allowed }]) =>
  Object.entries(personas).map(([persona, role]) => ({ fn, input, persona, allowed: allowed.includes(role) })),
);

test.each(cases)('$fn as $persona: allowed=$allowed', async ({ fn, input, persona, allowed }) => {
  const result = await invoke(deployed(functionOf[fn as ActionName]), { action: fn, input }, openidOf(persona));
  const code = result.ok ? 'ok' : result.error.code;
  if (allowed) expect(code).not.toMatch(/^(FORBIDDEN|INVALID_INPUT|INTERNAL)$/);
  else expect(code).toBe('FORBIDDEN');
});

test('an action called through a function that does not serve it is refused as unknown, whoever calls, and runs nothing', async () => {
  const before = emulator.store.count('auditLog', {}) + emulator.store.count('choiceForms', {});
  for (const [fn, { input }] of Object.entries(table)) {
    for (const unit of functionUnits.filter((u) => u !== functionOf[fn as ActionName])) {
      const result = await invoke(deployed(unit), { action: fn, input }, openidOf('bureauAdmin'));
      expect({ fn, unit, result }).toEqual({ fn, unit, result: { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: expect.any(String) } } });
    }
  }
  for (const unit of functionUnits) {
    for (const event of [{}, { action: 'toString' }, { action: '__proto__' }, { action: ['home'] }, 'home', null]) {
      expect(await invoke(deployed(unit), event, openidOf('student'))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_FUNCTION' } });
    }
  }
  expect(emulator.store.count('auditLog', {}) + emulator.store.count('choiceForms', {})).toBe(before);
});
