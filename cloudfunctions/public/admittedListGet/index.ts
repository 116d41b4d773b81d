import { admittedListGetInput, admittedListGetOutput, type AdmittedListView } from '../../../shared/api/admitted-lists';
import { isPastSeason } from '../../../shared/season-rules';
import { byMajor, publishedLists, versionOf } from '../../domains/admission/admitted-lists';
import { now } from '../../_kit/platform/clock';
import { definePublicFunction } from '../../_kit/platform/define';
import { schoolById } from '../../domains/registry/schools';
import { allSeasons, currentSeason } from '../../domains/season/season';
import { admissionFailures } from '../../domains/admission/failures';

/**
 * R14, R25: a school's published admitted lists, for anyone — a family, a junior high's teacher.
 * Each major with its latest version (or the version asked for) and the versions before it. Only
 * masked names, junior highs and majors: the output schema has no other field for a student. A
 * year whose enrollment work has ended shows nothing any more (R4 keeps them only until then).
 */
export const main = definePublicFunction({
  name: 'admittedListGet',
  input: admittedListGetInput,
  output: admittedListGetOutput,
  async handler({ schoolId, year: asked, majorId, version }) {
    if (version !== undefined && !majorId) throw admissionFailures.admittedListVersionNeedsMajor();
    const at = now();
    const year = asked ?? (await currentSeason(at)).year;
    const [school, seasons] = await Promise.all([schoolById(schoolId), allSeasons()]);
    if (!school) throw admissionFailures.admittedListSchoolUnknown();
    const season = seasons.find((s) => s.year === year);
    if (!season) throw admissionFailures.admittedListYearUnknown(year);
    const answer: AdmittedListView = { schoolName: school.name, year, ended: isPastSeason(season, at), majors: [] };
    if (answer.ended) return answer;
    for (const [id, versions] of byMajor(await publishedLists(schoolId, year, majorId))) {
      const shown = version === undefined ? versions[0] : versions.find((v) => v.version === version);
      if (!shown) throw admissionFailures.admittedListVersionUnknown();
      answer.majors.push({
        majorId: id,
        majorName: shown.majorName,
        shown: { ...versionOf(shown), entries: shown.entries.map(({ name, juniorSchoolName, majorName }) => ({ name, juniorSchoolName, majorName })) },
        versions: versions.map(versionOf),
      });
    }
    if (version !== undefined && answer.majors.length === 0) throw admissionFailures.admittedListVersionUnknown();
    answer.majors.sort((a, b) => a.majorName.localeCompare(b.majorName, 'zh-CN'));
    return answer;
  },
});
