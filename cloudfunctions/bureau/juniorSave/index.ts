import { juniorSaveInput, juniorSaveOutput } from '../../../shared/api/junior-registry';
import { isOpenJunior } from '../../../shared/records/content';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { assertCityDistrict } from '../../domains/city/city';
import { juniorFailures } from '../../domains/juniors/failures';
import { assertMayEdit, assertNameAndCodeFree, forgetKeptJuniors, juniorFacts, newJuniorId } from '../../domains/juniors/registry';
import { audit } from '../../domains/staff/audit';

/**
 * R27: the bureau admin (any district) or a district reviewer (their own) adds a junior high or
 * changes one's name, district or code: one name per district, one code in the city (checked here
 * in words, settled by the unique indexes when two saves meet), based on the revision the editor
 * read, audited. The picker, targets, invitations, visits and posters use it from their next call.
 */
export const main = defineFunction({
  name: 'juniorSave',
  input: juniorSaveInput,
  output: juniorSaveOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ id, version, ...facts }, caller) {
    assertMayEdit(caller, facts.district, 'district');
    await assertCityDistrict(facts.district);
    if (id) {
      const stored = await records.juniorSchools.get(id);
      if (!stored) throw failures.notFound();
      assertMayEdit(caller, stored.district);
      if (!isOpenJunior(stored)) throw juniorFailures.juniorClosedNoEdit();
    }
    await assertNameAndCodeFree(id, facts);
    const juniorId = id ?? newJuniorId();
    const at = now();
    await inTransaction(async (tx) => {
      const stored = id ? await tx.juniorSchools.get(id) : null;
      if (id && !stored) throw failures.notFound();
      if (stored && !isOpenJunior(stored)) throw juniorFailures.juniorClosedNoEdit();
      const revision = nextRevision(stored, version, juniorFailures.juniorChangedMeanwhile);
      await tx.juniorSchools.set(juniorId, { ...facts, updatedAt: at, revision });
      await audit(
        caller.staff,
        { action: 'registry.junior', subjectId: juniorId, at, before: juniorFacts(stored ?? undefined), after: juniorFacts(facts) },
        tx,
      );
    });
    forgetKeptJuniors();
    return { id: juniorId };
  },
});
