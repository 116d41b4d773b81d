import type { EarlyStudyView } from '../../shared/api/early-study';
import type { JuniorProgress } from '../../shared/api/targets';
import type { MyForm } from '../../shared/api/choices';
import { dayLabel, earlyStudyOpen, requestsOfForm, schoolsToAsk, sideText, stepsOf } from '../../client/services/views/early-study-view';
import { progressRows, ratioText, weekBars, weekLabel } from '../../client/services/views/junior-progress-view';
import { bureauSummary, rowsTotal } from '../../client/services/views/sending-view';

/** What the early-study, junior-high and sending pages show, without a phone (R8, R11, R13, R23). */

const pending = { decision: 'pending' as const, staffName: null, at: null, reason: null };

test('R8: each school’s answer in words: waiting, confirmed by whom and when, declined with the reason', () => {
  expect(sideText(pending)).toBe('待确认');
  expect(sideText({ decision: 'confirmed', staffName: '赵老师', at: '2027-05-10T02:05:00.000Z', reason: null })).toBe('已确认（赵老师，5月10日 10:05）');
  expect(sideText({ decision: 'declined', staffName: '钱老师', at: '2027-05-11T01:00:00.000Z', reason: '专业已满' })).toBe(
    '不同意（钱老师，5月11日 09:00）：专业已满',
  );
  const steps = stepsOf({ juniorSchoolName: '忻州市第二中学初中部', schoolName: '忻州市职业技术学校', junior: pending, school: pending });
  expect(steps).toEqual([
    { who: '初中学校（忻州市第二中学初中部）', text: '待确认' },
    { who: '中职学校（忻州市职业技术学校）', text: '待确认' },
  ]);
});

test('R8: early study opens at Shanghai midnight of the season’s day', () => {
  expect(dayLabel('2027-05-01')).toBe('2027年5月1日');
  expect(earlyStudyOpen('2027-05-01', new Date('2027-04-30T23:59:59+08:00'))).toBe(false);
  expect(earlyStudyOpen('2027-05-01', new Date('2027-05-01T00:00:00+08:00'))).toBe(true);
});

type Choice = MyForm['choices'][number];
const form = (choices: Choice[], status: MyForm['status'] = 'active', formId = 'form-1') => ({ formId, studentName: '李明', status, choices });
const choice = (rank: number, schoolName: string, schoolId: string): Choice => ({ rank, schoolId, schoolName, majorName: '计算机应用', leadStatus: 'new' });
const request = (over: Partial<EarlyStudyView>): Pick<EarlyStudyView, 'formId' | 'studentName' | 'schoolName' | 'status'> => ({
  formId: 'form-1',
  studentName: '李明',
  schoolName: '忻州市职业技术学校',
  status: 'pending',
  ...over,
});

test('R8: a family may ask at each school of its active form once, while no request stands', () => {
  const twoSchools = form([
    choice(2, '忻府区职业中学', 'school-xinfu'),
    choice(1, '忻州市职业技术学校', 'school-xz'),
    choice(3, '忻州市职业技术学校', 'school-xz'),
  ]);
  expect(schoolsToAsk(twoSchools, [])).toEqual([
    { schoolId: 'school-xz', schoolName: '忻州市职业技术学校' },
    { schoolId: 'school-xinfu', schoolName: '忻府区职业中学' },
  ]);
  expect(schoolsToAsk(twoSchools, [request({ status: 'pending' })])).toEqual([]);
  expect(schoolsToAsk(twoSchools, [request({ status: 'confirmed' })])).toEqual([]);
  // declined or cancelled: the family may ask again
  expect(schoolsToAsk(twoSchools, [request({ status: 'declined' }), request({ status: 'cancelled' })])).toHaveLength(2);
  expect(schoolsToAsk(form([choice(1, '忻州市职业技术学校', 'school-xz')], 'withdrawn'), [])).toEqual([]);
});

test('R8: each request shows under the form it was made for, once', () => {
  const newest = form([choice(1, '忻州市职业技术学校', 'school-xz')], 'active', 'form-new');
  const older = form([choice(1, '忻州市职业技术学校', 'school-xz')], 'withdrawn', 'form-old');
  const requests = [request({ formId: 'form-new' }), request({ formId: 'form-old', status: 'cancelled' }), request({ formId: 'form-other' })];
  expect(requestsOfForm(newest, requests)).toEqual([requests[0]]);
  expect(requestsOfForm(older, requests)).toEqual([requests[1]]);
});

const progress: JuniorProgress = {
  year: 2027,
  juniorSchoolName: '忻州市第二中学初中部',
  district: '忻府区',
  graduates: 400,
  sendingTarget: 330,
  forms: 170,
  admitted: 20,
  enrolled: 10,
  viaPoster: 3,
  completion: 3,
  formsRate: 51.5,
  vocationalShare: 42.5,
  meetsRatio: false,
  bySchool: [],
  byWeek: [
    { weekOf: '2027-04-26', forms: 40 },
    { weekOf: '2027-05-03', forms: 130 },
  ],
  earlyStudy: { pending: 1, confirmed: 0 },
};

test('R11, R23: a junior high’s figures against its target, with 45:55 said in words', () => {
  expect(Object.fromEntries(progressRows(progress).map((r) => [r.label, r.value]))).toEqual({
    毕业生: '400 人',
    送培目标: '330 人',
    已填报中职志愿: '170 人',
    已录取: '20 人',
    已报到: '10 人',
    经本校海报填报: '3 人',
    志愿数占送培目标: '51.5%',
    '报到数占送培目标（完成率）': '3%',
    填报中职占毕业生: '42.5%，未达到 45% 的要求',
  });
  expect(ratioText({ vocationalShare: 45, meetsRatio: true })).toBe('45%，已达到 45% 的要求');
  expect(ratioText({ vocationalShare: null, meetsRatio: null })).toBe('未设置毕业生人数，无法判断是否达到 45%');
  const unset = progressRows({ ...progress, graduates: null, sendingTarget: null, formsRate: null, completion: null });
  expect(unset.find((r) => r.label === '送培目标')?.value).toBe('未设置');
  expect(unset.find((r) => r.label === '志愿数占送培目标')?.value).toBe('—');
});

test('R11: weeks read as the Monday they begin on, each bar against the busiest week', () => {
  expect(weekLabel('2027-05-10')).toBe('5月10日起的一周');
  expect(weekBars(progress.byWeek)).toEqual([
    { label: '4月26日起的一周', forms: 40, widthPercent: 31 },
    { label: '5月3日起的一周', forms: 130, widthPercent: 100 },
  ]);
  expect(weekBars([{ weekOf: '2027-05-03', forms: 0 }])[0]?.widthPercent).toBe(0);
});

test('R13: a school’s total over its junior highs; the bureau’s count of submitted, late and missing schools', () => {
  expect(rowsTotal([])).toEqual({ chose: 0, admitted: 0, enrolled: 0 });
  expect(
    rowsTotal([
      { chose: 3, admitted: 2, enrolled: 1 },
      { chose: 4, admitted: 0, enrolled: 0 },
    ]),
  ).toEqual({ chose: 7, admitted: 2, enrolled: 1 });
  expect(
    bureauSummary([
      { submittedAt: '2027-10-01', late: false },
      { submittedAt: '2027-10-12', late: true },
      { submittedAt: null, late: false },
    ]),
  ).toEqual({ submitted: 2, late: 1, missing: 1 });
});
