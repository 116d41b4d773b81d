import { byChoiceThenTime, holdsPlace, maskName, noticeTuitionProblem, placesLeft, standingAdmission } from '../../shared/admission';
import { checkNotice, firstInOrder, matching, selectable } from '../../client/services/forms/admission-form';
import { admissionCards, choiceDeadline } from '../../client/services/views/admission-view';
import type { AdmissionList } from '../../shared/api/admission';

test('R14, R25: a published name keeps its first and last characters', () => {
  expect(maskName('张小明')).toBe('张*明');
  expect(maskName('欧阳建华')).toBe('欧**华');
  expect(maskName('李明')).toBe('李*');
  expect(maskName(' 王 ')).toBe('王*');
  expect(maskName('')).toBe('*');
});

test('R25: admitted and enrolled hold a place; every other status frees it', () => {
  expect(['admitted', 'enrolled'].every((s) => holdsPlace(s as 'admitted'))).toBe(true);
  for (const s of ['new', 'contacted', 'visited', 'left', 'lost', 'released', 'withdrawn'] as const) expect(holdsPlace(s)).toBe(false);
  expect(placesLeft(40, 12)).toBe(28);
  expect(placesLeft(40, 45)).toBe(0);
});

test('R25: applicants read first choices first, then who submitted first; the family’s higher-ranked admission stands', () => {
  const list = [
    { id: 'c', rank: 2, submittedAt: '2027-04-02T00:00:00Z' },
    { id: 'b', rank: 1, submittedAt: '2027-04-03T00:00:00Z' },
    { id: 'a', rank: 1, submittedAt: '2027-04-01T00:00:00Z' },
  ];
  expect([...list].sort(byChoiceThenTime).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  expect(
    standingAdmission([
      { schoolId: 'x', rank: 2 },
      { schoolId: 'y', rank: 1 },
    ])?.schoolId,
  ).toBe('y');
  expect(standingAdmission([])).toBeNull();
});

test('R16: a notice asking for tuition is refused where tuition is exempt', () => {
  expect(noticeTuitionProblem({ bring: '学费 3000 元', place: '报到处' }, true)).toContain('不能要求缴纳学费');
  expect(noticeTuitionProblem({ bring: '学费 3000 元', place: '报到处' }, false)).toBeNull();
  expect(noticeTuitionProblem({ bring: '户口簿、照片', place: '报到处' }, true)).toBeNull();
});

const desk = (candidates: Array<Partial<AdmissionList['candidates'][number]>>): AdmissionList['candidates'] =>
  candidates.map((c, i) => ({
    leadId: `l${i}`,
    studentName: `学生${i}`,
    juniorSchoolName: '二中',
    rank: 1,
    submittedAt: '2027-04-01T00:00:00Z',
    status: 'new',
    admitted: false,
    ...c,
  }));

test('R25: the desk offers only applicants still to decide on, and selects in order never beyond the places left', () => {
  const candidates = desk([{ status: 'admitted', admitted: true }, {}, { status: 'contacted' }, { status: 'visited' }]);
  expect(selectable(candidates)).toEqual(['l1', 'l2', 'l3']);
  expect(firstInOrder(candidates, 2)).toEqual(['l1', 'l2']);
  expect(firstInOrder(candidates, 0)).toEqual([]);
  // a long list is searched by name or junior high; the shortcut still selects from the whole list
  const named = candidates.map((c, i) => ({
    ...c,
    studentName: ['张小明', '李明', '王五', '赵明'][i] ?? '',
    juniorSchoolName: i % 2 ? '忻州市第六中学' : '忻州市第二中学初中部',
  }));
  expect(matching(named, ' 明 ').map((c) => c.studentName)).toEqual(['张小明', '李明', '赵明']);
  expect(matching(named, '第六中学').map((c) => c.studentName)).toEqual(['李明', '赵明']);
  expect(matching(named, '')).toEqual(named);
});

test('R25: the notice is checked on the phone with the server’s rules', () => {
  expect(checkNotice({ reportOn: '2027-08-28', place: '学校报到处', bring: '录取通知书' }).notice).not.toBeNull();
  const bad = checkNotice({ reportOn: '8月28日', place: '', bring: '' });
  expect(bad.notice).toBeNull();
  expect(Object.keys(bad.problems).sort()).toEqual(['bring', 'place', 'reportOn']);
});

test('R16: where the season exempts tuition, a notice asking for it is named under 需携带的材料 on the phone, in the server’s words', () => {
  const asking = { reportOn: '2027-08-28', place: '学校报到处', bring: '录取通知书、学费 3000 元' };
  expect(checkNotice(asking, true)).toEqual({ notice: null, problems: { bring: noticeTuitionProblem(asking, true) } });
  expect(checkNotice(asking, true).problems.bring).toContain('不能要求缴纳学费');
  expect(checkNotice(asking, false).notice).toEqual(asking);
  expect(checkNotice(asking).notice).toEqual(asking);
});

test('R25: the family reads standing admissions first, with the report day in words, and the deadline on Shanghai’s clock', () => {
  const notice = { reportOn: '2027-08-28', place: '报到处', bring: '照片' };
  const cards = admissionCards({
    admissions: [
      { schoolId: 'a', schoolName: '甲校', majorName: '数控', status: 'released', notice },
      { schoolId: 'b', schoolName: '乙校', majorName: '护理', status: 'admitted', notice },
    ],
  });
  expect(cards.map((c) => [c.schoolName, c.statusLabel, c.reportOn])).toEqual([
    ['乙校', '已录取', '2027年8月28日'],
    ['甲校', '已放弃（选择了其他学校）', '2027年8月28日'],
  ]);
  expect(choiceDeadline('2027-07-13T02:00:00.000Z')).toBe('7月13日 10:00');
});
