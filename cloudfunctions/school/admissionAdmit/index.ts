import { admissionAdmitInput, admissionAdmitOutput } from '../../../shared/api/admission';
import { holdsPlace, noticeTuitionProblem, placesLeft } from '../../../shared/admission';
import { mayStep } from '../../../shared/lead-steps';
import { admissionPlacesId } from '../../../shared/records/admission';
import type { Lead } from '../../../shared/records/lead';
import { dayjs } from '../../../shared/time';
import { isWithin } from '../../../shared/windows';
import { formAfter, plannedMajors } from '../../domains/admission/admission';
import { leadsInTx } from '../../domains/forms/ids';
import { stepLead } from '../../domains/leads/steps';
import { enqueue } from '../../domains/messages/outbox';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { schoolById } from '../../domains/registry/schools';
import { seasonIn } from '../../domains/season/season';
import { admissionFailures } from '../../domains/admission/failures';
import { formFailures } from '../../domains/forms/failures';
import { leadFailures } from '../../domains/leads/failures';
import { liveOfferForms, supplementaryOpen } from '../../domains/admission/unified/later-rounds';
import { _ } from '../../_kit/platform/app';
import { records } from '../../_kit/platform/collections';

/** The forms among these leads' that hold a live offer of 统一录取 (held or accepted), whatever school it is at. */
async function liveOffersOf(leadIds: string[]): Promise<Set<string>> {
  if (!leadIds.length) return new Set();
  const leads = await records.leads.find({ _id: _.in(leadIds) }, { limit: leadIds.length });
  return liveOfferForms(leads.map((l) => l.formId));
}

/**
 * R25, R24: a school admin admits applicants to one major inside the admission window, never beyond
 * its planned places. The major's places document is written in the same transaction as the leads,
 * so two admins admitting for the last place at once conflict and the one that runs again finds it
 * taken. A student already admitted by another school keeps both admissions until the family
 * chooses (by the season's deadline); one enrolled elsewhere cannot be admitted. The family is told
 * (R28, by stepLead). In a unified season (R26) the desk opens only for 补录, after the rounds have
 * ended, and never for a student holding or having accepted an offer of the rounds.
 */
export const main = defineFunction({
  name: 'admissionAdmit',
  input: admissionAdmitInput,
  output: admissionAdmitOutput,
  roles: ['schoolAdmin'],
  async handler({ majorId, leadIds, notice }, caller) {
    const at = now();
    const school = await schoolById(caller.staff.schoolId);
    if (!school) throw failures.notFound();
    const season = await seasonIn(school.district, at);
    // R26: in a unified season a school admits only in 补录, once the rounds have ended (later-rounds.ts)
    const unified = season.admissionMode === 'unified';
    if (unified && !(await supplementaryOpen(season))) throw admissionFailures.supplementaryNotOpen();
    if (!isWithin(season.admission, at)) throw admissionFailures.admissionClosed(season.admission);
    const tuition = noticeTuitionProblem(notice, season.tuitionExempt);
    if (tuition) throw admissionFailures.noticeInvalid({ 'notice.bring': tuition });
    const major = (await plannedMajors(school._id, season.year)).find((m) => m.majorId === majorId);
    if (!major) throw admissionFailures.majorNotPlanned();
    const due = dayjs(at).add(season.admissionChoiceDays, 'day').toDate();
    const ids = [...new Set(leadIds)];
    // 补录 admits only students the rounds left without a live offer: one held or accepted is never admitted again (R25).
    // After the rounds end no offer becomes live again, so this read outside the transaction stays true.
    const standing = unified ? await liveOffersOf(ids) : new Set<string>();

    return inTransaction(async (tx) => {
      const placesId = admissionPlacesId(school._id, season.year, majorId);
      const held = (await tx.admissionPlaces.get(placesId))?.held ?? 0;
      const leads = await Promise.all(ids.map((id) => tx.leads.get(id)));
      const fresh: Array<{ lead: Lead; rank: number }> = [];
      let already = 0;
      for (const lead of leads) {
        // another school's lead is answered as missing: a school learns nothing of the others'
        if (!lead || lead.schoolId !== school._id || lead.year !== season.year) throw failures.notFound();
        if (standing.has(lead.formId)) throw admissionFailures.offerStands(lead.studentName);
        if (holdsPlace(lead.status) && lead.admission) {
          if (lead.admission.majorId !== majorId) throw admissionFailures.admittedOtherMajor(lead.studentName, lead.admission.majorName);
          already += 1;
          continue;
        }
        if (!mayStep(lead.status, 'admitted', 'admission')) throw leadFailures.stepNotAllowed(lead.status, 'admitted');
        const rank = lead.majors.find((m) => m.majorName === major.majorName)?.rank;
        if (!rank) throw admissionFailures.notApplicantOfMajor(lead.studentName, major.majorName);
        fresh.push({ lead, rank });
      }
      const left = placesLeft(major.places, held);
      if (fresh.length > left) throw admissionFailures.planFull(major.majorName, left);

      // the major's places document first, so each admission below takes its place in it (stepLead)
      if (fresh.length) {
        await tx.admissionPlaces.set(placesId, {
          schoolId: school._id,
          year: season.year,
          majorId,
          majorName: major.majorName,
          planned: major.places,
          held,
          updatedAt: at,
        });
      }
      const actor = { by: 'admission' as const, staff: caller.staff };
      for (const { lead, rank } of fresh) {
        const form = await tx.choiceForms.get(lead.formId);
        if (!form || form.status !== 'active') throw formFailures.formWithdrawn();
        if (form.erasing || form.erasedAt) throw admissionFailures.studentErased();
        const others = (await leadsInTx(tx, form)).filter((l) => l._id !== lead._id);
        if (others.some((l) => l.status === 'enrolled')) throw admissionFailures.enrolledElsewhere(lead.studentName);
        const admission = { majorId, majorName: major.majorName, rank, at, staffName: caller.staff.name, notice };
        // R28: the family is told of the admission by stepLead, in this transaction
        const admitted = await stepLead(tx, lead, 'admitted', actor, { at, note: `录取专业：${major.majorName}`, patch: { admission }, form });
        const standing = [...others, admitted];
        const after = formAfter(form, standing, due);
        await tx.choiceForms.update(form._id, after);
        const page = '/family/pages/forms/index';
        // R25: a second admission asks the family to choose one, by the deadline
        if (standing.filter((l) => l.status === 'admitted').length >= 2 && !form.admissionChoice) {
          const names = standing.filter((l) => l.status === 'admitted').map((l) => l.schoolName || school.name);
          await enqueue(
            tx,
            {
              kind: 'admission-choice',
              recipientOpenid: form.openid,
              schoolId: school._id,
              values: { student: form.student.name, schools: `${names.join('、')}都录取了您`, due },
              page,
            },
            at,
          );
        }
      }
      const nowHeld = held + fresh.length;
      return { admitted: fresh.length, already, placesLeft: placesLeft(major.places, nowHeld) };
    });
  },
});
