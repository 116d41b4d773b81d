import { REPORTS_PER_DAY, REPORTS_PER_HOUR } from '../../../shared/report-steps';
import { receiptOfReport, reportCategoryLabels, reportStatusLabels, type Report } from '../../../shared/records/report';
import { shanghaiMinute } from '../../../shared/time';
import { juniorSchoolsKept } from '../juniors/junior-schools';
import { _ } from '../../_kit/platform/app';
import type { BureauAdminCaller, ReviewerCaller } from '../../_kit/platform/caller';
import { MAX_READ, records, type Where } from '../../_kit/platform/collections';
import { incrementEach } from '../../_kit/platform/counters';
import { randomCode } from '../../_kit/platform/readable-code';
import { complaintFailures } from './failures';

/**
 * R19: counts a report against its sender's limits — REPORTS_PER_HOUR in a clock hour, REPORTS_PER_DAY
 * in a day of Shanghai's calendar — by one atomic increment (a burst sent at once is counted
 * exactly), and refuses it past either. A refused report counts too: a script retrying does not get
 * through by retrying.
 */
export async function countReport(openid: string, at: Date): Promise<void> {
  const wallClock = shanghaiMinute(at);
  const hour = `h${wallClock.format('HH')}`;
  const counts = await incrementEach('reportAttempts', `${openid}:${wallClock.format('YYYY-MM-DD')}`, ['day', hour]);
  if ((counts.get(hour) ?? 0) > REPORTS_PER_HOUR || (counts.get('day') ?? 0) > REPORTS_PER_DAY) throw complaintFailures.tooManyReports();
}

/** A new receipt for a report received at `at` (shared/records/report.ts); the report's id is made of it, so two alike cannot both be stored. */
export function newReceipt(at: Date): string {
  const tail = randomCode(4);
  return `JB${shanghaiMinute(at).format('YYMMDD')}-${tail}`;
}

/** The schools and junior highs a report may name, by id, with their names and districts. */
export async function placesById(): Promise<Map<string, { name: string; district: string }>> {
  const [schools, juniors] = await Promise.all([records.schools.find({}, { limit: MAX_READ }), juniorSchoolsKept()]);
  return new Map([...schools, ...juniors].map((p) => [p._id, { name: p.name, district: p.district }]));
}

/** Whom a report is about, in words: the school and junior high it names, and what the reporter typed. */
export function concerningOf(report: Pick<Report, 'schoolId' | 'juniorSchoolId' | 'schoolName'>, places: Map<string, { name: string }>): string {
  const named = [report.schoolId, report.juniorSchoolId].flatMap((id) => (id && places.get(id) ? [places.get(id)?.name ?? ''] : []));
  if (report.schoolName && !named.includes(report.schoolName)) named.push(report.schoolName);
  return named.join('、') || '未注明';
}

/** The reports a bureau caller handles: the city's all; a district reviewer's those about its schools and junior highs. */
export function reportScope(caller: BureauAdminCaller | ReviewerCaller, places: Map<string, { district: string }>): Where {
  if (caller.role !== 'reviewer' || caller.scope.schoolKind !== 'district') return {};
  const { district } = caller.scope;
  const ids = [...places].filter(([, p]) => p.district === district).map(([id]) => id);
  return _.or([{ schoolId: _.in(ids) }, { juniorSchoolId: _.in(ids) }]);
}

export function reportView(report: Report, places: Map<string, { name: string }>) {
  return {
    id: report._id,
    receipt: receiptOfReport(report._id),
    category: report.category,
    categoryLabel: reportCategoryLabels[report.category],
    description: report.description,
    concerning: concerningOf(report, places),
    happenedOn: report.happenedOn ?? null,
    status: report.status,
    statusLabel: reportStatusLabels[report.status],
    reply: report.reply ?? null,
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt?.toISOString() ?? null,
  };
}
