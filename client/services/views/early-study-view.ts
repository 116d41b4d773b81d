import type { EarlyStudyView } from '../../../shared/api/early-study';
import type { MyForm } from '../../../shared/api/choices';
import { isStanding } from '../../../shared/early-study';
import type { EarlyStudyStatus } from '../../../shared/records/early-study';
import { inShanghai, shanghaiDay } from '../../../shared/time';

/**
 * R8 as the pages show it: each school's answer in words, whether the season's first day of early
 * study has come, and which schools of a form a family may still ask at. The server decides each of
 * these again; this only spares the family a button that would be refused.
 */

type Side = EarlyStudyView['junior'];

/** When someone answered, as people read it (Shanghai's calendar). */
function whenOf(at: string | null): string | null {
  return at ? inShanghai(at).format('M月D日 HH:mm') : null;
}

/** One side's answer: 待确认 / 已确认（by whom, when）/ 不同意（by whom, when）：reason. */
export function sideText(side: Side): string {
  if (side.decision === 'pending') return '待确认';
  const who = [side.staffName, whenOf(side.at)].filter(Boolean).join('，');
  const by = who ? `（${who}）` : '';
  if (side.decision === 'confirmed') return `已确认${by}`;
  return `不同意${by}${side.reason ? `：${side.reason}` : ''}`;
}

/** The two steps of a request, the junior high first (it knows the student), with each school's name. */
export function stepsOf(request: Pick<EarlyStudyView, 'juniorSchoolName' | 'schoolName' | 'junior' | 'school'>): Array<{ who: string; text: string }> {
  return [
    { who: `初中学校（${request.juniorSchoolName}）`, text: sideText(request.junior) },
    { who: `中职学校（${request.schoolName}）`, text: sideText(request.school) },
  ];
}

/** `2027-05-01` → `2027年5月1日`. */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Whether the season's first day of early study (YYYY-MM-DD, Shanghai) has begun at `now`. */
export function earlyStudyOpen(from: string, now: Date): boolean {
  return now.getTime() >= shanghaiDay(from).start;
}

/** The family's requests made for this form (each request names its form for the family). */
export function requestsOfForm<R extends Pick<EarlyStudyView, 'formId'>>(form: Pick<MyForm, 'formId'>, requests: R[]): R[] {
  return requests.filter((r) => r.formId === form.formId);
}

/**
 * Where the family may ask now: each school of an active form once (two majors at one school are
 * one school), in the form's order — none while a request stands (waiting or confirmed: a form has one at a time).
 */
export function schoolsToAsk(
  form: Pick<MyForm, 'status' | 'choices'>,
  requests: Array<Pick<EarlyStudyView, 'status'>>,
): Array<{ schoolId: string; schoolName: string }> {
  if (form.status !== 'active' || requests.some((r) => isStanding(r.status))) return [];
  const seen = new Set<string>();
  const schools: Array<{ schoolId: string; schoolName: string }> = [];
  for (const choice of [...form.choices].sort((a, b) => a.rank - b.rank)) {
    if (seen.has(choice.schoolId)) continue;
    seen.add(choice.schoolId);
    schools.push({ schoolId: choice.schoolId, schoolName: choice.schoolName });
  }
  return schools;
}

/** The filter chips of the staff list: every status, in the order a request moves through them. */
export const earlyStudyFilters: ReadonlyArray<{ value: EarlyStudyStatus; label: string }> = [
  { value: 'pending', label: '等待确认' },
  { value: 'confirmed', label: '两校均已确认' },
  { value: 'declined', label: '未获同意' },
  { value: 'cancelled', label: '已取消' },
];
