import { selectable } from '../../client/services/forms/admission-form';
import { closeQuestion, laterRoundsLines } from '../../client/services/views/unified-view';
import type { AdmissionList } from '../../shared/api/admission';

/** R26 on the pages: the bureau's words for the later rounds and their end, and 补录's desk never offering a student holding an offer. */
test('R26: the bureau’s page says who runs the later rounds and when the next runs, or that they ended and 补录 follows', () => {
  const automatic = { mode: 'automatic' as const, label: '家庭答复结束后自动进行', maxRounds: 3, next: '第2轮将在一分钟内自动进行。' };
  expect(laterRoundsLines({ laterRounds: automatic, closed: null })).toEqual([
    '第二轮起：家庭答复结束后自动进行（连同第1轮最多 3 轮，之后转入补录）。',
    '第2轮将在一分钟内自动进行。',
  ]);
  expect(
    laterRoundsLines({
      laterRounds: { ...automatic, mode: 'bureau', label: '由教育局逐轮确认' },
      closed: { afterRound: 2, at: '2027-06-20T01:00:00.000Z', byName: '张科长', why: '教育局结束了统一录取的轮次' },
    }),
  ).toEqual(['第二轮起：由教育局逐轮确认。', '统一录取已于第2轮后结束（教育局结束了统一录取的轮次）。还没有被录取的学生，现在由还有名额的学校补录。']);
  expect(closeQuestion(2).content).toContain('不再进行第3轮');
  expect(closeQuestion(2).content).toContain('确定在第2轮后结束吗？');
});

test('R26: 补录’s desk never ticks a student holding an offer of the rounds', () => {
  const c = (leadId: string, offer?: boolean): AdmissionList['candidates'][number] => ({
    leadId,
    studentName: '李明',
    juniorSchoolName: '',
    rank: 1,
    submittedAt: '',
    status: 'new',
    admitted: false,
    ...(offer === undefined ? {} : { offer }),
  });
  expect(selectable([c('a'), c('b', true), c('c', false)])).toEqual(['a', 'c']);
});
