import { leadProgressInput, leadProgressOutput } from '../../shared/api/leads';
import { leadSchema, leadStatusLabels } from '../../shared/records/choice-form';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure, notFound } from '../_kit/failure';
import { formById } from '../_kit/forms';
import { clip, enqueue, wechatTime } from '../_kit/outbox';
import { leadFor } from '../_kit/leads';
import { schoolStaff } from '../_kit/staff';
import { inTransaction } from '../_kit/transaction';

/** A recruiter records the next step with its time and actor; a withdrawn form's lead is closed. */
export const main = defineFunction({
  name: 'leadProgress',
  input: leadProgressInput,
  output: leadProgressOutput,
  roles: ['recruiter', 'schoolAdmin'],
  async handler({ id, status, note }, caller) {
    const staff = schoolStaff(caller);
    const { formId } = await leadFor(staff, id);
    const form = await formById(formId);
    if (!form) throw notFound();
    const school = form.choices.find((c) => c.schoolId === staff.schoolId)?.schoolName ?? '';
    const at = now();
    await inTransaction(async (tx) => {
      const lead = leadSchema.parse((await tx.collection('leads').doc(id).get()).data);
      if (lead.status === 'withdrawn') throw new Failure('CONFLICT', undefined, '学生已撤回这份志愿，不能再记录进展。');
      const step = { status, at, actorStaffId: staff._id, actorName: staff.name, ...(note ? { note } : {}) };
      await tx.collection('leads').doc(id).update({ status, updatedAt: at, history: [...lead.history, step] });
      // The family asked at submission to be told when a school moves their choice on.
      const data = { thing1: clip(form.student.name), thing2: clip(school), phrase3: clip(leadStatusLabels[status], 5), time4: wechatTime(at) };
      await enqueue(tx, { kind: 'status-changed', recipientOpenid: form.openid, schoolId: lead.schoolId, data, page: '/family/pages/forms/index' }, at);
    });
    return { id, status };
  },
});
