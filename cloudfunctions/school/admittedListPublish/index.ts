import { admittedListPublishInput, admittedListPublishOutput } from '../../../shared/api/admitted-lists';
import { admittedListIdOf } from '../../../shared/records/admitted-list';
import { isPastSeason } from '../../../shared/season-rules';
import { changeSince, entriesOf, holdingLeads, publishedLists } from '../../domains/admission/admitted-lists';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';
import { admissionFailures } from '../../domains/admission/failures';

/** How many times a publication takes the next number after another took the one it read. */
const ATTEMPTS = 5;

const isDuplicate = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? '').includes('E11000');

/**
 * R14: the school admin publishes the school's admitted list for one major when it chooses to: the
 * students who hold an admission to it this season (admitted, or since enrolled), masked (R25),
 * frozen as a new version. Earlier versions are kept (R4). The version's id is made of its number,
 * so two publications at once cannot both be version n: the second is refused by the database and
 * takes n + 1 — unless version n already names the same students, when, like a publication of an
 * unchanged list, it is refused: a public version is never repeated.
 */
export const main = defineFunction({
  name: 'admittedListPublish',
  input: admittedListPublishInput,
  output: admittedListPublishOutput,
  roles: ['schoolAdmin'],
  async handler({ majorId }, caller) {
    const at = now();
    const season = await currentSeason(at);
    if (isPastSeason(season, at)) throw admissionFailures.admittedListSeasonEnded(season.year);
    const { year } = season;
    const { schoolId } = caller.staff;
    // another school's major and one that does not exist are answered alike
    const major = await records.majors.get(majorId);
    if (!major || major.schoolId !== schoolId) throw admissionFailures.admittedListMajorUnknown();
    const [school, leads] = await Promise.all([schoolById(schoolId), holdingLeads(schoolId, year, majorId)]);
    if (leads.length === 0) throw admissionFailures.admittedListEmpty(major.name);
    const { entries, leadIds } = await entriesOf(leads, major.name);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const latest = (await publishedLists(schoolId, year, majorId))[0];
      const change = changeSince(latest, leadIds);
      if (latest && change.notYetListed === 0 && change.noLongerAdmitted === 0) throw admissionFailures.admittedListUnchanged(major.name, latest.version);
      const version = (latest?.version ?? 0) + 1;
      try {
        await records.admittedLists.add({
          _id: admittedListIdOf(schoolId, year, majorId, version),
          schoolId,
          schoolName: school?.name ?? '',
          year,
          majorId,
          majorName: major.name,
          version,
          publishedAt: at,
          publishedByStaffId: caller.staff._id,
          publishedByName: caller.staff.name,
          entries,
          leadIds,
        });
        return { majorId, majorName: major.name, version, publishedAt: at.toISOString(), count: entries.length };
      } catch (error) {
        if (!isDuplicate(error)) throw error;
      }
    }
    throw admissionFailures.admittedListBusy();
  },
});
