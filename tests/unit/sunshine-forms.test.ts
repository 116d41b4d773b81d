import { latestStart, timeOf } from '../../shared/visit-rules';
import { checkDisputeDraft, isIdInUse } from '../../client/services/forms/dispute-form';
import { verdictOf } from '../../client/services/views/permit-verdict';
import { qrSvg } from '../../client/services/platform/qr-svg';
import {
  checkReportDraft,
  countChars,
  emptyReportDraft,
  historyText,
  queueActions,
  reportCategoryOptions,
  reporterLine,
} from '../../client/services/forms/report-form';
import {
  approverOf,
  checkVisitDraft,
  emptyVisitDraft,
  permitLink,
  permitPath,
  visitActions,
  visitActorOf,
  visitWhen,
} from '../../client/services/forms/visit-form';

/** What the report, visit, permit and dispute pages assemble and offer, without a phone (R19, R10, R7). */

test('R19: the six categories with the stored labels, in order', () => {
  expect(reportCategoryOptions.map((o) => o.value)).toEqual(['intermediary', 'payment', 'false-publicity', 'unapproved-visit', 'teacher-filled', 'other']);
  expect(reportCategoryOptions[0]?.label).toBe('中介招生或有偿介绍生源');
});

test('R19: a report needs a category and ten characters; blank optional fields are left out, not refused', () => {
  const empty = checkReportDraft(emptyReportDraft());
  expect(empty.input).toBeNull();
  expect(empty.problems.category).toBe('请选择举报类型');
  expect(empty.problems.description).toBeDefined();
  expect(empty.problems.contactPhone).toBeUndefined();

  const ok = checkReportDraft({ ...emptyReportDraft(), category: 'intermediary', description: '有人在初中门口发传单，称交钱可保送进中职学校。' });
  expect(ok.problems).toEqual({});
  expect(ok.input).toEqual({ category: 'intermediary', description: '有人在初中门口发传单，称交钱可保送进中职学校。', anonymousToSchool: false });

  const full = checkReportDraft({
    category: 'payment',
    schoolName: ' 某某学校 ',
    happenedOn: '2027-04-15',
    description: '老师要求交五百元报名费才给填志愿。',
    contactPhone: '13800001234',
    anonymousToSchool: true,
  });
  expect(full.input).toMatchObject({ schoolName: '某某学校', happenedOn: '2027-04-15', contactPhone: '13800001234', anonymousToSchool: true });

  const wrong = checkReportDraft({
    ...emptyReportDraft(),
    category: 'other',
    description: '这是一段足够长的描述文字内容',
    happenedOn: '2027-02-30',
    contactPhone: '123',
  });
  expect(wrong.problems.happenedOn).toBe('这一天不存在，请核对日期');
  expect(wrong.problems.contactPhone).toBe('请填写正确的手机号或带区号的固定电话');
});

test('R19: “what happened” is counted in characters as a person counts them', () => {
  expect(countChars('  中介招生  ')).toBe(4);
  expect(countChars('😀好')).toBe(2);
});

test('R19: the queue offers 交办 while open and someone can take it, then exactly the server’s steps', () => {
  expect(queueActions({ status: 'received', actions: ['start', 'dismiss'] }, 2)).toEqual(['assign', 'start', 'dismiss']);
  expect(queueActions({ status: 'received', actions: ['start', 'dismiss'] }, 0)).toEqual(['start', 'dismiss']);
  expect(queueActions({ status: 'resolved', actions: [] }, 2)).toEqual([]);
  expect(reporterLine({ contactPhone: null, anonymousToSchool: true })).toBe('未留联系电话 · 要求不向学校透露身份');
  expect(historyText({ event: 'assigned', status: 'received', note: '交由钱科长处理' })).toBe('交由钱科长处理');
  expect(historyText({ event: 'step', status: 'dismissed', note: '不属于招生违规' })).toBe('不予受理（不属于招生违规）');
  expect(historyText({ event: 'received', status: 'received', note: null })).toBe('收到举报');
});

