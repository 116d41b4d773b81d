import type { MyForm } from '../../shared/api/choices';
import { besideOffer, offerNotice, offerStatusNote, waitingLines, waitingNote, waitingTitle } from '../../client/services/views/admission-view';
import { offerStatusLabels } from '../../shared/unified-offer';

/** 我的志愿's offer of 统一录取 (R26) as the page reads it: its notice, what shows beside it, its state in a sentence. */
const notice = { reportOn: '2027-08-28', place: '学校报到处', bring: '录取通知书' };
const offer: NonNullable<MyForm['offer']> = {
  schoolName: '忻州市职业技术学校',
  majorName: '计算机应用',
  rank: 1,
  status: 'held',
  statusLabel: offerStatusLabels.held,
  respondBy: '2027-06-05T15:59:59.999Z',
  refusedReason: null,
  mayAnswer: true,
};

function form(admissions: MyForm['admissions'], over: Partial<MyForm> = {}): MyForm {
  return {
    formId: 'form-1',
    revision: 1,
    status: 'active',
    submittedAt: '2027-04-20T02:00:00.000Z',
    studentName: '李明',
    idMasked: '1101**********1236',
    choices: [],
    admissions,
    admissionChoice: null,
    timeline: [],
    records: [],
    canChange: false,
    offer,
    waiting: null,
    ...over,
  };
}

test('R26: the offer card reads the notice of the admission the offer made, not one given back', () => {
  const admitted = { schoolId: 'school-xz-vocational', schoolName: offer.schoolName, majorName: offer.majorName, status: 'admitted' as const, notice };
  expect(offerNotice(form([admitted]), offer)).toEqual(expect.objectContaining({ reportOn: '2027年8月28日', notice }));
  expect(offerNotice(form([{ ...admitted, status: 'released' }]), offer)).toBeNull();
});

test('R26: beside an offer, 我的志愿 shows neither its own admission nor one the rounds gave back; without one, every admission as before', () => {
  const own = { schoolId: 'school-xz-vocational', schoolName: offer.schoolName, majorName: offer.majorName, status: 'admitted' as const, notice };
  const given = {
    schoolId: 'school-xinfu-vocational',
    schoolName: '忻州市忻府区职业技术学校',
    majorName: '汽车运用与维修',
    status: 'released' as const,
    notice,
  };
  expect(besideOffer(form([own, given])).admissions).toEqual([]);
  const plain = form([own, given], { offer: null });
  expect(besideOffer(plain)).toBe(plain);
});

test('R26: each state of the offer says what it means for the family', () => {
  expect(offerStatusNote({ status: 'held', mayAnswer: true })).toBe('');
  expect(offerStatusNote({ status: 'declined', mayAnswer: false })).toBe('您已放弃这个录取，名额已让给候补的同学。');
  for (const status of ['accepted', 'declined', 'expired', 'refused', 'moved'] as const) expect(offerStatusNote({ status, mayAnswer: false })).toMatch(/。$/);
});

test('R26: the form’s place on each waiting list reads in plain Chinese — the choice, its place and how many wait; a major without places says so', () => {
  const waiting = {
    round: 2,
    places: [
      { rank: 1, schoolName: '忻州市职业技术学校', majorName: '计算机应用', position: 3, of: 12 },
      { rank: 2, schoolName: '忻府区职业中学', majorName: '电子商务', position: 0, of: 0 },
    ],
  };
  expect(waitingLines(waiting)).toEqual([
    '忻州市职业技术学校 · 计算机应用（第 1 志愿）：候补第 3 位（共 12 人候补）',
    '忻府区职业中学 · 电子商务（第 2 志愿）：该专业今年没有招生名额',
  ]);
  expect(waitingTitle(waiting, true)).toBe('第 2 轮录取后，您在排得更靠前的志愿中的候补位次：');
  expect(waitingTitle(waiting, false)).toBe('第 2 轮录取后，您暂未获得录取。您在所填志愿中的候补位次：');
  for (const text of [...waitingLines(waiting), waitingTitle(waiting, false), waitingNote]) expect(text).not.toMatch(/[A-Za-z_]/);
});
