import { registryImportInput, registryImportOutput } from '../../../shared/api/registry';
import type { Major } from '../../../shared/records/major';
import { isQualified, type School } from '../../../shared/records/school';
import { audit } from '../../domains/staff/audit';
import { refreshCard } from '../../domains/brochures/brochure-cards';
import { losesQualification, tellQualificationLost } from '../../domains/registry/qualification';
import { currentSeason } from '../../domains/season/season';
import { schoolAdminsOf } from '../../domains/staff/staff';
import { now } from '../../_kit/platform/clock';
import { defineFunction } from '../../_kit/platform/define';
import { nextRevision } from '../../_kit/platform/revision';
import type { Tx } from '../../_kit/platform/transaction';
import { changesOf, planImport, type PlannedWrite } from '../../domains/registry/registry-import';
import { readSpreadsheet, sheetLimits } from '../../_kit/platform/spreadsheet-read';
import { registryFailures } from '../../domains/registry/failures';
import { checkConfirmation, confirmPlan, planDigest, withoutBookkeeping } from '../../domains/registry/import-plan';

/**
 * R22: the bureau imports the province's qualification list or the filed majors. A preview says
 * what will be added, changed and left alone, and which rows are wrong, writing nothing; a
 * confirmation applies exactly the previewed plan (same file, same registry), each change with its
 * audit line, in transactions (domains/registry/import-plan.ts, shared with the junior highs'
 * import). The plan is claimed once, in the first chunk's transaction, and each record is written only at the revision the plan read: two confirmations at once apply
 * it once, and the other answers that it was already applied. Every write sets a record to what the
 * sheet says, so if an import stops midway the same file imported again completes it.
 */
export const main = defineFunction({
  name: 'registryImport',
  input: registryImportInput,
  output: registryImportOutput,
  roles: ['bureauAdmin'],
  async handler({ kind, fileName, content, confirm, digest }, caller) {
    const bytes = Buffer.from(content, 'base64');
    const rows = await readSpreadsheet(fileName, bytes, sheetLimits.registryImport);
    const plan = await planImport(kind, rows);
    // the digest names the file and what it would do to the registry as it is now
    const digestOfPlan = planDigest(
      kind,
      bytes,
      plan.writes.map((w) => [w.id, w.before ?? null] as const),
    );
    const answer = (applied: boolean) => ({
      digest: digestOfPlan,
      applied,
      added: plan.added.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged,
      problems: plan.problems.slice(0, 200),
      samples: { added: plan.added.slice(0, 50).map((w) => w.name), changed: plan.changed.slice(0, 50).map((w) => ({ name: w.name, changes: changesOf(w) })) },
    });
    if (!confirm) return answer(false);
    checkConfirmation({ digest: digestOfPlan, confirmed: digest, problems: plan.problems });
    const at = now();
    const { year } = await currentSeason(at);
    // R1: schools this import takes this year's qualification from, and the admins to tell
    const lost = new Map(
      await Promise.all(
        plan.changed
          .filter((w) => w.collection === 'schools' && losesQualification(w.before as School, w.record as School, year))
          .map(async (w) => [w.id, await schoolAdminsOf(w.id)] as const),
      ),
    );
    await confirmPlan({
      digest: digestOfPlan,
      confirmed: digest,
      problems: plan.problems,
      writes: plan.writes,
      claim: { action: 'registry.import', at, staffId: caller.staff._id },
      async apply(tx, write) {
        await apply(tx, write, at, caller.staff);
        const admins = lost.get(write.id);
        if (admins) await tellQualificationLost(tx, admins, year, at);
      },
    });
    if (plan.writes.length)
      await audit(caller.staff, {
        action: 'registry.import',
        subjectId: `import-${digestOfPlan.slice(0, 16)}`,
        at,
        after: { kind, fileName, added: plan.added.length, changed: plan.changed.length },
      });
    return answer(true);
  },
});

/**
 * One planned record written as the sheet says, with its line of the audit trail — only if it is
 * still as the plan read it (its revision): an edit or another import since is not overwritten.
 */
async function apply(tx: Tx, write: PlannedWrite, at: Date, actor: { _id: string; name: string }): Promise<void> {
  const stored = write.collection === 'schools' ? await tx.schools.get(write.id) : await tx.majors.get(write.id);
  const revision = nextRevision(stored, write.before?.revision ?? 0, registryFailures.importChangedSincePreview);
  const record = { ...write.record, updatedAt: at, revision };
  if (write.collection === 'schools') {
    const school = record as Omit<School, '_id'>;
    await tx.schools.set(write.id, school);
    // R1: every year whose qualification this changes: the school's card leaves (or joins) that year's list
    const before = write.before as School | undefined;
    if (before) {
      const years = new Set([...before.qualifications, ...school.qualifications].map((q) => q.year));
      for (const year of years) if (isQualified(before, year) !== isQualified(school, year)) await refreshCard(tx, write.id, year, { school });
    }
  } else {
    await tx.majors.set(write.id, record as Omit<Major, '_id'>);
  }
  await audit(
    actor,
    {
      action: write.collection === 'schools' ? 'registry.school' : 'registry.major',
      subjectId: write.id,
      at,
      before: withoutBookkeeping(write.before),
      after: write.record,
    },
    tx,
  );
}
