import { holdsPlace } from '../../../shared/admission';
import { isLive, placementOf, reopenedStatus } from '../../../shared/lead-steps';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import type { Staff } from '../../../shared/records/staff';
import type { Tx } from '../../_kit/platform/transaction';
import { enqueue } from '../messages/outbox';
import { chooseRecruiters } from '../leads/recruiters';
import { familyActor, noteOnLead, openLead, stepLead } from '../leads/steps';
import { leadIdFor } from './ids';
import { formFailures } from './failures';

/**
 * Derive, then reconcile: the one place a form's leads are brought to what the form says. A form
 * that is active should have a live lead at each chosen school; a withdrawn form, or a school no
 * longer chosen, none. Submit, revise and withdraw all call `reconcileLeads` inside the transaction
 * that writes the form, and it reads the stored leads there, by id, so two changes of one form at
 * the same moment cannot leave a mix (the form document is written by both: one of them waits and
 * runs again on what the other left).
 */
export type LeadPlan =
  | { kind: 'open' }
  | { kind: 'reopen'; lead: Lead }
  | { kind: 'refresh'; lead: Lead }
  | { kind: 'withdraw'; lead: Lead }
  | { kind: 'keep'; lead: Lead | null };

/** What should happen to the lead at one school, from the form and that lead alone (R24). */
export function planLead(formActive: boolean, chosen: boolean, lead: Lead | null): LeadPlan {
  if (formActive && chosen) {
    if (!lead) return { kind: 'open' };
    return lead.status === 'withdrawn' ? { kind: 'reopen', lead } : { kind: 'refresh', lead };
  }
  if (lead && lead.status !== 'withdrawn') return { kind: 'withdraw', lead };
  return { kind: 'keep', lead };
}

export type FormChange = 'submitted' | 'revised' | 'withdrawn' | 'voided';

export interface ReconcileContext {
  change: FormChange;
  at: Date;
  /** each chosen school's recruiters (from checkForm); not needed when the form is withdrawn */
  recruiters?: Map<string, Staff[]>;
  /** chooses the recruiters of the leads that open; the same answer for a school on every attempt */
  recruiterFor?: RecruiterChooser;
  /**
   * The form is written for the first time in this transaction, so it has no stored lead (a lead is
   * only ever written with its form, and its id names the form): nothing is read.
   */
  newForm?: boolean;
}

export type RecruiterChooser = (schoolIds: string[]) => Promise<Map<string, Staff | null>>;

const notes: Record<FormChange, string> = {
  submitted: '志愿已提交',
  revised: '学生修改志愿，不再报考本校',
  withdrawn: '学生撤回了志愿表',
  voided: '教育局核查后作废了这份志愿表（身份证号被他人使用）',
};

/**
 * A recruiter chooser for one invocation: a school's turn is taken once, however often the
 * transaction runs again, and the turns a change needs are taken together.
 */
export function recruiterChooser(form: Pick<ChoiceFormRecord, 'student'>, recruiters: Map<string, Staff[]>): RecruiterChooser {
  const chosen = new Map<string, Staff | null>();
  return async (schoolIds) => {
    const missing = schoolIds.filter((id) => !chosen.has(id));
    if (missing.length) {
      const wanted = new Map(missing.map((id) => [id, recruiters.get(id) ?? []]));
      for (const [id, staff] of await chooseRecruiters(form.student.juniorSchoolId, wanted)) chosen.set(id, staff);
    }
    return new Map(schoolIds.map((id) => [id, chosen.get(id) ?? null]));
  };
}

function majorsAt(form: ChoiceFormRecord, schoolId: string) {
  return form.choices.filter((c) => c.schoolId === schoolId).map((c) => ({ rank: c.rank, majorName: c.majorName }));
}

/** Tells a lead's recruiter, through the outbox, about a new or changed form. */
async function tellRecruiter(tx: Tx, recruiter: Staff, form: ChoiceFormRecord, lead: Pick<Lead, '_id' | 'schoolId'>, what: string, at: Date): Promise<void> {
  const majors = majorsAt(form, lead.schoolId)
    .map((m) => m.majorName)
    .join('、');
  const values = { student: form.student.name, majors, source: what, at };
  await enqueue(
    tx,
    { kind: 'lead-assigned', recipientOpenid: recruiter.openid, schoolId: lead.schoolId, values, page: `/staff/pages/lead/index?id=${lead._id}` },
    at,
  );
}

/**
 * Brings the stored leads of `form` (as it will be stored after this change) to what it says, and
 * answers the schools that have a lead for it, the leads as they now stand and the student's placement.
 */
