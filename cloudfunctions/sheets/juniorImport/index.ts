import { juniorImportInput, juniorImportOutput } from '../../../shared/api/junior-registry';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { failures } from '../../_kit/platform/failures';
import { readSpreadsheet, sheetLimits } from '../../_kit/platform/spreadsheet-read';
import { applyJuniorWrite, changesOfJunior, editableDistrict, forgetKeptJuniors, planJuniorImport } from '../../domains/juniors/registry';
import { confirmPlan, planDigest } from '../../domains/registry/import-plan';
import { audit } from '../../domains/staff/audit';

/**
 * R27: junior highs imported from a spreadsheet (初中名称、所在区县、学校代码), in the schools'
 * import's shape (domains/registry/import-plan.ts): a preview says what will be added, changed and
 * left alone and which rows are wrong, writing nothing; a confirmation applies exactly the
 * previewed plan, once, each junior high with its audit line, only at the revision the plan read.
 * A district reviewer imports only their own district's. The same file imported again changes
 * nothing; an import that stopped midway is completed by importing the same file again.
 */
export const main = defineFunction({
  name: 'juniorImport',
  input: juniorImportInput,
  output: juniorImportOutput,
  roles: ['bureauAdmin', 'reviewer'],
  async handler({ fileName, content, confirm, digest }, caller) {
    const own = editableDistrict(caller);
    if (own === false) throw failures.forbidden();
    const bytes = Buffer.from(content, 'base64');
    const rows = await readSpreadsheet(fileName, bytes, sheetLimits.juniorImport);
    const plan = await planJuniorImport(rows, own);
    const digestOfPlan = planDigest(
      'juniors',
      bytes,
      plan.writes.map((w) => [w.key, w.before ?? null] as const),
    );
    const answer = (applied: boolean) => ({
      digest: digestOfPlan,
      applied,
      added: plan.added.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged,
      problems: plan.problems.slice(0, 200),
      samples: {
        added: plan.added.slice(0, 50).map((w) => w.name),
        changed: plan.changed.slice(0, 50).map((w) => ({ name: w.name, changes: changesOfJunior(w) })),
      },
    });
    if (!confirm) return answer(false);
    const at = now();
    await confirmPlan({
      digest: digestOfPlan,
      confirmed: digest,
      problems: plan.problems,
      writes: plan.writes,
      claim: { action: 'registry.import', at, staffId: caller.staff._id },
      apply: (tx, write) => applyJuniorWrite(tx, write, at, caller.staff),
    });
    forgetKeptJuniors();
    if (plan.writes.length)
      await audit(caller.staff, {
        action: 'registry.import',
        subjectId: `import-${digestOfPlan.slice(0, 16)}`,
        at,
        after: { kind: 'juniors', fileName, added: plan.added.length, changed: plan.changed.length },
      });
    return answer(true);
  },
});
