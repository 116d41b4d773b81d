import { registrationStatusInput, registrationStatusOutput } from '../../../shared/api/registration';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { deadlineOf, doubleRegistrations, enrolledLeads, figuresBySchool, figuresOf, flaggedView } from '../../domains/admission/registration';
import { currentSeason } from '../../domains/season/season';
import { reportingSchools } from '../../domains/juniors/sending';

/**
 * R15: how registration stands — for the bureau, each school's enrolled, registered, flagged and
 * outstanding students (a district reviewer's district only); for a school admin, their own school's
 * figures and its flagged students (masked names, the other school's name only).
 */
export const main = defineFunction({
  name: 'registrationStatus',
  input: registrationStatusInput,
  output: registrationStatusOutput,
  roles: ['schoolAdmin', 'bureauAdmin', 'reviewer'],
  async handler(_input, caller) {
    const at = now();
    const season = await currentSeason(at);
    const { year } = season;
    const { deadline, late } = deadlineOf(season, at);
    if (caller.role === 'schoolAdmin') {
      const schoolId = caller.staff.schoolId;
      const [school, leads] = await Promise.all([records.schools.get(schoolId), enrolledLeads(year, schoolId)]);
      const flags = await doubleRegistrations(leads);
      const flagged = leads.flatMap((l) => {
        const others = flags.get(l._id);
        return others ? [flaggedView(l, others)] : [];
      });
      const row = { schoolId, schoolName: school?.name ?? '', district: school?.district ?? '', ...figuresOf(leads, flags) };
      return { year, deadline, late, schools: [row], flagged, mayExport: true };
    }
    const district = caller.role === 'reviewer' && caller.scope.schoolKind === 'district' ? caller.scope.district : null;
    const [figures, expected] = await Promise.all([figuresBySchool(year), reportingSchools(year)]);
    // the schools that published this year, and any other school with enrolled students
    const extraIds = [...figures.keys()].filter((id) => !expected.some((s) => s._id === id));
    const extra = extraIds.length > 0 ? await records.schools.find({ _id: _.in(extraIds) }, { limit: extraIds.length }) : [];
    const schools = [...expected, ...extra]
      .filter((s) => !district || s.district === district)
      .map((s) => ({
        schoolId: s._id,
        schoolName: s.name,
        district: s.district,
        ...(figures.get(s._id)?.figures ?? { enrolled: 0, registered: 0, flagged: 0, outstanding: 0 }),
      }))
      .sort((a, b) => b.outstanding - a.outstanding || a.schoolName.localeCompare(b.schoolName, 'zh-CN'));
    return { year, deadline, late, schools, flagged: [], mayExport: false };
  },
});
