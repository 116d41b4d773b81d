import { burstsAtJuniorHighs, identitiesWithManyStudents, type FormFacts } from '../../shared/anomaly-rules';

const at = (minute: number, second = 0) => new Date(Date.UTC(2027, 3, 15, 2, minute, second));
const form = (i: number, openid: string, submittedAt: Date, studentKey = `s${i}`): FormFacts => ({
  formId: `f${i}`,
  openid,
  studentKey,
  studentName: `学生${i}`,
  juniorSchoolId: 'j',
  juniorSchoolName: '某初中',
  phones: [],
  submittedAt,
});

test('R6: a burst is five forms within ten minutes inclusive — not five spread over ten minutes and one second', () => {
  const within = [0, 2, 4, 6, 10].map((m, i) => form(i, `o${i % 2}`, at(m)));
  expect(burstsAtJuniorHighs(within)).toHaveLength(1);
  const spread = [0, 2, 4, 6].map((m, i) => form(i, `o${i % 2}`, at(m))).concat(form(4, 'o0', at(10, 1)));
  expect(burstsAtJuniorHighs(spread)).toEqual([]);
  // three identities are not "few"
  expect(burstsAtJuniorHighs([0, 1, 2, 3, 4].map((m, i) => form(i, `o${i % 3}`, at(m))))).toEqual([]);
});

test('R6: the same student filed twice by one identity (a withdrawal and a new form) is one student, not a flag', () => {
  expect(identitiesWithManyStudents([form(1, 'o', at(0), 'same'), form(2, 'o', at(5), 'same')])).toEqual([]);
  expect(identitiesWithManyStudents([form(1, 'o', at(0), 'a'), form(2, 'o', at(5), 'b')])).toHaveLength(1);
});
