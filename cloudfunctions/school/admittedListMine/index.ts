import { admittedListMineInput, admittedListMineOutput, type AdmittedListMine } from '../../../shared/api/admitted-lists';
import { isPastSeason } from '../../../shared/season-rules';
import { byMajor, changeSince, holdingLeads, publishedLists, versionOf } from '../../domains/admission/admitted-lists';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';

/**
 * R14, the school admin's side: for each of the school's majors, the students holding an admission
 * now, how many of them the latest published list does not name yet (and how many it names who no
 * longer hold one), and every version published, with who published it.
 */
export const main = defineFunction({
  name: 'admittedListMine',
  input: admittedListMineInput,
  output: admittedListMineOutput,
  roles: ['schoolAdmin'],
  async handler(_input, caller) {
    const at = now();
    const season = await currentSeason(at);
    const { year } = season;
    const { schoolId } = caller.staff;
    const [school, majors, leads, lists] = await Promise.all([
      schoolById(schoolId),
      records.majors.find({ schoolId }, { limit: MAX_READ }),
      holdingLeads(schoolId, year),
      publishedLists(schoolId, year),
    ]);
    const versions = byMajor(lists);
    const holding = new Map<string, Set<string>>();
    const names = new Map<string, string>(majors.map((m) => [m._id, m.name]));
    for (const lead of leads) {
      if (!lead.admission) continue;
      holding.set(lead.admission.majorId, (holding.get(lead.admission.majorId) ?? new Set()).add(lead._id));
      if (!names.has(lead.admission.majorId)) names.set(lead.admission.majorId, lead.admission.majorName);
    }
    for (const [majorId, published] of versions) if (!names.has(majorId)) names.set(majorId, published[0]?.majorName ?? '');
    // the filed majors, and any other a student was admitted to or a list was published for
    const shown = [...names.keys()].filter((id) => majors.some((m) => m._id === id && m.filed) || holding.has(id) || versions.has(id));
    const answer: AdmittedListMine = {
      schoolId,
      schoolName: school?.name ?? '',
      year,
      ended: isPastSeason(season, at),
      majors: shown.map((majorId) => {
        const current = holding.get(majorId) ?? new Set<string>();
        const published = versions.get(majorId) ?? [];
        return {
          majorId,
          majorName: names.get(majorId) ?? '',
          admitted: current.size,
          ...changeSince(published[0], current),
          versions: published.map((v) => ({ ...versionOf(v), publishedByName: v.publishedByName })),
        };
      }),
    };
    answer.majors.sort((a, b) => b.admitted - a.admitted || a.majorName.localeCompare(b.majorName, 'zh-CN'));
    return answer;
  },
});
