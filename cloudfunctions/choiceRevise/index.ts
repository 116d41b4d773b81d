import { choiceReviseInput, choiceReviseOutput } from '../../shared/api/choices';
import { choiceFormRecordSchema, leadSchema, type ChoiceFormRecord } from '../../shared/records/choice-form';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure, notFound } from '../_kit/failure';
import { checkForm, majorsAt, notifyRecruiter, openLead } from '../_kit/form-content';
import { assertWindowOpen, formById, leadsOfForm, receiptOf } from '../_kit/forms';
import { keyedHash } from '../_kit/personal-data';
import { inTransaction } from '../_kit/transaction';

/**
 * A changed form is its next revision (R9: only inside the window): checked again in full, the
 * earlier revision kept as it stood, each school's lead updated, opened or closed, and the
 * recruiters told again. The same request applied twice changes nothing more.
 */
export const main = defineFunction({
  name: 'choiceRevise',
  input: choiceReviseInput,
  output: choiceReviseOutput,
  roles: ['family'],
  async handler({ formId, ...form }, caller) {
    const at = now();
    const current = await formById(formId);
    if (!current || current.openid !== caller.openid) throw notFound();
    if (current.requestId === form.requestId) return receiptOf(current, await leadsOfForm(formId));
    assertWindowOpen(at);
    if (current.status !== 'active') throw new Failure('CONFLICT', undefined, '这份志愿表已经撤回，请重新填报。');
    if (keyedHash(form.student.idNumber) !== current.studentKey) {
      throw new Failure('INVALID_INPUT', { 'student.idNumber': '修改志愿不能更换学生；如需为其他学生填报，请撤回后重新填报' });
    }
    const checked = await checkForm(form, at);
    const leads = await leadsOfForm(formId);
    const revised: ChoiceFormRecord = { ...current, ...checked.content, revision: current.revision + 1, requestId: form.requestId, updatedAt: at };
    await inTransaction(async (tx) => {
      const stored = choiceFormRecordSchema.parse((await tx.collection('choiceForms').doc(formId).get()).data);
      if (stored.revision !== current.revision || stored.status !== 'active') throw new Failure('CONFLICT');
      const { _id, ...previous } = stored;
      await tx.collection('choiceFormRevisions').add({ ...previous, formId: _id });
      const { _id: _same, ...content } = revised;
      await tx.collection('choiceForms').doc(formId).set(content);
      for (const lead of leads) {
        const fresh = leadSchema.parse((await tx.collection('leads').doc(lead._id).get()).data);
        const stillChosen = checked.schoolIds.includes(lead.schoolId);
        const step = { status: stillChosen ? fresh.status : ('withdrawn' as const), at, actorStaffId: null, note: stillChosen ? `志愿已修改（第 ${revised.revision} 版）` : '学生修改志愿，不再报考本校' };
        await tx.collection('leads').doc(lead._id).update({ status: step.status, majors: majorsAt(checked, lead.schoolId), updatedAt: at, history: [...fresh.history, step] });
        const recruiter = checked.recruiters.get(lead.schoolId)?.find((r) => r._id === lead.recruiterStaffId);
        if (stillChosen && recruiter) await notifyRecruiter(tx, recruiter, checked, lead.schoolId, lead._id, at, '志愿已修改');
      }
      const newSchools = checked.schoolIds.filter((id) => !leads.some((l) => l.schoolId === id));
      for (const [n, schoolId] of newSchools.entries()) {
        await openLead(tx, checked, formId, schoolId, `lead-${formId.slice('form-'.length)}-r${revised.revision}-${n + 1}`, at);
      }
    });
    return receiptOf(revised, await leadsOfForm(formId));
  },
});
