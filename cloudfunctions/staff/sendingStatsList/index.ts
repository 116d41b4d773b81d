import { sendingStatsListInput, sendingStatsListOutput } from '../../../shared/api/sending';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { currentSeason } from '../../domains/season/season';
import { reportingSchools } from '../../domains/juniors/sending';

/**
 * R13: the submitted statistics as others read them — a junior high its own line from each school
 * that submitted (nothing of other junior highs), the bureau who has and has not submitted.
 */
export const main = defineFunction({
  name: 'sendingStatsList',
  input: sendingStatsListInput,
  output: sendingStatsListOutput,
  roles: ['juniorStaff', 'bureauAdmin', 'reviewer'],
  async handler(_input, caller) {
    const { year, sendingStatisticsDue } = await currentSeason();
    const reports = await records.sendingReports.find({ year }, { limit: MAX_READ });
    if (caller.role === 'juniorStaff') {
      const own = caller.staff.juniorSchoolId;
      const fromSchools = reports.flatMap((r) =>
        r.rows
          .filter((row) => row.juniorSchoolId === own)
          .map((row) => ({
            schoolName: r.schoolName,
            submittedAt: r.submittedAt.toISOString(),
            chose: row.chose,
            admitted: row.admitted,
            enrolled: row.enrolled,
          })),
      );
      return { year, due: sendingStatisticsDue, fromSchools, schools: [] };
    }
    const district = caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? caller.scope.district : null;
    const byId = new Map(reports.map((r) => [r.schoolId, r]));
    const schools = (await reportingSchools(year))
      .filter((s) => !district || s.district === district)
      .map((s) => {
        const report = byId.get(s._id);
        return {
          schoolId: s._id,
          schoolName: s.name,
          district: s.district,
          submittedAt: report?.submittedAt.toISOString() ?? null,
          late: report?.late ?? false,
          juniors: report?.rows.length ?? 0,
        };
      });
    return { year, due: sendingStatisticsDue, fromSchools: [], schools };
  },
});
