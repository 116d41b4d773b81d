import { addLeads, emptyTally, type Tally } from '../../../shared/lead-steps';
import type { LeadStatus } from '../../../shared/records/lead';
import type { Season } from '../../../shared/records/season';
import type { SendingRow } from '../../../shared/records/sending-report';
import { shanghaiDay } from '../../../shared/time';
import { juniorSchoolsKept } from './junior-schools';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { countBy } from '../../_kit/platform/counts';

/**
 * R13: a school's figures per junior high, as they stand: its students who chose the school (the
 * standing leads), were admitted there and enrolled there — counted by the database.
 */
export async function liveSendingRows(year: number, schoolId: string): Promise<SendingRow[]> {
  const [groups, juniors] = await Promise.all([countBy('leads', { schoolId, year }, { status: 'status', junior: 'juniorSchoolId' }), juniorSchoolsKept()]);
  const tallies = new Map<string, Tally>();
  for (const g of groups) {
    const juniorSchoolId = String(g.junior);
    tallies.set(juniorSchoolId, addLeads(tallies.get(juniorSchoolId) ?? emptyTally(), g.status as LeadStatus, g.count));
  }
  const rows: SendingRow[] = [...tallies]
    .filter(([, t]) => t.forms > 0)
    .map(([juniorSchoolId, t]) => ({
      juniorSchoolId,
      juniorSchoolName: juniors.find((j) => j._id === juniorSchoolId)?.name ?? '（已不在名录中的初中）',
      chose: t.forms,
      admitted: t.admitted,
      enrolled: t.enrolled,
    }));
  return rows.sort((a, b) => a.juniorSchoolName.localeCompare(b.juniorSchoolName, 'zh-CN'));
}

/**
 * R13: the first day a school may submit its sending statistics — the day admission opens. Before
 * it there is nothing to report back (no admission, no 报到), and a copy frozen then would stay
 * empty for the junior highs.
 */
export function sendingStatsOpensOn(season: Pick<Season, 'admission'>): string {
  return season.admission.start;
}

/** Whether a school may submit at `at`: from the day admission opens (late after the due date is still taken). */
export function sendingStatsOpen(season: Pick<Season, 'admission'>, at: Date): boolean {
  return at.getTime() >= shanghaiDay(sendingStatsOpensOn(season)).start;
}

/** The schools expected to report for a year: every school that published a brochure in it. */
export async function reportingSchools(year: number) {
  const [cards, schools] = await Promise.all([records.brochureCards.find({ year }, { limit: MAX_READ }), records.schools.find({}, { limit: MAX_READ })]);
  const published = new Set(cards.map((c) => c.schoolId));
  return schools.filter((s) => published.has(s._id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
