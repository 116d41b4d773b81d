import { leadProgressInput, leadProgressOutput } from '../../../shared/api/leads';
import { leadStatusPhrases, type Lead } from '../../../shared/records/lead';
import { recordOfStep } from '../../../shared/school-records';
import { inShanghai } from '../../../shared/time';
import { formAfter, releaseOthers } from '../../domains/admission/admission';
import { leadsInTx } from '../../domains/forms/ids';
import { isOwnLead, leadFor } from '../../domains/leads/leads';
import { noteOnLead, stepLead } from '../../domains/leads/steps';
import { enqueue } from '../../domains/messages/outbox';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';
import { followOffer, standingOfferOf } from '../../domains/admission/unified/answers';
import { admissionFailures } from '../../domains/admission/failures';

/** The day a student left: the one given, or today; not after today, not before they arrived (Shanghai days). */
function leftOn(asked: string | undefined, lead: Pick<Lead, 'enrollment'>, at: Date): string {
  const today = inShanghai(at).format('YYYY-MM-DD');
  const day = asked ?? today;
  if (day > today) throw failures.invalid({ on: '离校日期不能晚于今天' });
  const arrived = lead.enrollment ? inShanghai(lead.enrollment.at).format('YYYY-MM-DD') : null;
  if (arrived && day < arrived) throw failures.invalid({ on: `离校日期不能早于报到日期（${arrived}）` });
  return day;
}

/**
 * A recruiter records the next step (R24: forward only, or lost with a reason; 报到 of an admitted
 * student, which releases any other school's admission (R25); leaving, with a reason) with its time
 * and actor, and the family is told (a record of the child — 报到, leaving — as R28 says, by stepLead). Recording the step the lead is already at changes nothing.
 */
export const main = defineFunction({
  name: 'leadProgress',
  input: leadProgressInput,
  output: leadProgressOutput,
  roles: ['recruiter', 'schoolAdmin'],
  async handler({ id, status, note, on }, caller) {
    const { formId } = await leadFor(caller, id);
    const form = await records.choiceForms.get(formId);
    if (!form) throw failures.notFound();
    const school = form.choices.find((c) => c.schoolId === caller.staff.schoolId)?.schoolName ?? '';
    const at = now();
    // R26: a step that ends or takes up an admission by the unified round follows its offer
    const offer = status === 'lost' || status === 'enrolled' ? await standingOfferOf(formId, caller.staff.schoolId) : null;
    await inTransaction(async (tx) => {
      const lead = await tx.leads.get(id);
      if (!lead || !isOwnLead(caller, lead)) throw failures.forbidden();
      const actor = { by: 'staff' as const, staff: caller.staff };
      // the step the lead already stands at changes nothing; a note given with it is kept as a note
      if (lead.status === status) {
        if (note) await noteOnLead(tx, lead, actor, { at, event: 'noted', note });
        return;
      }
      const who = { at, staffName: caller.staff.name };
      const facts = status === 'enrolled' ? { enrollment: who } : status === 'left' ? { left: { on: leftOn(on, lead, at), reason: note ?? '', ...who } } : {};
      // The student's placement on the form follows every step, from the form's other leads read
      // here. The form is written on every step, even when its placement stays: two schools
      // stepping one student's leads at once then conflict, and the one that runs again reads the
      // other's step (a transaction reads a snapshot; only a shared write makes them meet).
      const stored = await tx.choiceForms.get(formId);
      if (!stored) throw failures.notFound();
      // PIPL: once the family's data is being erased, no school takes the student on (see form.erasing)
      if (stored.erasing || stored.erasedAt) throw admissionFailures.studentErased();
      // R25: an admission lost, or a student who left, gives the major's place back (stepLead);
      // R28: 报到, leaving and an admission not taken up are records the family is told of (stepLead)
      if (offer && lead.status === 'admitted') await followOffer(tx, offer, status, at);
      const stepped = await stepLead(tx, lead, status, actor, { at, note, patch: facts, form: stored });
      let leads = [stepped, ...(await leadsInTx(tx, stored)).filter((l) => l._id !== id)];
      // R25: a student who arrives here has taken this school: any other admission is released
      if (status === 'enrolled') leads = await releaseOthers(tx, stored, leads, lead.schoolId, '学生已到其他学校报到', at);
      await tx.choiceForms.update(formId, formAfter(stored, leads, null));
      // The family asked at submission to be told when a school moves their choice on; a step that
      // is a record of the child (R28) was told by stepLead, in its own words, and is not told twice.
      if (!recordOfStep(lead.status, status)) {
        const values = { student: form.student.name, school, status: leadStatusPhrases[status], at };
        await enqueue(tx, { kind: 'status-changed', recipientOpenid: form.openid, schoolId: lead.schoolId, values, page: '/family/pages/forms/index' }, at);
      }
    });
    return { id, status };
  },
});
