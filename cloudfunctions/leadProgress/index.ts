import { leadProgressInput, leadProgressOutput } from '../../shared/api/leads';
import { leadSchema } from '../../shared/records/choice-form';
import { now } from '../_kit/clock';
import { defineFunction } from '../_kit/define';
import { Failure } from '../_kit/failure';
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
    await leadFor(staff, id);
    const at = now();
    await inTransaction(async (tx) => {
      const lead = leadSchema.parse((await tx.collection('leads').doc(id).get()).data);
      if (lead.status === 'withdrawn') throw new Failure('CONFLICT', undefined, '学生已撤回这份志愿，不能再记录进展。');
      const step = { status, at, actorStaffId: staff._id, actorName: staff.name, ...(note ? { note } : {}) };
      await tx.collection('leads').doc(id).update({ status, updatedAt: at, history: [...lead.history, step] });
    });
    return { id, status };
  },
});
