import type { LeadStatus } from '../../shared/records/lead';
import type { SendingRow } from '../../shared/records/sending-report';
import { juniorSchoolsKept } from './junior-schools';
import { MAX_READ, records } from './platform/collections';
import { countBy } from './platform/counts';

const standing: LeadStatus[] = ['new', 'contacted', 'visited', 'admitted', 'enrolled', 'lost'];

/**
 * R13: a school's figures per junior high, as they stand: its students who chose the school (the
 * standing leads), were admitted there and enrolled there — counted by the database.
 */
export async function liveSendingRows(year: number, schoolId: string): Promise<SendingRow[]> {
  const [groups, juniors] = await Promise.all([countBy('leads', { schoolId, year }, { status: 'status', junior: 'juniorSchoolId' }), juniorSchoolsKept()]);
  const rows = new Map<string, SendingRow>();
  for (const g of groups) {
    const status = g.status as LeadStatus;
    if (!standing.includes(status)) continue;
    const juniorSchoolId = String(g.junior);
    const row = rows.get(juniorSchoolId) ?? { juniorSchoolId, juniorSchoolName: juniors.find((j) => j._id === juniorSchoolId)?.name ?? '（已不在名录中的初中）', chose: 0, admitted: 0, enrolled: 0 };
    row.chose += g.count;
    if (status === 'admitted' || status === 'enrolled') row.admitted += g.count;
    if (status === 'enrolled') row.enrolled += g.count;
    rows.set(juniorSchoolId, row);
  }
  return [...rows.values()].sort((a, b) => a.juniorSchoolName.localeCompare(b.juniorSchoolName, 'zh-CN'));
}

/** The schools expected to report for a year: every school that published a brochure in it. */
export async function reportingSchools(year: number) {
  const [cards, schools] = await Promise.all([records.brochureCards.find({ year }, { limit: MAX_READ }), records.schools.find({}, { limit: MAX_READ })]);
  const published = new Set(cards.map((c) => c.schoolId));
  return schools.filter((s) => published.has(s._id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
