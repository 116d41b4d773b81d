import { season } from '../../config/season';
import type { Receipt } from '../../shared/api/choices';
import { choiceFormRecordSchema, leadSchema, type ChoiceFormRecord, type Lead } from '../../shared/records/choice-form';
import { isWithin } from '../../shared/windows';
import { db } from './app';
import { byId } from './by-id';
import { Failure } from './failure';

export function formById(id: string): Promise<ChoiceFormRecord | null> {
  return byId('choiceForms', id, choiceFormRecordSchema);
}

export async function leadsOfForm(formId: string): Promise<Lead[]> {
  const { data } = await db.collection('leads').where({ formId }).limit(50).get();
  return data.map((l) => leadSchema.parse(l));
}

/** R9: families submit, change and withdraw only inside the choice window, by the server's clock. */
export function assertWindowOpen(at: Date): void {
  if (!isWithin(season.choices, at)) {
    throw new Failure('WINDOW_CLOSED', undefined, `现在不在志愿填报时间内。${season.year}年的志愿填报时间为 ${season.choices.start} 至 ${season.choices.end}。`);
  }
}

/** The receipt a family sees: masked ID, ranked choices, and how each school is getting on. */
export function receiptOf(form: ChoiceFormRecord, leads: Lead[] = []): Receipt {
  return {
    formId: form._id,
    revision: form.revision,
    status: form.status,
    submittedAt: form.createdAt.toISOString(),
    studentName: form.student.name,
    idMasked: form.student.idMasked,
    choices: form.choices.map((c) => ({
      rank: c.rank,
      schoolName: c.schoolName,
      majorName: c.majorName,
      leadStatus: leads.find((l) => l.schoolId === c.schoolId)?.status ?? (form.status === 'active' ? 'new' : 'withdrawn'),
    })),
  };
}
