import { admissionChooseInput, admissionChooseOutput } from '../../../shared/api/admission';
import { keepAdmission } from '../../domains/admission/admission';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { ownForm } from '../../domains/forms/own-form';
import { inTransaction } from '../../_kit/platform/transaction';

/**
 * R25: a family admitted by two schools takes one in 我的志愿; the others are released (their places
 * freed, their recruiters told). Choosing the school already kept changes nothing.
 */
export const main = defineFunction({
  name: 'admissionChoose',
  input: admissionChooseInput,
  output: admissionChooseOutput,
  roles: ['family'],
  async handler({ formId, schoolId }, caller) {
    await ownForm(caller, formId);
    const at = now();
    const released = await inTransaction((tx) => keepAdmission(tx, formId, schoolId, '学生选择了其他学校的录取', at));
    return { schoolId, released };
  },
});
