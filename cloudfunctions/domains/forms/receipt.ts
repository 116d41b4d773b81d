import type { Receipt } from '../../../shared/api/choices';
import type { ChoiceFormRecord } from '../../../shared/records/form';
import type { Lead } from '../../../shared/records/lead';
import { records } from '../../_kit/platform/collections';

export function leadsOfForm(formId: string): Promise<Lead[]> {
  return records.leads.find({ formId }, { limit: 50 });
}

/** The receipt a family sees: masked ID, ranked choices, and how each school is getting on. */
export function receiptOf(form: ChoiceFormRecord, leads: Lead[]): Receipt {
  return {
    formId: form._id,
    revision: form.revision,
    status: form.status,
    submittedAt: form.createdAt.toISOString(),
    studentName: form.student.name,
    idMasked: form.student.idMasked,
    choices: form.choices.map((c) => ({
      rank: c.rank,
      schoolId: c.schoolId,
      schoolName: c.schoolName,
      majorName: c.majorName,
      leadStatus: leads.find((l) => l.schoolId === c.schoolId)?.status ?? (form.status === 'active' ? 'new' : 'withdrawn'),
    })),
    admissions: leads.flatMap((l) =>
      l.admission && (l.status === 'admitted' || l.status === 'enrolled' || l.status === 'released')
        ? [{ schoolId: l.schoolId, schoolName: l.schoolName, majorName: l.admission.majorName, status: l.status, notice: l.admission.notice }]
        : [],
    ),
    admissionChoice:
      form.admissionChoice && leads.filter((l) => l.status === 'admitted').length >= 2
        ? { due: form.admissionChoice.due.toISOString(), schoolIds: form.admissionChoice.schoolIds }
        : null,
  };
}
