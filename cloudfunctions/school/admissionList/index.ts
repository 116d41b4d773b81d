import { admissionListInput, admissionListOutput } from '../../../shared/api/admission';
import { byChoiceThenTime, holdsPlace, placesLeft } from '../../../shared/admission';
import { admissionPlacesId } from '../../../shared/records/admission';
import { isWithin } from '../../../shared/windows';
import { plannedMajors } from '../../domains/admission/admission';
import { juniorSchoolsKept } from '../../domains/juniors/junior-schools';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { MAX_READ, records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { schoolById } from '../../domains/registry/schools';
import { seasonIn } from '../../domains/season/season';
import { admissionFailures } from '../../domains/admission/failures';
import { liveOfferForms, supplementaryOpen } from '../../domains/admission/unified/later-rounds';

/**
 * R25, the school's admission desk: each planned major with its places held and left, and for one
 * major the applicants who chose it, first choices first and then by who submitted first, with those
 * already admitted to it marked. In a unified season (R26) it says whether 补录 is open and marks the
 * students holding an offer of the rounds.
 */
export const main = defineFunction({
  name: 'admissionList',
  input: admissionListInput,
  output: admissionListOutput,
  roles: ['schoolAdmin'],
  async handler({ majorId }, caller) {
    const at = now();
    const school = await schoolById(caller.staff.schoolId);
    if (!school) throw failures.notFound();
    const season = await seasonIn(school.district, at);
    const planned = await plannedMajors(school._id, season.year);
    const held = await records.admissionPlaces.find({ schoolId: school._id, year: season.year }, { limit: 100 });
    const majors = planned.map((m) => {
      const h = held.find((p) => p._id === admissionPlacesId(school._id, season.year, m.majorId))?.held ?? 0;
      return { majorId: m.majorId, majorName: m.majorName, planned: m.places, held: h, left: placesLeft(m.places, h) };
    });
    const major = majorId ? planned.find((m) => m.majorId === majorId) : undefined;
    if (majorId && !major) throw admissionFailures.majorNotPlanned();
    const listed = major ? await applicants(school._id, season.year, major) : [];
    // R26: in a unified season the desk admits only in 补录, never a student holding an offer of the rounds
    const unified = season.admissionMode === 'unified';
    const offered = unified ? await liveOfferForms(listed.map((c) => c.formId)) : new Set<string>();
    const candidates = listed.map(({ formId, ...c }) => (unified ? { ...c, offer: offered.has(formId) } : c));
    const closed = unified ? await supplementaryOpen(season) : null;
    const last = await records.leads.find({ schoolId: school._id, year: season.year, status: 'admitted' }, { orderBy: [['updatedAt', 'desc']], limit: 1 });
    const notice = last[0]?.admission?.notice ?? null;
    return {
      year: season.year,
      window: { ...season.admission, open: isWithin(season.admission, at) },
      majors,
      candidates,
      lastNotice: notice && notice.reportOn ? notice : null,
      tuitionExempt: season.tuitionExempt,
      unified: unified
        ? {
            open: closed !== null,
            note: closed
              ? '统一录取的各轮已经结束，现在可以补录还没有被录取的学生（不超过专业的剩余名额）；已有统一录取结果的学生不能再录取。'
              : '本年度实行统一录取，由教育局按学生的志愿统一录取。教育局结束各轮之后，才能在这里补录还没有被录取的学生。',
          }
        : null,
    };
  },
});

/** The live leads that chose the major, in the order the school reads them; a student this school admitted to another major is not one. */
async function applicants(schoolId: string, year: number, major: { majorId: string; majorName: string }) {
  const leads = await records.leads.find(
    { schoolId, year, status: _.in(['new', 'contacted', 'visited', 'admitted', 'enrolled']), 'majors.majorName': major.majorName },
    { orderBy: [['createdAt', 'asc']], limit: MAX_READ },
  );
  const juniors = new Map((await juniorSchoolsKept()).map((j) => [j._id, j.name]));
  return leads
    .filter((l) => !(holdsPlace(l.status) && l.admission && l.admission.majorId !== major.majorId))
    .map((l) => ({
      formId: l.formId,
      leadId: l._id,
      studentName: l.studentName,
      juniorSchoolName: juniors.get(l.juniorSchoolId) ?? '',
      rank: l.majors.find((m) => m.majorName === major.majorName)?.rank ?? 99,
      submittedAt: l.createdAt,
      status: l.status,
      admitted: holdsPlace(l.status) && l.admission?.majorId === major.majorId,
    }))
    .sort(byChoiceThenTime)
    .map((c) => ({ ...c, submittedAt: c.submittedAt.toISOString() }));
}
