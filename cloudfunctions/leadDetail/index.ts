import { leadDetailInput, leadDetailOutput } from '../../shared/api/leads';
import { learnerGroupLabels } from '../../shared/choice-form';
import { db } from '../_kit/app';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { notFound } from '../_kit/failure';
import { formById } from '../_kit/forms';
import { leadFor } from '../_kit/leads';
import { recruitersOf } from '../_kit/recruiters';
import { schoolStaff } from '../_kit/staff';

const relations = { father: '父亲', mother: '母亲', grandparent: '祖父母/外祖父母', other: '其他监护人' } as const;

/** A lead with the family's contact; each view of this personal data is written to the audit log. */
export const main = defineFunction({
  name: 'leadDetail',
  input: leadDetailInput,
  output: leadDetailOutput,
  roles: ['recruiter', 'schoolAdmin'],
  async handler({ id }, caller) {
    const staff = schoolStaff(caller);
    const lead = await leadFor(staff, id);
    const form = await formById(lead.formId);
    if (!form) throw notFound();
    await db.collection('auditLog').add({ staffId: staff._id, action: 'lead.view', subjectId: lead._id, at: now() });
    return {
      id: lead._id,
      status: lead.status,
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
      history: lead.history.map((h) => ({ status: h.status, at: h.at.toISOString(), actorName: h.actorName ?? null, note: h.note ?? null })),
      recruiterStaffId: lead.recruiterStaffId,
      recruiters: staff.role === 'schoolAdmin' ? (await recruitersOf(staff.schoolId)).map((r) => ({ id: r._id, name: r.name })) : [],
    };
  },
});
