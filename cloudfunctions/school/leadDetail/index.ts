import { leadDetailInput, leadDetailOutput } from '../../../shared/api/leads';
import { learnerGroupLabels } from '../../../shared/choice-form';
import { nextStaffSteps } from '../../../shared/lead-steps';
import { audit } from '../../domains/staff/audit';
import { leadFor } from '../../domains/leads/leads';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { recruitersOf } from '../../domains/leads/recruiters';

const relations = { father: '父亲', mother: '母亲', grandparent: '祖父母/外祖父母', other: '其他监护人' } as const;

/** A lead with the family's contact; each view of this personal data is written to the audit log. */
export const main = defineFunction({
  name: 'leadDetail',
  input: leadDetailInput,
  output: leadDetailOutput,
  roles: ['recruiter', 'schoolAdmin'],
  async handler({ id }, caller) {
    const lead = await leadFor(caller, id);
    const form = await records.choiceForms.get(lead.formId);
    if (!form) throw failures.notFound();
    await audit(caller.staff, { action: 'lead.view', subjectId: lead._id, at: now() });
    return {
      id: lead._id,
      status: lead.status,
      nextSteps: nextStaffSteps(lead.status),
      student: {
        name: form.student.name,
        gender: form.student.gender,
        phone: form.student.phone,
        idMasked: form.student.idMasked,
        juniorSchoolName: form.student.juniorSchoolName,
        group: learnerGroupLabels[form.student.group],
      },
      guardian: form.guardian ? { name: form.guardian.name, relation: relations[form.guardian.relation], phone: form.guardian.phone } : null,
      choices: form.choices.map((c) => ({ rank: c.rank, schoolName: c.schoolName, majorName: c.majorName, mine: c.schoolId === lead.schoolId })),
      history: lead.history.map((h) => ({
        status: h.status,
        at: h.at.toISOString(),
        actorName: h.actorName ?? null,
        note: h.note ?? null,
        event: h.event ?? 'step',
      })),
      recruiterStaffId: lead.recruiterStaffId,
      admittedMajor: lead.admission?.majorName ?? null,
      recruiters: caller.role === 'schoolAdmin' ? (await recruitersOf(caller.staff.schoolId)).map((r) => ({ id: r._id, name: r.name })) : [],
    };
  },
});
