import type { MyForm } from '../../../shared/api/choices';
import { inShanghai } from '../../../shared/time';

const statusLabels = { admitted: '已录取', enrolled: '已报到', released: '已放弃（选择了其他学校）' } as const;

/** A day as the notice says it: 2027年8月28日. */
function dayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** R25 on the family's phone: each admission with its words, the ones still standing first. */
export function admissionCards(form: Pick<MyForm, 'admissions'>) {
  const order = (s: string) => (s === 'released' ? 1 : 0);
  return [...form.admissions]
    .sort((a, b) => order(a.status) - order(b.status))
    .map((a) => ({
      ...a,
      statusLabel: a.status in statusLabels ? statusLabels[a.status as keyof typeof statusLabels] : '',
      reportOn: dayText(a.notice.reportOn),
    }));
}

/** The deadline to choose between admissions, on Shanghai's clock: 7月13日 10:00. */
export function choiceDeadline(due: string): string {
  return inShanghai(due).format('M月D日 HH:mm');
}

type Offer = NonNullable<MyForm['offer']>;

/** R26: the admission the offer made, with the school's notice, while it stands (admitted, or 报到 done). */
export function offerNotice(form: Pick<MyForm, 'admissions'>, offer: Pick<Offer, 'schoolName' | 'majorName'>) {
  return admissionCards(form).find((a) => a.schoolName === offer.schoolName && a.majorName === offer.majorName && a.status !== 'released') ?? null;
}

/**
 * The admissions 我的志愿 shows beside an offer of 统一录取: not the offer's own (its card shows it),
 * nor one the rounds gave back (a decline, an expiry, a move up: the offer's card and the school's
 * records say so, in words of the round, not “chose another school”).
 */
export function besideOffer(form: MyForm): MyForm {
  const offer = form.offer;
  if (!offer) return form;
  return {
    ...form,
    admissions: form.admissions.filter((a) => a.status !== 'released' && !(a.schoolName === offer.schoolName && a.majorName === offer.majorName)),
    admissionChoice: null,
  };
}

/** What the offer's state means for the family, in a sentence (the state's label says what it is). */
export function offerStatusNote(offer: Pick<Offer, 'status' | 'mayAnswer'>): string {
  switch (offer.status) {
    case 'held':
      return offer.mayAnswer ? '' : '答复期限已过，等待教育局处理。';
    case 'accepted':
      return '您已接受这个录取，请按下面的须知按时报到。';
    case 'declined':
      return '您已放弃这个录取，名额已让给候补的同学。';
    case 'expired':
      return '没有在规定时间内答复，这个录取已放弃，名额已让给候补的同学。';
    case 'refused':
      return '学校没有录取，名额已退回，由候补的同学递补。';
    case 'moved':
      return '后面的轮次把您改录取到排得更靠前的志愿，这个录取已让出。';
  }
}

type Waiting = NonNullable<MyForm['waiting']>;

/**
 * R26: where the form waits after the latest round, a line a choice, best first:
 * “某某职业学校 · 计算机应用（第 1 志愿）：候补第 3 位（共 12 人候补）”.
 */
export function waitingLines(waiting: Waiting): string[] {
  return waiting.places.map((p) => {
    const where = p.position > 0 ? `候补第 ${p.position} 位（共 ${p.of} 人候补）` : '该专业今年没有招生名额';
    return `${p.schoolName} · ${p.majorName}（第 ${p.rank} 志愿）：${where}`;
  });
}

/** What the waiting lines are, for a form with an offer (the choices ranked above it) or without one (every choice). */
export function waitingTitle(waiting: Pick<Waiting, 'round'>, placed: boolean): string {
  return placed
    ? `第 ${waiting.round} 轮录取后，您在排得更靠前的志愿中的候补位次：`
    : `第 ${waiting.round} 轮录取后，您暂未获得录取。您在所填志愿中的候补位次：`;
}

/** What waiting means, under the lines. */
export const waitingNote = '有同学放弃或学校退回名额时，后面的轮次按候补位次依次递补，并会通知您。';
