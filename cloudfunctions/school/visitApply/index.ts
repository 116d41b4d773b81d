import { randomUUID } from 'node:crypto';
import { visitApplyInput, visitApplyOutput } from '../../../shared/api/visits';
import type { Visit } from '../../../shared/records/visit';
import { minutesOf, overlaps, timeOf, visitProblems, visitWindowFor } from '../../../shared/visit-rules';
import { shanghaiMinute } from '../../../shared/time';
import { openJuniorSchool } from '../../domains/juniors/junior-schools';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { schoolById } from '../../domains/registry/schools';
import { currentSeason } from '../../domains/season/season';
import { step, visitDayIdOf, visitView } from '../../domains/visits/visits';
import { visitFailures } from '../../domains/visits/failures';

/**
 * R10: a vocational school applies to visit a junior high — inside its window (the junior high's
 * own district's schools and other schools have different ones), at most two hours, not at the
 * same time as a visit already approved there. The bureau decides (visitDecide).
 */
export const main = defineFunction({
  name: 'visitApply',
  input: visitApplyInput,
  output: visitApplyOutput,
  roles: ['schoolAdmin'],
  async handler(input, caller) {
    const at = now();
    // R27: a junior high open in the registry, read afresh
    const [season, school, junior] = await Promise.all([
      currentSeason(at),
      schoolById(caller.staff.schoolId),
      openJuniorSchool(input.juniorSchoolId, 'juniorSchoolId'),
    ]);
    if (!school) throw failures.forbidden();
    const problems = visitProblems(input, visitWindowFor(season, school, junior.district), shanghaiMinute(at).format('YYYY-MM-DD'));
    if (Object.keys(problems).length) throw failures.invalid(problems);
    const end = timeOf(minutesOf(input.start) + input.minutes);
    const taken = (await records.visitDays.get(visitDayIdOf(junior._id, input.day)))?.approved ?? [];
    const clash = taken.find((a) => overlaps(a, { start: input.start, end }));
    if (clash) {
      const other = await records.visits.get(clash.visitId);
      throw visitFailures.visitOverlaps({ schoolName: other?.schoolName ?? '其他学校', start: clash.start, end: clash.end });
    }
    const visit: Visit = {
      _id: `visit-${randomUUID()}`,
      year: season.year,
      schoolId: school._id,
      schoolName: school.name,
      juniorSchoolId: junior._id,
      juniorSchoolName: junior.name,
      district: junior.district,
      day: input.day,
      start: input.start,
      end,
      visitors: input.visitors,
      status: 'applied',
      history: [step('applied', at, caller.staff)],
      createdAt: at,
      updatedAt: at,
    };
    await records.visits.add(visit);
    return visitView(visit, caller);
  },
});
