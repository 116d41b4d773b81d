import { admissionSettleInput, admissionSettleOutput } from '../../../shared/api/admission';
import { standingAdmission } from '../../../shared/admission';
import { keepAdmission } from '../../domains/admission/admission';
import { leadsInTx } from '../../domains/forms/ids';
import { _ } from '../../_kit/platform/app';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineSystemFunction } from '../../_kit/platform/define';
import { Failure } from '../../_kit/platform/failures';
import { inTransaction } from '../../_kit/platform/transaction';

/**
 * R25 on an hourly timer: a family admitted by two schools that did not choose by the deadline keeps
 * the admission it ranked highest on its form; the others are released. Each form is settled in its
 * own transaction, reading what stands then, so a family choosing at the same moment wins or finds
 * nothing left to choose, and a second run settles nothing twice.
 */
export const main = defineSystemFunction({
  name: 'admissionSettle',
  input: admissionSettleInput,
  output: admissionSettleOutput,
  async handler() {
    const at = now();
    const due = await records.choiceForms.find({ 'admissionChoice.due': _.lte(at), status: 'active' }, { limit: 200 });
    let settled = 0;
    for (const form of due) {
      try {
        const released = await inTransaction(async (tx) => {
          const current = await tx.choiceForms.get(form._id);
          if (!current?.admissionChoice || current.admissionChoice.due.getTime() > at.getTime()) return [];
          const admitted = (await leadsInTx(tx, current)).filter((l) => l.status === 'admitted' && l.admission);
          const keep = standingAdmission(admitted.map((l) => ({ schoolId: l.schoolId, rank: l.admission?.rank ?? 99 })));
          if (!keep) {
            // no admission stands any more (lost or withdrawn meanwhile): nothing to choose
            await tx.choiceForms.update(current._id, { admissionChoice: _.remove() });
            return [];
          }
          return keepAdmission(tx, current._id, keep.schoolId, '选择期限已过，保留了志愿排序靠前的录取', at);
        });
        if (released.length) settled += 1;
      } catch (error) {
        // one form that cannot be settled (withdrawn meanwhile) does not stop the others
        if (!(error instanceof Failure)) throw error;
      }
    }
    return { settled };
  },
});