test('R10: an application needs a junior high, a real day and time, at most 120 minutes and who goes', () => {
  const empty = checkVisitDraft(emptyVisitDraft());
  expect(empty.input).toBeNull();
  expect(Object.keys(empty.problems).sort()).toEqual(['day', 'juniorSchoolId', 'start', 'visitors']);
  // the day and the time are picked, not typed: an empty one is asked for as such
  expect(empty.problems.day).toBe('请选择日期');
  expect(empty.problems.start).toBe('请选择开始时间');
  const long = checkVisitDraft({ juniorSchoolId: 'junior-xz-2', day: '2027-04-28', start: '14:00', minutes: '150', visitors: '赵主任、王老师' });
  expect(long.input).toBeNull();
  expect(long.problems.minutes).toBe('每次进校宣传不超过 2 小时');
  // the day's hours on the phone too, and the picker offers no start that could not end by 19:00
  const late = checkVisitDraft({ juniorSchoolId: 'junior-xz-2', day: '2027-04-28', start: '18:30', minutes: '60', visitors: '赵主任、王老师' });
  expect(late).toEqual({ input: null, problems: { start: '请在 7:00 至 19:00 之间安排' } });
  expect([timeOf(latestStart(120)), timeOf(latestStart(0)), timeOf(latestStart(Number('')))]).toEqual(['17:00', '18:45', '18:45']);
  const ok = checkVisitDraft({ juniorSchoolId: 'junior-xz-2', day: '2027-04-28', start: '14:00', minutes: '120', visitors: '赵主任、王老师' });
  expect(ok.input).toEqual({ juniorSchoolId: 'junior-xz-2', day: '2027-04-28', start: '14:00', minutes: 120, visitors: '赵主任、王老师' });
});

test('R10: each side gets only the buttons the table allows', () => {
  expect(visitActorOf('schoolAdmin')).toBe('school');
  expect(visitActorOf('reviewer')).toBe('bureau');
  expect(visitActorOf('juniorStaff')).toBeNull();
  expect(visitActions('applied', 'bureau')).toEqual(['approve', 'decline']);
  expect(visitActions('approved', 'bureau')).toEqual(['revoke']);
  expect(visitActions('applied', 'school')).toEqual(['withdraw']);
  expect(visitActions('approved', 'school')).toEqual(['cancel']);
  expect(visitActions('revoked', 'school')).toEqual([]);
  expect(visitActions('applied', null)).toEqual([]);
});

test('R10: the permit’s link opens the verification page with its code; its facts read as people read them', () => {
  expect(permitPath('a+b/c')).toBe('/family/pages/permit/index?code=a%2Bb%2Fc');
  expect(permitLink('http://127.0.0.1:8686/', 'abc')).toBe('http://127.0.0.1:8686/family/pages/permit/index?code=abc');
  expect(visitWhen({ day: '2027-04-28', start: '14:00', end: '16:00' })).toBe('2027年4月28日 14:00–16:00');
  const at = '2027-04-18T02:00:00.000Z';
  expect(
    approverOf({
      history: [
        { at, actorName: '赵主任', status: 'applied', note: null },
        { at, actorName: '孙科长', status: 'approved', note: '准入证 1' },
      ],
    }),
  ).toBe('孙科长');
  expect(approverOf({ history: [] })).toBeNull();
});

test('R10: the QR code is drawn on the phone as a square SVG with a quiet zone', () => {
  const svg = qrSvg('http://127.0.0.1:8686/family/pages/permit/index?code=abc');
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  expect(box?.[1]).toBe(box?.[2]);
  // version 3 or 4 for a link this long: 29 or 33 modules, plus 4 on each side
  expect([37, 41]).toContain(Number(box?.[1]));
  expect(svg).toContain('<path fill="#000" d="M4 4h1v1h-1z');
});

test('R10: the gate reads one word first', () => {
  const permit = {
    permitNumber: '1',
    issuedBy: '市教育局',
    schoolName: 'x',
    juniorSchoolName: 'y',
    day: '2027-04-28',
    start: '14:00',
    end: '16:00',
    visitors: 'z',
    status: 'approved' as const,
    statusLabel: '已批准',
  };
  expect(verdictOf({ found: false, validToday: false, permit: null }).word).toBe('查无此证');
  expect(verdictOf({ found: true, validToday: true, permit }).word).toBe('有效');
  expect(verdictOf({ found: true, validToday: false, permit }).word).toBe('不是今天');
  expect(verdictOf({ found: true, validToday: false, permit: { ...permit, status: 'revoked' as const, statusLabel: '教育局已撤销' } }).word).toBe('已撤销');
  expect(verdictOf({ found: true, validToday: false, permit: { ...permit, status: 'cancelled' as const, statusLabel: '学校已取消' } }).word).toBe('已撤销');
});

test('R7: the check request sends the typed ID number with a phone and a note', () => {
  expect(isIdInUse({ code: 'ID_IN_USE' })).toBe(true);
  expect(isIdInUse({ code: 'INVALID' })).toBe(false);
  const bad = checkDisputeDraft({ idNumber: '110105201103151236', phone: '', note: '短' });
  expect(bad.input).toBeNull();
  expect(bad.problems.note).toBe('请简要说明情况（至少 5 个字）');
  expect(bad.problems.phone).toBeDefined();
  const ok = checkDisputeDraft({ idNumber: '110105201103151236', phone: '13800001234', note: '我们没有提交过志愿表' });
  expect(ok.input).toMatchObject({ phone: '13800001234', note: '我们没有提交过志愿表' });
});
