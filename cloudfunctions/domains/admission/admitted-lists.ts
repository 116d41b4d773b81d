import { holdsPlace, maskName } from '../../../shared/admission';
import type { AdmittedEntry, AdmittedList } from '../../../shared/records/admitted-list';
import { leadStatusSchema, type Lead } from '../../../shared/records/lead';
import { juniorSchoolsKept } from '../juniors/junior-schools';
import { _ } from '../../_kit/platform/app';
import { MAX_READ, records } from '../../_kit/platform/collections';

/**
 * R14: what an admitted list is made of, in one place for publishing and for the school admin's
 * view of what a publication would change.
 */

/** The statuses that hold an admission (R25): admitted, or admitted and since enrolled — not released, left, lost or withdrawn. */
const holdingStatuses = leadStatusSchema.options.filter(holdsPlace);

/** The school's leads holding an admission this year, to one major or to any; read a page at a time. */
export async function holdingLeads(schoolId: string, year: number, majorId?: string): Promise<Lead[]> {
  const where = { schoolId, year, status: _.in(holdingStatuses), ...(majorId ? { 'admission.majorId': majorId } : {}) };
  const found: Lead[] = [];
  for (let skip = 0; ; skip += MAX_READ) {
    const page = await records.leads.find(where, { skip, limit: MAX_READ, orderBy: [['_id', 'asc']] });
    found.push(...page);
    if (page.length < MAX_READ) return found;
  }
}

/**
 * The lines of a list: grouped by junior high (in Chinese collation), then by name, each name
 * masked (R25). Only the three public fields are copied from the lead. `leadIds` are in the same
 * order, so a family's erasure can take its own line out of every version (forms/erase.ts).
 */
export async function entriesOf(leads: readonly Lead[], majorName: string): Promise<{ entries: AdmittedEntry[]; leadIds: string[] }> {
  const juniors = await juniorSchoolsKept();
  const nameOf = (id: string) => juniors.find((j) => j._id === id)?.name ?? '（已不在名录中的初中）';
  const lines = leads
    .map((l) => ({ leadId: l._id, full: l.studentName, juniorSchoolName: nameOf(l.juniorSchoolId) }))
    .sort((a, b) => a.juniorSchoolName.localeCompare(b.juniorSchoolName, 'zh-CN') || a.full.localeCompare(b.full, 'zh-CN'));
  return { entries: lines.map(({ full, juniorSchoolName }) => ({ name: maskName(full), juniorSchoolName, majorName })), leadIds: lines.map((l) => l.leadId) };
}

/**
 * What publishing now would change against the latest version (none yet: everyone is new): the
 * students holding an admission it does not name yet, and those it names who no longer hold one.
 * The admin's page shows it (admittedListMine) and publishing refuses a version that changes nothing.
 */
export function changeSince(latest: Pick<AdmittedList, 'leadIds'> | undefined, holding: Iterable<string>): { notYetListed: number; noLongerAdmitted: number } {
  const current = new Set(holding);
  const listed = new Set(latest?.leadIds ?? []);
  return { notYetListed: [...current].filter((id) => !listed.has(id)).length, noLongerAdmitted: [...listed].filter((id) => !current.has(id)).length };
}

/** Every version a school published this year (of one major or all), newest first within a major. */
export function publishedLists(schoolId: string, year: number, majorId?: string): Promise<AdmittedList[]> {
  return records.admittedLists.find(
    { schoolId, year, ...(majorId ? { majorId } : {}) },
    {
      orderBy: [
        ['majorId', 'asc'],
        ['version', 'desc'],
      ],
      limit: MAX_READ,
    },
  );
}

/** The versions of each major, newest first. */
export function byMajor(lists: readonly AdmittedList[]): Map<string, AdmittedList[]> {
  const grouped = new Map<string, AdmittedList[]>();
  for (const list of lists) grouped.set(list.majorId, [...(grouped.get(list.majorId) ?? []), list]);
  for (const versions of grouped.values()) versions.sort((a, b) => b.version - a.version);
  return grouped;
}

/** A version as a list of versions shows it. */
export function versionOf(list: AdmittedList) {
  return { version: list.version, publishedAt: list.publishedAt.toISOString(), count: list.entries.length };
}
