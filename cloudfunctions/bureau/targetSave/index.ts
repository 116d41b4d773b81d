import { targetSaveInput, targetSaveOutput } from '../../../shared/api/targets';
import { sheetCheck, targetSheetProblems } from '../../../shared/targets';
import { audit } from '../../domains/staff/audit';
import { now } from '../../_kit/platform/clock';
import { records } from '../../_kit/platform/collections';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { nextRevision } from '../../_kit/platform/revision';
import { inTransaction } from '../../_kit/platform/transaction';
import { assertCityDistrict } from '../../domains/city/city';
import { changeableSeason } from '../../domains/season/season-admin';
import { sheetIdOf, sheetJuniors } from '../../domains/juniors/targets';
import { juniorFailures } from '../../domains/juniors/failures';

/**
 * R11, R21: the bureau admin saves a district's target sheet as a whole. Each line must be one of
 * the district's junior highs, once, with a target no larger than its graduates; a past year is
 * read-only; a save based on a sheet someone else has changed since is refused. The sum need not
 * equal the district's total (a clerk may save half a sheet), but the answer says by how much it
 * does not; the change is in the audit trail with before and after.
 */
export const main = defineFunction({
  name: 'targetSave',
  input: targetSaveInput,
  output: targetSaveOutput,
  roles: ['bureauAdmin'],
  async handler({ year, district, version, juniors }, caller) {
    const at = now();
    // R27: a target sheet is one of the city's districts'
    await assertCityDistrict(district);
    const season = await changeableSeason(year, at);
    const id = sheetIdOf(year, district);
    const [districtJuniors, held] = await Promise.all([records.juniorSchools.find({ district }, { limit: 1000 }), records.targetSheets.get(id)]);
    if (districtJuniors.length === 0 && !season.targets.some((t) => t.district === district))
      throw failures.invalid({ district: '没有这个区县的初中，也没有它的送培总目标' });
    // R27: a line for each junior high open in the registry, or closed since but already on the sheet
    const problems = targetSheetProblems(juniors, new Set(sheetJuniors(districtJuniors, held).map((j) => j._id)));
    if (Object.keys(problems).length) throw failures.invalid(problems);
    const revision = await inTransaction(async (tx) => {
      const stored = await tx.targetSheets.get(id);
      // two clerks cannot overwrite each other unseen: the change must be based on the sheet as it is
      const next = nextRevision(stored, version, juniorFailures.targetsChangedMeanwhile);
      await tx.targetSheets.set(id, { year, district, juniors, updatedAt: at, updatedByStaffId: caller.staff._id, revision: next });
      await audit(caller.staff, { action: 'targets.save', subjectId: id, at, before: stored?.juniors ?? [], after: juniors }, tx);
      return next;
    });
    const total = season.targets.find((t) => t.district === district)?.total ?? null;
    return { version: revision, check: sheetCheck(juniors, total) };
  },
});
