import type { MyForm } from '../../shared/api/choices';
import { inShanghai } from '../../shared/time';

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
    .map((a) => ({ ...a, statusLabel: a.status in statusLabels ? statusLabels[a.status as keyof typeof statusLabels] : '', reportOn: dayText(a.notice.reportOn) }));
}

/** The deadline to choose between admissions, on Shanghai's clock: 7月13日 10:00. */
export function choiceDeadline(due: string): string {
  return inShanghai(due).format('M月D日 HH:mm');
}