export async function reconcileLeads(
  tx: Tx,
  form: ChoiceFormRecord,
  ctx: ReconcileContext,
): Promise<{ leadSchools: string[]; leads: Lead[]; placement: ChoiceFormRecord['placement'] }> {
  const { at } = ctx;
  const chosen = new Set(form.choices.map((c) => c.schoolId));
  const schools = [...new Set([...form.leadSchools, ...chosen])];
  const stored = ctx.newForm ? schools.map(() => null) : await Promise.all(schools.map((schoolId) => tx.leads.get(leadIdFor(form._id, schoolId))));
  const planned = schools.map((schoolId, i) => ({ schoolId, plan: planLead(form.status === 'active', chosen.has(schoolId), stored[i] ?? null) }));
  const recruitersAt = (schoolId: string) => ctx.recruiters?.get(schoolId) ?? [];
  const stillThere = (schoolId: string, id: string | null) => recruitersAt(schoolId).find((r) => r._id === id);
  // The schools whose lead opens, or reopens without its recruiter: their recruiters are chosen together.
  const needing = planned
    .filter(({ schoolId, plan }) => plan.kind === 'open' || (plan.kind === 'reopen' && !stillThere(schoolId, plan.lead.recruiterStaffId)))
    .map(({ schoolId }) => schoolId);
  if (needing.length && !ctx.recruiterFor) throw new Error('a lead opens without a recruiter chooser');
  const newRecruiters = needing.length && ctx.recruiterFor ? await ctx.recruiterFor(needing) : new Map<string, Staff | null>();
  const leads: Lead[] = [];
  for (const { schoolId, plan } of planned) {
    const current = (id: string | null) => stillThere(schoolId, id);
    const schoolName = form.choices.find((c) => c.schoolId === schoolId)?.schoolName;
    const refreshed = {
      studentName: form.student.name,
      studentKey: form.studentKey,
      group: form.student.group,
      juniorSchoolId: form.student.juniorSchoolId,
      majors: majorsAt(form, schoolId),
      ...(schoolName ? { schoolName } : {}),
      updatedAt: at,
    };
    switch (plan.kind) {
      case 'open': {
        const recruiter = newRecruiters.get(schoolId) ?? null;
        const lead = await openLead(
          tx,
          {
            _id: leadIdFor(form._id, schoolId),
            formId: form._id,
            year: form.year,
            schoolId,
            schoolName: schoolName ?? '',
            recruiterStaffId: recruiter?._id ?? null,
            ...refreshed,
          },
          at,
        );
        if (recruiter) await tellRecruiter(tx, recruiter, form, lead, form.student.juniorSchoolName, at);
        leads.push(lead);
        break;
      }
      case 'reopen': {
        // R24: live again when the family chooses the school again; a recruiter who left is replaced.
        const status = reopenedStatus(plan.lead.history);
        const recruiter = current(plan.lead.recruiterStaffId) ?? newRecruiters.get(schoolId) ?? null;
        const patch = { ...refreshed, recruiterStaffId: recruiter?._id ?? null };
        const lead = await stepLead(tx, plan.lead, status, familyActor, { at, event: 'reopened', note: '学生重新选择了本校', patch });
        if (recruiter && status === 'new') await tellRecruiter(tx, recruiter, form, lead, '重新选择本校', at);
        leads.push(lead);
        break;
      }
      case 'refresh': {
        // R25: an admission is to one major; the family keeps the school but cannot drop that major
        // from it (the place would stay held for a major no longer chosen) — dropping the school releases it
        const admitted = plan.lead.admission;
        if (admitted && holdsPlace(plan.lead.status) && !form.choices.some((c) => c.schoolId === schoolId && c.majorId === admitted.majorId)) {
          throw formFailures.admittedMajorDropped(plan.lead.schoolName || schoolName || '该校', admitted.majorName);
        }
        let lead: Lead = { ...plan.lead, ...refreshed };
        if (ctx.change === 'revised')
          lead = await noteOnLead(tx, plan.lead, familyActor, { at, event: 'revised', note: `志愿已修改（第 ${form.revision} 版）`, patch: refreshed });
        else await tx.leads.update(plan.lead._id, refreshed);
        const recruiter = current(lead.recruiterStaffId);
        if (ctx.change === 'revised' && recruiter && isLive(lead.status)) await tellRecruiter(tx, recruiter, form, lead, '志愿已修改', at);
        leads.push(lead);
        break;
      }
      case 'withdraw': {
        if (plan.lead.status === 'enrolled' || plan.lead.status === 'left') throw formFailures.schoolAlreadyEnrolled(plan.lead.schoolName || '该校');
        // R25: an admission the family walks away from gives the major's place back (stepLead)
        leads.push(await stepLead(tx, plan.lead, 'withdrawn', familyActor, { at, note: notes[ctx.change] }));
        break;
      }
      case 'keep':
        if (plan.lead) leads.push(plan.lead);
        break;
    }
  }
  return { leadSchools: schools, leads, placement: placementOf(leads.map((l) => l.status)) };
}
