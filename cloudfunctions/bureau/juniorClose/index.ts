import { juniorCloseInput, juniorCloseOutput } from '../../../shared/api/junior-registry';
import { isOpenJunior } from '../../../shared/records/content';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { juniorFailures } from '../../domains/juniors/failures';
import { assertMayEdit, forgetKeptJuniors, juniorFacts } from '../../domains/juniors/registry';
import { audit } from '../../domains/staff/audit';

/**
 * R27: a junior high closes (merged, no longer recruiting graduates) or opens again. Closing keeps
 * the record: forms, leads, early study, targets and every count still name it; it is only no
 * longer offered or accepted for anything new (a form, an invitation, a visit, a poster, a target
 * row). Based on the revision read, audited; closing a closed one (or opening an open one) changes
 * nothing.
 */
export const main = defineFunction({
  name: 'juniorClose',
  input: juniorCloseInput,
  output: juniorCloseOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ id, version, reopen }, caller) {
    const found = await records.juniorSchools.get(id);
    if (!found) throw failures.notFound();
    assertMayEdit(caller, found.district);
    const at = now();
    await inTransaction(async (tx) => {
      const stored = await tx.juniorSchools.get(id);
      if (!stored) throw failures.notFound();
      if (isOpenJunior(stored) === reopen) return;
      const revision = nextRevision(stored, version, juniorFailures.juniorChangedMeanwhile);
      const { _id, closedAt, ...rest } = stored;
      await tx.juniorSchools.set(id, { ...rest, ...(reopen ? {} : { closedAt: at }), updatedAt: at, revision });
      await audit(
        caller.staff,
        { action: 'registry.junior-close', subjectId: id, at, before: juniorFacts(stored), after: juniorFacts(reopen ? rest : { ...rest, closedAt: at }) },
        tx,
      );
    });
    forgetKeptJuniors();
    return { id, closed: !reopen };
  },
});
