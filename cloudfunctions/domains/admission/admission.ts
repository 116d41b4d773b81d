import { placementOf } from '../../../shared/lead-steps';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import { approvedBrochureOf } from '../brochures/brochures';
import { _ } from '../../_kit/platform/app';
import { leadsInTx } from '../forms/ids';
import { familyActor, stepLead } from '../leads/steps';
import { enqueue } from '../messages/outbox';
import type { Tx } from '../../_kit/platform/transaction';
import { admissionFailures } from './failures';
import { formFailures } from '../forms/failures';

/**
 * R25's moving parts that several functions share: the plan a school admits within, and releasing
 * the admissions a family did not take (each release a step through domains/leads/steps.ts, which
 * gives the place back).
 */

export interface PlannedMajor {
  majorId: string;
  majorName: string;
  places: number;
}

/** The majors and planned places of the school's approved brochure for the year, in its order. */
export async function plannedMajors(schoolId: string, year: number): Promise<PlannedMajor[]> {
  const brochure = await approvedBrochureOf(schoolId, year);
  return (brochure?.majors ?? []).map((m) => ({ majorId: m.majorId, majorName: m.name, places: m.places }));
}

/**
 * Releases every admission of the form but the one at `keepSchoolId` (R25: one admission at a
 * time): each released lead gives back its place and its recruiter is told. Answers the form's
 * leads as they now stand; the caller writes the form (placement, the choice settled).
 */
export async function releaseOthers(tx: Tx, form: ChoiceFormRecord, leads: Lead[], keepSchoolId: string, note: string, at: Date): Promise<Lead[]> {
  const settled: Lead[] = [];
  for (const lead of leads) {
    if (lead.schoolId === keepSchoolId || lead.status !== 'admitted') {
      settled.push(lead);
      continue;
    }
    const released = await stepLead(tx, lead, 'released', familyActor, { at, note });
    if (lead.recruiterStaffId) {
      const recruiter = await tx.staff.get(lead.recruiterStaffId);
      if (recruiter?.status === 'active') {
        const values = { student: form.student.name, major: lead.admission?.majorName ?? '', result: '已放弃录取', at };
        await enqueue(
          tx,
          { kind: 'admission-released', recipientOpenid: recruiter.openid, schoolId: lead.schoolId, values, page: `/staff/pages/lead/index?id=${lead._id}` },
          at,
        );
      }
    }
    settled.push(released);
  }
  return settled;
}

/**
 * The form's fields that follow its leads, as an update: the student's placement, and the family's
 * pending choice, which stands while two admissions do (with `due` set when it first arises) and is
 * removed once one is left.
 */
export function formAfter(form: Pick<ChoiceFormRecord, 'admissionChoice'>, leads: Lead[], due: Date | null) {
  const admitted = leads.filter((l) => l.status === 'admitted').map((l) => l.schoolId);
  const placement = placementOf(leads.map((l) => l.status));
  const since = form.admissionChoice?.due ?? due;
  if (admitted.length >= 2 && since) return { placement, admissionChoice: { due: since, schoolIds: admitted } };
  return { placement, ...(form.admissionChoice ? { admissionChoice: _.remove() } : {}) };
}

/**
 * The family's choice between admissions, made by the family or, when its time ran out, by the
 * settling timer: the admission at `keepSchoolId` stands and the others are released. Answers the
 * schools released (none when there was nothing left to choose).
 */
export async function keepAdmission(tx: Tx, formId: string, keepSchoolId: string, note: string, at: Date): Promise<string[]> {
  const form = await tx.choiceForms.get(formId);
  if (!form || form.status !== 'active') throw formFailures.formWithdrawn();
  const leads = await leadsInTx(tx, form);
  const kept = leads.find((l) => l.schoolId === keepSchoolId);
  if (!kept || kept.status !== 'admitted') throw admissionFailures.noAdmissionChoice();
  const released = leads.filter((l) => l.schoolId !== keepSchoolId && l.status === 'admitted').map((l) => l.schoolName);
  const settled = await releaseOthers(tx, form, leads, keepSchoolId, note, at);
  await tx.choiceForms.update(formId, { ...formAfter(form, settled, null), updatedAt: at });
  return released;
}
